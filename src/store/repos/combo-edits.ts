// Reading, correcting and deleting one logged combo round, always through its owner.
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors.js';
import { deletionOf, recordDeletion, refuseDeleted } from './deletions.js';
import type { Feedback } from '../../engine/model.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { comboLogForWrite } from './training-statements.js';
import { toComboRows, toStoredComboLog } from './training-rows.js';
import type { ComboInput, StoredComboLog } from './training-types.js';

/** The round for an edit: NotFoundError when there is none, GoneError when the lifter deleted it. */
export async function getComboLogToEdit(db: Db, userId: string, id: string): Promise<StoredComboLog> {
  const log = await getComboLog(db, userId, id);
  if (log) return log;
  await refuseDeleted(db, userId, id, 'round');
  throw new NotFoundError('combo log', 'combo round not found');
}

export async function getComboLog(db: Db, userId: string, id: string): Promise<StoredComboLog | undefined> {
  const row = await db
    .selectFrom('combo_logs as c')
    .innerJoin('training_sessions as s', 's.id', 'c.session_id')
    .selectAll('c')
    .select('s.date')
    .where('c.id', '=', id)
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const sets = await db.selectFrom('sets').selectAll().where('combo_log_id', '=', id).orderBy('position').execute();
  const { date, ...log } = row;
  return toStoredComboLog(log, date, sets);
}

/**
 * Replaces a round's fields and all its sets in one transaction (the session
 * stays). New set ids may reuse the old ones; ids taken elsewhere are a conflict.
 */
export async function updateComboLog(db: Db, userId: string, id: string, input: ComboInput): Promise<StoredComboLog> {
  return inTransaction(db, async (trx) => {
    if (!(await comboLogForWrite(trx, id, userId)).rows[0]) {
      await refuseDeleted(trx, userId, id, 'round');
      throw new NotFoundError('combo log');
    }
    const current = await getComboLog(trx, userId, id);
    if (!current) throw new NotFoundError('combo log');
    // A correction that says nothing of the ratings keeps them.
    const rows = toComboRows(input.feedback === undefined ? { ...input, feedback: current.feedback } : input, {
      userId,
      sessionId: current.sessionId,
      comboLogId: id,
      position: input.position ?? current.position,
      createdAt: current.createdAt,
    });
    await trx.deleteFrom('sets').where('combo_log_id', '=', id).where('user_id', '=', userId).execute();
    const { id: _id, user_id: _u, session_id: _s, created_at: _c, ...fields } = rows.log;
    await trx.updateTable('combo_logs').set(fields).where('id', '=', id).where('user_id', '=', userId).execute();
    try {
      if (rows.sets.length > 0) await trx.insertInto('sets').values(rows.sets).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('set', 'a set id in this round is already used by another set');
      throw err;
    }
    await bumpRevision(trx, userId);
    return toStoredComboLog(rows.log, current.date, rows.sets);
  });
}

/**
 * Deletes a round and its sets, keeping a tombstone of its id (./deletions.ts).
 * Deleting it again succeeds (a phone's queued delete may arrive twice);
 * NotFoundError when the lifter never had such a round.
 */
export async function deleteComboLog(db: Db, userId: string, id: string, now: Date = new Date()): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await comboLogForWrite(trx, id, userId)).rows[0]) {
      if (await deletionOf(trx, userId, id)) return;
      throw new NotFoundError('combo log');
    }
    await recordDeletion(trx, userId, { kind: 'round', id, deletedAt: now.toISOString() });
    await trx.deleteFrom('sets').where('combo_log_id', '=', id).where('user_id', '=', userId).execute();
    await trx.deleteFrom('combo_logs').where('id', '=', id).where('user_id', '=', userId).execute();
    await bumpRevision(trx, userId);
  });
}

/**
 * Sets the lifter's ratings of a round's session (a PUT: sending the same again
 * changes nothing). NotFoundError for no such round, GoneError for a deleted one.
 */
export async function setRoundFeedback(db: Db, userId: string, id: string, feedback: Feedback): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (!(await comboLogForWrite(trx, id, userId)).rows[0]) {
      await refuseDeleted(trx, userId, id, 'round');
      throw new NotFoundError('combo log', 'combo round not found');
    }
    const text = Object.keys(feedback).length > 0 ? JSON.stringify(feedback) : null;
    await trx.updateTable('combo_logs').set({ feedback: text }).where('id', '=', id).where('user_id', '=', userId).execute();
    await bumpRevision(trx, userId);
  });
}
