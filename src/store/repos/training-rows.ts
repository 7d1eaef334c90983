// Row <-> domain mapping for the training log, and the one check that keeps a
// stored combo log mappable to the engine's ComboLog.
import type { Feedback, LoggedBand, RirCalibration } from '../../engine/model.js';
import type { Unit } from '../../engine/types.js';
import type { ComboLogsTable, SetsTable, TrainingSessionsTable } from '../schema.js';
import type { ComboInput, SetInput, StoredComboLog, StoredLooseSet, StoredSession, StoredSet } from './training-types.js';

export function toStoredSet(row: SetsTable): StoredSet {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    exerciseId: row.exercise_id,
    load: row.load,
    unit: row.unit,
    reps: row.reps,
    rir: row.rir,
    toFailure: row.to_failure === 1,
    seconds: row.seconds,
    distance: row.distance,
    notes: row.notes,
    restSeconds: row.rest_seconds,
  };
}

/** A JSON object column (ratings, calibration, band), or null; a column this version cannot read counts as none. */
export function parseObject<T extends object>(text: string | null): T | null {
  if (text === null) return null;
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : null;
  } catch {
    return null;
  }
}

export const parseFeedback = (text: string | null) => parseObject<Feedback>(text);

/** An object as a JSON column, its keys sorted so one content is always one text (sameContent compares text); empty is null. */
function objectColumn(x: object | null | undefined): string | null {
  if (!x || Object.keys(x).length === 0) return null;
  return JSON.stringify(Object.fromEntries(Object.entries(x).sort(([p], [q]) => (p < q ? -1 : 1))));
}

export function toStoredComboLog(row: ComboLogsTable, date: string, sets: SetsTable[]): StoredComboLog {
  return {
    id: row.id,
    sessionId: row.session_id,
    date,
    position: row.position,
    comboId: row.combo_id,
    compoundExerciseId: row.compound_exercise_id,
    shrugExerciseId: row.shrug_exercise_id,
    unit: row.unit,
    bodyweight: row.bodyweight,
    secondsBetween: row.seconds_between,
    restSeconds: row.rest_seconds,
    notes: row.notes,
    createdAt: row.created_at,
    sets: sets.map(toStoredSet),
    feedback: parseFeedback(row.feedback),
    calibration: parseObject<RirCalibration>(row.calibration),
    band: parseObject<LoggedBand>(row.band),
  };
}

export function toStoredSession(row: TrainingSessionsTable, comboLogs: StoredComboLog[], sets: StoredSet[]): StoredSession {
  return {
    id: row.id,
    date: row.date,
    startedAt: row.started_at,
    name: row.name,
    source: row.source,
    notes: row.notes,
    createdAt: row.created_at,
    comboLogs,
    sets,
  };
}

export function toSetRow(
  s: SetInput,
  at: { userId: string; sessionId: string; comboLogId: string | null; position: number; exerciseId: string; unit: Unit },
): SetsTable {
  return {
    id: s.id,
    user_id: at.userId,
    session_id: at.sessionId,
    combo_log_id: at.comboLogId,
    position: at.position,
    exercise_id: s.exerciseId ?? at.exerciseId,
    kind: s.kind,
    load: s.load,
    unit: s.unit ?? at.unit,
    reps: s.reps,
    rir: s.rir ?? null,
    to_failure: s.toFailure ? 1 : 0,
    seconds: s.seconds ?? null,
    distance: s.distance ?? null,
    notes: s.notes ?? null,
    rest_seconds: s.restSeconds ?? null,
  };
}

/** The combo's rows as they would be stored; created_at and position are the caller's. */
export function toComboRows(
  input: ComboInput,
  at: { userId: string; sessionId: string; comboLogId: string; position: number; createdAt: string },
): { log: ComboLogsTable; sets: SetsTable[] } {
  assertComboShape(input);
  const log: ComboLogsTable = {
    id: at.comboLogId,
    user_id: at.userId,
    session_id: at.sessionId,
    position: at.position,
    combo_id: input.comboId,
    compound_exercise_id: input.compoundExerciseId,
    shrug_exercise_id: input.shrugExerciseId,
    unit: input.unit,
    bodyweight: input.bodyweight ?? null,
    seconds_between: input.secondsBetween,
    rest_seconds: input.restSeconds ?? null,
    notes: input.notes ?? null,
    created_at: at.createdAt,
    feedback: input.feedback && Object.keys(input.feedback).length > 0 ? JSON.stringify(input.feedback) : null,
    calibration: objectColumn(input.calibration),
    band: objectColumn(input.band),
  };
  const sets = input.sets.map((s, position) =>
    toSetRow(s, {
      userId: at.userId,
      sessionId: at.sessionId,
      comboLogId: at.comboLogId,
      position,
      exerciseId: s.kind === 'shrug' ? input.shrugExerciseId : input.compoundExerciseId,
      unit: input.unit,
    }),
  );
  return { log, sets };
}

/**
 * The API validates first; this guards the invariant allComboLogs relies on.
 * A RangeError here is a programming error, not a user's.
 */
export function assertComboShape(input: ComboInput): void {
  const compound = input.sets.filter((s) => s.kind === 'compound');
  const shrugs = input.sets.filter((s) => s.kind === 'shrug');
  if (compound.length !== 1 || shrugs.length !== 1) {
    throw new RangeError('a combo log holds exactly one compound set and one shrug set');
  }
  if (compound[0]!.rir === undefined || compound[0]!.rir === null) throw new RangeError('the compound set needs its rir');
  if (new Set(input.sets.map((s) => s.id)).size !== input.sets.length) throw new RangeError('set ids repeat within the combo log');
}

/** The content that decides whether a retry is "the same write": everything but timestamps. */
export function sameContent(a: { log: ComboLogsTable; sets: SetsTable[] }, b: { log: ComboLogsTable; sets: SetsTable[] }): boolean {
  const key = (x: { log: ComboLogsTable; sets: SetsTable[] }) => canonical([{ ...x.log, created_at: null }, [...x.sets].sort((p, q) => p.position - q.position)]);
  return key(a) === key(b);
}

/** The same for one set row: every column. */
export function sameSet(a: SetsTable, b: SetsTable): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with every object's keys sorted, so rows compare by content whatever order their columns came in. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([p], [q]) => (p < q ? -1 : 1))) : v,
  );
}

export function toStoredLooseSet(row: SetsTable, date: string): StoredLooseSet {
  return { ...toStoredSet(row), sessionId: row.session_id, date };
}
