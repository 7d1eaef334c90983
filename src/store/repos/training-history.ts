// The training log read back: pages of sessions for the history screen, and
// every combo round as the engine's ComboLog for progression and analytics.
import { parseFeedback, parseObject } from './training-rows.js';
import type { AnalyticsRound } from '../../engine/analytics/types.js';
import type { ComboLog, LoggedBand, RirCalibration } from '../../engine/model.js';
import type { Db } from '../tx.js';
import { withContents } from './session-contents.js';
import type { RoundPlace, StoredComboLog, StoredSession } from './training-types.js';

export interface HistoryPage {
  sessions: StoredSession[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

// Keyset paging on (date, id): stable while new sessions arrive, unlike OFFSET.
function encodeCursor(date: string, id: string): string {
  return Buffer.from(JSON.stringify([date, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' ? [v[0], v[1]] : undefined;
  } catch {
    return undefined;
  }
}

/** For the API's input check: history() throws a RangeError on a cursor this rejects. */
export function isValidHistoryCursor(cursor: string): boolean {
  return decodeCursor(cursor) !== undefined;
}

/** Sessions newest first (date desc, then id desc), with their rounds and sets. */
export async function history(db: Db, userId: string, opts: { before?: string; limit: number }): Promise<HistoryPage> {
  let q = db.selectFrom('training_sessions').selectAll().where('user_id', '=', userId);
  if (opts.before !== undefined) {
    const cursor = decodeCursor(opts.before);
    if (!cursor) throw new RangeError('invalid history cursor');
    const [date, id] = cursor;
    q = q.where((eb) => eb.or([eb('date', '<', date), eb.and([eb('date', '=', date), eb('id', '<', id)])]));
  }
  const limit = Math.max(1, Math.floor(opts.limit));
  const rows = await q.orderBy('date', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    sessions: await withContents(db, userId, page),
    nextCursor: rows.length > limit && last ? encodeCursor(last.date, last.id) : null,
  };
}

/** Each round of the lifter's joined to its session and its compound (k) and shrug (h) sets, oldest first; the caller picks the columns. */
function roundsOldestFirst(db: Db, userId: string) {
  return db
    .selectFrom('combo_logs as c')
    .innerJoin('training_sessions as s', 's.id', 'c.session_id')
    .innerJoin('sets as k', (j) => j.onRef('k.combo_log_id', '=', 'c.id').on('k.kind', '=', 'compound'))
    .innerJoin('sets as h', (j) => j.onRef('h.combo_log_id', '=', 'c.id').on('h.kind', '=', 'shrug'))
    .where('c.user_id', '=', userId)
    .orderBy('s.date')
    .orderBy('s.created_at')
    .orderBy('c.session_id')
    .orderBy('c.position');
}

/**
 * Every combo round the lifter logged, oldest first, in the engine's shape.
 * One query joins each round to its compound and shrug sets (a 10-year log is
 * ~31k rounds: materialising one narrow row per round beats 93k wide ones);
 * ramp-up sets, which few rounds have, come in a second narrow query.
 */
export async function allComboLogs(db: Db, userId: string): Promise<ComboLog[]> {
  const rows = await roundsOldestFirst(db, userId)
    .select([
      'c.id', 's.date', 'c.combo_id', 'c.compound_exercise_id', 'c.shrug_exercise_id', 'c.unit', 'c.bodyweight',
      'c.seconds_between', 'c.rest_seconds', 'c.notes', 'c.feedback', 'c.calibration', 'c.band',
      'k.load as k_load', 'k.reps as k_reps', 'k.rir as k_rir', 'h.load as h_load', 'h.reps as h_reps', 'h.to_failure as h_fail',
    ])
    .execute();
  const ramps = await db
    .selectFrom('sets')
    .select(['combo_log_id', 'load', 'reps'])
    .where('user_id', '=', userId)
    .where('kind', '=', 'ramp')
    .where('combo_log_id', 'is not', null)
    .orderBy('position')
    .execute();
  const rampsByLog = new Map<string, { load: number; reps: number }[]>();
  for (const r of ramps) {
    const list = rampsByLog.get(r.combo_log_id!);
    if (list) list.push({ load: r.load, reps: r.reps });
    else rampsByLog.set(r.combo_log_id!, [{ load: r.load, reps: r.reps }]);
  }

  const out: ComboLog[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const l = rows[i]!;
    const log: ComboLog = {
      date: l.date,
      comboId: l.combo_id,
      compoundId: l.compound_exercise_id,
      shrugId: l.shrug_exercise_id,
      unit: l.unit,
      compound: { load: l.k_load, reps: l.k_reps, rir: l.k_rir ?? 0 },
      shrug: { load: l.h_load, reps: l.h_reps, toFailure: l.h_fail === 1 },
      secondsBetween: l.seconds_between,
    };
    const ramp = rampsByLog.get(l.id);
    if (ramp) log.rampUp = ramp;
    if (l.bodyweight !== null) log.bodyweight = l.bodyweight;
    if (l.rest_seconds !== null) log.restSeconds = l.rest_seconds;
    const feedback = parseFeedback(l.feedback);
    if (feedback) log.feedback = feedback;
    // Both are rare: most rounds skip the parse.
    if (l.calibration !== null) {
      const calibration = parseObject<RirCalibration>(l.calibration);
      if (calibration) log.compound.calibration = calibration;
    }
    if (l.band !== null) {
      const band = parseObject<LoggedBand>(l.band);
      if (band) log.compound.band = band;
    }
    if (l.notes !== null) log.notes = l.notes;
    out[i] = log;
  }
  return out;
}

/**
 * Every combo round, oldest first, with only what analytics read
 * (AnalyticsRound): no notes, ratings, calibration, band or ramp-up sets, so
 * none of their columns, no JSON parsing and no second query for the ramps,
 * which would look through every set the lifter has.
 */
export async function analyticsRounds(db: Db, userId: string): Promise<AnalyticsRound[]> {
  const rows = await roundsOldestFirst(db, userId)
    .select(['s.date', 'c.combo_id', 'c.compound_exercise_id', 'c.shrug_exercise_id', 'c.unit', 'c.bodyweight', 'k.load as k_load', 'k.reps as k_reps', 'k.rir as k_rir', 'h.load as h_load', 'h.reps as h_reps'])
    .execute();
  const out: AnalyticsRound[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const l = rows[i]!;
    out[i] = analyticsRound(
      { date: l.date, comboId: l.combo_id, compoundId: l.compound_exercise_id, shrugId: l.shrug_exercise_id, unit: l.unit },
      l.bodyweight,
      { load: l.k_load, reps: l.k_reps, rir: l.k_rir },
      { load: l.h_load, reps: l.h_reps },
    );
  }
  return out;
}

/**
 * Where the lifter's last round sorts (roundsOldestFirst's order), or null
 * with none: a round logged after it can be added to what was made from
 * analyticsRounds without reading them again (api/views/analytics-view.ts).
 * Looks through sessions, not rounds: reading these three columns with every
 * round made a 10-year read a quarter slower.
 */
export async function lastRoundPlace(db: Db, userId: string): Promise<RoundPlace | null> {
  const row = await db
    .selectFrom('training_sessions as s')
    .innerJoin('combo_logs as c', 'c.session_id', 's.id')
    .select(['s.date', 's.created_at', 's.id', (eb) => eb.fn.max('c.position').as('position')])
    .where('s.user_id', '=', userId)
    .groupBy(['s.date', 's.created_at', 's.id'])
    .orderBy('s.date', 'desc')
    .orderBy('s.created_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { date: row.date, sessionCreatedAt: row.created_at, sessionId: row.id, position: Number(row.position) } : null;
}

/**
 * A logged round as analyticsRounds reads it back: what is added to a kept
 * timeline in place of reading the whole log again.
 */
export function analyticsRoundOf(log: StoredComboLog): AnalyticsRound {
  const compound = log.sets.find((s) => s.kind === 'compound');
  const shrug = log.sets.find((s) => s.kind === 'shrug');
  if (!compound || !shrug) throw new Error(`round ${log.id} lacks its compound or shrug set`);
  const { date, comboId, compoundExerciseId: compoundId, shrugExerciseId: shrugId, unit } = log;
  return analyticsRound({ date, comboId, compoundId, shrugId, unit }, log.bodyweight, compound, shrug);
}

/** One shape for both: a stored rir of null reads as 0, a bodyweight of null is left out. */
function analyticsRound(
  ids: Pick<AnalyticsRound, 'date' | 'comboId' | 'compoundId' | 'shrugId' | 'unit'>,
  bodyweight: number | null,
  compound: { load: number; reps: number; rir: number | null },
  shrug: { load: number; reps: number },
): AnalyticsRound {
  const round: AnalyticsRound = {
    date: ids.date,
    comboId: ids.comboId,
    compoundId: ids.compoundId,
    shrugId: ids.shrugId,
    unit: ids.unit,
    compound: { load: compound.load, reps: compound.reps, rir: compound.rir ?? 0 },
    shrug: { load: shrug.load, reps: shrug.reps },
  };
  if (bodyweight !== null) round.bodyweight = bodyweight;
  return round;
}
