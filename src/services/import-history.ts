// Another app's CSV export into a lifter's history, shared by the HTTP import
// and `bladework import`. The file is read (streamed) before the transaction
// opens; then custom exercises and sessions are written all or nothing.
import type { Unit } from '../engine/types.js';
import { importCsv, type CsvInput } from '../interop/import.js';
import { importFormat } from '../interop/formats/index.js';
import type { ImportFormat, ImportedSession, ImportedSet, ImportReport } from '../interop/types.js';
import { customExercises, importSessions, inTransaction, ownSessionIds, users, type Db, type ImportSession } from '../store/index.js';
import { derivedId } from './ids.js';

export interface HistoryImportOptions {
  format?: ImportFormat;
  /** Unit for files that do not name one (Strong's comma export). */
  unit?: Unit;
  onProgress?: (rowsRead: number) => void;
  now?: Date;
}

export interface HistoryImportReport extends ImportReport {
  sessionsInserted: number;
  /** Sessions this lifter had imported before (same start time and name): left as they were. */
  sessionsAlreadyThere: number;
  /** How many of `customExercises` were new to this lifter (the rest matched by name). */
  customExercisesCreated: number;
}

export async function importHistory(db: Db, userId: string, input: CsvInput, opts: HistoryImportOptions = {}): Promise<HistoryImportReport> {
  const { sessions, report } = await importCsv(input, {
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.unit ? { defaultUnit: opts.unit } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const now = opts.now ?? new Date();
  return inTransaction(db, async (trx) => {
    const { ids, created } = await ensureCustomExercises(trx, userId, sessions, now);
    // Each session is stored under its app (import:strong for all three Strong exports).
    const { source } = importFormat(report.format);
    // Ids come from the lifter's secret import key, so nobody else can take them first.
    const key = await users.importKey(trx, userId);
    const legacy = await ownSessionIds(trx, userId, sessions.map((s) => derivedId(userId, `csv:${s.key}`)));
    const fresh = sessions.filter((s) => !legacy.has(derivedId(userId, `csv:${s.key}`)));
    // Each session's rows are made when it is written, so a big file is held once, as parsed, not three times.
    // (Nothing parsed is let go: a transaction PostgreSQL ends for a deadlock runs again from the start.)
    const result = await importSessions(trx, userId, { ids: fresh.map((s) => derivedId(key, `csv:${s.key}`)), session: (i) => toImportSession(key, fresh[i]!, source, ids) }, now);
    return { ...report, sessionsInserted: result.inserted, sessionsAlreadyThere: result.skipped + sessions.length - fresh.length, customExercisesCreated: created };
  });
}

/** The importer names unmatched exercises `custom:<slug>`; each becomes (or finds, by name) one of the lifter's own. */
async function ensureCustomExercises(db: Db, userId: string, sessions: ImportedSession[], now: Date) {
  const wanted = new Map<string, string>(); // slug id -> first name seen
  for (const s of sessions) for (const set of s.sets) if (set.custom && !wanted.has(set.exerciseId)) wanted.set(set.exerciseId, set.exerciseName.trim());
  const ids = new Map<string, string>();
  if (wanted.size === 0) return { ids, created: 0 };
  const existing = new Map((await customExercises.listCustomExercises(db, userId)).map((e) => [e.name.toLowerCase(), e.id]));
  let created = 0;
  for (const [slugId, name] of wanted) {
    let id = existing.get(name.toLowerCase());
    if (id === undefined) {
      id = (await customExercises.createCustomExercise(db, userId, { name }, now)).id;
      existing.set(name.toLowerCase(), id);
      created++;
    }
    ids.set(slugId, id);
  }
  return { ids, created };
}

function toImportSession(importKey: string, s: ImportedSession, source: ImportSession['source'], customIds: Map<string, string>): ImportSession {
  const id = derivedId(importKey, `csv:${s.key}`);
  return {
    id,
    date: s.date,
    startedAt: s.startedAt,
    name: s.name,
    source,
    notes: s.notes,
    sets: s.sets.map((set) => toSet(id, set, customIds)),
  };
}

function toSet(sessionId: string, set: ImportedSet, customIds: Map<string, string>): ImportSession['sets'][number] {
  return {
    id: derivedId(sessionId, `set:${set.position}`),
    kind: set.kind,
    exerciseId: customIds.get(set.exerciseId) ?? set.exerciseId,
    // A timed or distance set (a plank, a run) has no load or reps: stored as 0.
    load: set.load ?? 0,
    unit: set.unit,
    reps: set.reps ?? 0,
    // RIR = 10 - RPE on the RIR-based RPE scale (Zourdos et al. 2016).
    rir: set.rpe === null ? null : Math.min(10, Math.max(0, 10 - set.rpe)),
    toFailure: set.kind === 'failure',
    seconds: set.seconds,
    distance: set.distance,
    notes: set.notes,
    restSeconds: set.restSeconds,
  };
}
