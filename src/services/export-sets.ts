// Every set a lifter stored, as the CSV exporter's sessions: imported workouts
// set by set, and bladework's own combo rounds through comboLogsToSessions.
import { findExercise } from '../engine/catalog/index.js';
import { comboLogsToSessions } from '../interop/combo-log-sessions.js';
import { exerciseSlug } from '../interop/exercise-names.js';
import type { ImportedSession, SetKind } from '../interop/types.js';
import { allComboLogs, type Db, type ExportDocument, type StoredSet } from '../store/index.js';

const KIND: Record<StoredSet['kind'], SetKind> = { ramp: 'warmup', warmup: 'warmup', compound: 'normal', normal: 'normal', shrug: 'normal', failure: 'failure', dropset: 'dropset' };

/** Sessions oldest first; `doc` is the lifter's exportAll document. */
export async function setsForCsv(db: Db, userId: string, doc: ExportDocument): Promise<ImportedSession[]> {
  const customNames = new Map(doc.customExercises.map((e) => [e.id, e.name]));
  const loose: ImportedSession[] = doc.sessions
    .filter((s) => s.sets.length > 0)
    .map((s) => {
      const startedAt = s.startedAt ?? `${s.date}T00:00:00`;
      const name = s.name ?? '';
      return {
        key: `${startedAt}|${name}`,
        date: s.date,
        startedAt,
        name,
        notes: s.notes,
        sets: s.sets.map((set, i) => {
          const custom = customNames.get(set.exerciseId);
          return {
            exerciseName: custom ?? findExercise(set.exerciseId)?.name ?? set.exerciseId,
            // Custom ids are per account; the slug of the name reads the same everywhere.
            exerciseId: custom === undefined ? set.exerciseId : `custom:${exerciseSlug(custom)}`,
            custom: custom !== undefined,
            position: i + 1,
            kind: set.kind === 'shrug' && set.toFailure ? 'failure' : KIND[set.kind],
            load: set.load,
            unit: set.unit,
            reps: set.reps,
            rpe: set.rir === null ? null : 10 - set.rir, // RPE = 10 - RIR (Zourdos et al. 2016)
            seconds: set.seconds,
            distance: set.distance,
            notes: set.notes,
            restSeconds: set.restSeconds,
          };
        }),
      };
    });
  const own = comboLogsToSessions(await allComboLogs(db, userId));
  return [...loose, ...own].sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
}
