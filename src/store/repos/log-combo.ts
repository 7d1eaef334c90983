// Logging one combo round from the app. One transaction, idempotent on the
// client's ids: a retried upload (flaky gym wifi) never duplicates a round,
// and a reused id with different content is refused rather than overwritten.
import type { Transaction } from 'kysely';
import { ConflictError, NotFoundError } from '../errors.js';
import type { Schema } from '../schema.js';
import { inTransactionRetryingRace, type Db } from '../tx.js';
import { refuseDeleted } from './deletions.js';
import { bumpRevision } from './revision.js';
import { insertAppSession, lockSession } from './session-writes.js';
import { comboLogById, insertComboLog, insertSet, lastPosition, setOwner } from './training-statements.js';
import { assertComboShape, sameContent, toComboRows, toStoredComboLog } from './training-rows.js';
import type { LogComboInput, RoundPlace, StoredComboLog } from './training-types.js';

export interface LogComboResult {
  /** 'existing': the same round was already stored; nothing was written. */
  status: 'created' | 'existing';
  log: StoredComboLog;
  /** On 'created': the revision the write made, and where the round sorts in the lifter's log (RoundPlace). */
  created?: { revision: number; place: RoundPlace };
}

/**
 * `maxPerSession`: rounds one session may hold (the export document's limit),
 * so whatever the API stores can be exported and imported again.
 */
export async function logCombo(db: Db, userId: string, input: LogComboInput, now: Date = new Date(), maxPerSession = Infinity): Promise<LogComboResult> {
  assertComboShape(input);
  return inTransactionRetryingRace(db, async (trx) => {
    const existing = await findLog(trx, input.comboLogId);
    if (existing) return sameOrConflict(trx, userId, input, existing);
    await refuseDeleted(trx, userId, input.comboLogId, 'round');

    const session = await lockSession(trx, userId, input.sessionId, input.sessionDate);
    try {
      await refuseTakenSetIds(trx, userId, input.sets.map((s) => s.id));
    } catch (err) {
      // Under READ COMMITTED a racing identical upload may commit between our
      // reads: its sets are visible now, and so is its round. Then it is a retry.
      const raced = err instanceof ConflictError && (await findLog(trx, input.comboLogId));
      if (raced) return sameOrConflict(trx, userId, input, raced);
      throw err;
    }

    const createdAt = now.toISOString();
    if (!session) {
      await insertAppSession(trx, userId, { id: input.sessionId, date: input.sessionDate, name: input.sessionName, startedAt: input.sessionStartedAt }, createdAt);
    }
    const tail = session ? (await lastPosition(trx, input.sessionId)).rows[0] : undefined;
    const count = Number(tail?.count ?? 0);
    if (count >= maxPerSession) {
      throw new ConflictError('session', `session ${input.sessionId} already holds ${count} rounds, the most one session takes; start a new session for more`);
    }
    const position = input.position ?? (tail?.max === null || tail?.max === undefined ? 0 : Number(tail.max) + 1);
    const rows = toComboRows(input, { userId, sessionId: input.sessionId, comboLogId: input.comboLogId, position, createdAt });
    await insertComboLog(trx, rows.log);
    for (const set of rows.sets) await insertSet(trx, set);
    const revision = await bumpRevision(trx, userId);
    const place = { date: input.sessionDate, sessionCreatedAt: session ? session.created_at : createdAt, sessionId: input.sessionId, position };
    return { status: 'created' as const, log: toStoredComboLog(rows.log, input.sessionDate, rows.sets), created: { revision, place } };
  });
}

async function findLog(trx: Db, id: string) {
  return (await comboLogById(trx, id)).rows[0];
}

async function sameOrConflict(
  trx: Transaction<Schema>,
  userId: string,
  input: LogComboInput,
  existing: Schema['combo_logs'],
): Promise<LogComboResult> {
  if (existing.user_id !== userId) throw new NotFoundError('combo log');
  const session = await trx.selectFrom('training_sessions').select('date').where('id', '=', existing.session_id).executeTakeFirstOrThrow();
  const sets = await trx.selectFrom('sets').selectAll().where('combo_log_id', '=', existing.id).orderBy('position').execute();
  const filled = input.defaulted ?? [];
  const sent = {
    ...input,
    unit: filled.includes('unit') ? existing.unit : input.unit,
    bodyweight: filled.includes('bodyweight') ? existing.bodyweight : input.bodyweight,
  };
  const candidate = toComboRows(sent, {
    userId,
    sessionId: input.sessionId,
    comboLogId: input.comboLogId,
    position: input.position ?? existing.position,
    createdAt: existing.created_at,
  });
  if (session.date !== input.sessionDate || !sameContent(candidate, { log: existing, sets })) {
    throw new ConflictError('combo log', `combo log ${existing.id} is already stored with other content`);
  }
  return { status: 'existing', log: toStoredComboLog(existing, session.date, sets) };
}

/** Set ids are global keys: one taken by this lifter is a conflict, by anyone else "not found". */
export async function refuseTakenSetIds(trx: Db, userId: string, ids: string[]): Promise<void> {
  const taken = [];
  for (const id of ids) taken.push(...(await setOwner(trx, id)).rows);
  if (taken.some((t) => t.user_id !== userId)) throw new NotFoundError('set');
  if (taken.length > 0) throw new ConflictError('set', `set ${taken[0]!.id} is already stored`);
}

