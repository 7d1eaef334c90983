// The training log read back: pages of sessions for the history screen, and
// every combo round as the engine's ComboLog for progression and analytics.
import type { ComboLog } from '../../engine/model.js';
import type { Db } from '../tx.js';
import { withContents } from './session-contents.js';
import type { StoredSession } from './training-types.js';

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

/** Every combo round the lifter logged, oldest first, in the engine's shape. */
export async function allComboLogs(db: Db, userId: string): Promise<ComboLog[]> {
  const logs = await db
    .selectFrom('combo_logs as c')
    .innerJoin('training_sessions as s', 's.id', 'c.session_id')
    .selectAll('c')
    .select('s.date')
    .where('c.user_id', '=', userId)
    .orderBy('s.date')
    .orderBy('s.created_at')
    .orderBy('c.session_id')
    .orderBy('c.position')
    .execute();
  const sets = await db
    .selectFrom('sets')
    .select(['combo_log_id', 'kind', 'load', 'reps', 'rir', 'to_failure'])
    .where('user_id', '=', userId)
    .where('combo_log_id', 'is not', null)
    .orderBy('position')
    .execute();
  const byLog = new Map<string, typeof sets>();
  for (const s of sets) byLog.set(s.combo_log_id!, [...(byLog.get(s.combo_log_id!) ?? []), s]);

  const out: ComboLog[] = [];
  for (const l of logs) {
    const own = byLog.get(l.id) ?? [];
    const compound = own.find((s) => s.kind === 'compound');
    const shrug = own.find((s) => s.kind === 'shrug');
    // logCombo and updateComboLog always store both; skip rather than invent numbers.
    if (!compound || !shrug) continue;
    const log: ComboLog = {
      date: l.date,
      comboId: l.combo_id,
      compoundId: l.compound_exercise_id,
      shrugId: l.shrug_exercise_id,
      unit: l.unit,
      compound: { load: compound.load, reps: compound.reps, rir: compound.rir ?? 0 },
      shrug: { load: shrug.load, reps: shrug.reps, toFailure: shrug.to_failure === 1 },
      secondsBetween: l.seconds_between,
    };
    const ramp = own.filter((s) => s.kind === 'ramp').map((s) => ({ load: s.load, reps: s.reps }));
    if (ramp.length > 0) log.rampUp = ramp;
    if (l.bodyweight !== null) log.bodyweight = l.bodyweight;
    if (l.rest_seconds !== null) log.restSeconds = l.rest_seconds;
    if (l.notes !== null) log.notes = l.notes;
    out.push(log);
  }
  return out;
}
