// bladework's own logs as sessions of sets, so the CSV exporter writes them in
// the same shape as imported history: ramp-up sets, the compound, the shrug.
import { findExercise } from '../engine/catalog/index.js';
import type { ComboLog } from '../engine/model.js';
import type { ImportedSession, ImportedSet } from './types.js';

export const OWN_SESSION_NAME = 'bladework';

/** Logs carry a date but no time or session name: one session per date, in log order. */
export function comboLogsToSessions(logs: ComboLog[]): ImportedSession[] {
  const byDate = new Map<string, ImportedSession>();
  for (const log of logs) {
    let s = byDate.get(log.date);
    if (!s) {
      const startedAt = `${log.date}T00:00:00`;
      s = { key: `${startedAt}|${OWN_SESSION_NAME}`, date: log.date, startedAt, name: OWN_SESSION_NAME, notes: null, sets: [] };
      byDate.set(log.date, s);
    }
    const session = s;
    const add = (exerciseId: string, set: Pick<ImportedSet, 'kind' | 'load' | 'reps' | 'rpe' | 'notes'>) =>
      session.sets.push({
        exerciseName: findExercise(exerciseId)?.name ?? exerciseId,
        exerciseId,
        custom: findExercise(exerciseId) === undefined,
        position: session.sets.length + 1,
        unit: log.unit,
        seconds: null,
        distance: null,
        restSeconds: null,
        ...set,
      });
    for (const r of log.rampUp ?? []) add(log.compoundId, { kind: 'warmup', load: r.load, reps: r.reps, rpe: null, notes: null });
    // RPE = 10 - RIR: the RIR-based RPE scale (Zourdos et al. 2016; docs/methods.md, RIR and RPE).
    add(log.compoundId, { kind: 'normal', load: log.compound.load, reps: log.compound.reps, rpe: log.compound.rir <= 9 ? 10 - log.compound.rir : null, notes: log.notes ?? null });
    add(log.shrugId, { kind: log.shrug.toFailure ? 'failure' : 'normal', load: log.shrug.load, reps: log.shrug.reps, rpe: null, notes: null });
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
