// Fills sessions with their combo rounds and sets: two queries for any number
// of sessions (never one per session).
import type { TrainingSessionsTable } from '../schema.js';
import type { Db } from '../tx.js';
import { toStoredComboLog, toStoredSession, toStoredSet } from './training-rows.js';
import type { StoredSession } from './training-types.js';

/** `sessions` must all belong to userId; 'all' reads every row the user owns (for export). */
export async function withContents(db: Db, userId: string, sessions: TrainingSessionsTable[], scope: 'listed' | 'all' = 'listed'): Promise<StoredSession[]> {
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  let logsQ = db.selectFrom('combo_logs').selectAll().where('user_id', '=', userId);
  let setsQ = db.selectFrom('sets').selectAll().where('user_id', '=', userId);
  if (scope === 'listed') {
    logsQ = logsQ.where('session_id', 'in', ids);
    setsQ = setsQ.where('session_id', 'in', ids);
  }
  const [logs, sets] = await Promise.all([
    logsQ.orderBy('session_id').orderBy('position').orderBy('id').execute(),
    setsQ.orderBy('session_id').orderBy('position').orderBy('id').execute(),
  ]);

  const setsByLog = new Map<string, typeof sets>();
  const looseBySession = new Map<string, typeof sets>();
  for (const s of sets) {
    const [map, key] = s.combo_log_id ? [setsByLog, s.combo_log_id] : [looseBySession, s.session_id];
    map.set(key, [...(map.get(key) ?? []), s]);
  }
  const dateOf = new Map(sessions.map((s) => [s.id, s.date]));
  const logsBySession = new Map<string, ReturnType<typeof toStoredComboLog>[]>();
  for (const l of logs) {
    const date = dateOf.get(l.session_id);
    if (date === undefined) continue;
    const list = logsBySession.get(l.session_id) ?? [];
    list.push(toStoredComboLog(l, date, setsByLog.get(l.id) ?? []));
    logsBySession.set(l.session_id, list);
  }
  return sessions.map((s) =>
    toStoredSession(s, logsBySession.get(s.id) ?? [], (looseBySession.get(s.id) ?? []).map(toStoredSet)),
  );
}
