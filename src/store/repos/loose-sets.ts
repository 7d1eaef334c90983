// Sets outside any combo logged from the app (an accessory lift), stored like
// the sets of an imported workout. Idempotent on the client's set id as
// logCombo is: a retry answers what is stored, other content under the id is refused.
import { ConflictError, NotFoundError } from '../errors.js';
import type { SetsTable } from '../schema.js';
import { inTransaction, inTransactionRetryingRace, type Db } from '../tx.js';
import { deletionOf, recordDeletion, refuseDeleted } from './deletions.js';
import { bumpRevision } from './revision.js';
import { insertAppSession, lockSession } from './session-writes.js';
import { customExerciseForWrite, insertSet, looseSetTail, setById } from './training-statements.js';
import { sameSet, toSetRow, toStoredLooseSet } from './training-rows.js';
import type { LogSetInput, StoredLooseSet } from './training-types.js';

export interface LogSetResult {
  /** 'existing': the same set was already stored; nothing was written. */
  status: 'created' | 'existing';
  set: StoredLooseSet;
}

export interface LogSetOptions {
  now?: Date;
  /** Loose sets one session may hold (the export document's limit). */
  maxPerSession: number;
}

/**
 * Adds the set after the session's last loose set, creating the session with
 * it. The session row stays locked until commit (see sessionForWrite), so two
 * sets sent at once take two positions.
 */
export async function logSet(db: Db, userId: string, input: LogSetInput, opts: LogSetOptions): Promise<LogSetResult> {
  return inTransactionRetryingRace(db, async (trx) => {
    const session = await lockSession(trx, userId, input.sessionId, input.sessionDate);
    const existing = (await setById(trx, input.id)).rows[0];
    if (existing) return sameOrConflict(trx, userId, input, existing);
    await refuseDeleted(trx, userId, input.id, 'set');
    if (input.exerciseId.startsWith('custom:') && !(await customExerciseForWrite(trx, input.exerciseId, userId)).rows[0]) {
      throw new NotFoundError('custom exercise', `you have no exercise ${input.exerciseId}`);
    }
    const tail = (await looseSetTail(trx, input.sessionId)).rows[0];
    const count = Number(tail?.count ?? 0);
    if (count >= opts.maxPerSession) {
      throw new ConflictError('session', `session ${input.sessionId} already holds ${count} sets outside combos, the most one session takes`);
    }
    if (!session) await insertAppSession(trx, userId, { id: input.sessionId, date: input.sessionDate }, (opts.now ?? new Date()).toISOString());
    const position = tail?.max === null || tail?.max === undefined ? 0 : Number(tail.max) + 1;
    const row = toLooseRow(userId, input, position);
    await insertSet(trx, row);
    await bumpRevision(trx, userId);
    return { status: 'created' as const, set: toStoredLooseSet(row, input.sessionDate) };
  });
}

/**
 * Deletes a set outside any combo (a round's sets go with the round), keeping a
 * tombstone of its id; deleting it again succeeds. NotFoundError for any other id.
 */
export async function deleteLooseSet(db: Db, userId: string, id: string, now: Date = new Date()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const res = await trx.deleteFrom('sets').where('id', '=', id).where('user_id', '=', userId).where('combo_log_id', 'is', null).executeTakeFirst();
    if (res.numDeletedRows === 0n) {
      if (await deletionOf(trx, userId, id)) return;
      throw new NotFoundError('set');
    }
    await recordDeletion(trx, userId, { kind: 'set', id, deletedAt: now.toISOString() });
    await bumpRevision(trx, userId);
  });
}

function toLooseRow(userId: string, input: LogSetInput, position: number): SetsTable {
  return toSetRow({ ...input, toFailure: input.kind === 'failure' }, { userId, sessionId: input.sessionId, comboLogId: null, position, exerciseId: input.exerciseId, unit: input.unit });
}

async function sameOrConflict(trx: Db, userId: string, input: LogSetInput, existing: SetsTable): Promise<LogSetResult> {
  // Set ids are global keys: another lifter's is "not found", as in logCombo.
  if (existing.user_id !== userId) throw new NotFoundError('set');
  const { date } = await trx.selectFrom('training_sessions').select('date').where('id', '=', existing.session_id).executeTakeFirstOrThrow();
  const unit = input.defaulted?.includes('unit') ? existing.unit : input.unit;
  const candidate = toLooseRow(userId, { ...input, unit }, existing.position);
  if (date !== input.sessionDate || !sameSet(candidate, existing)) {
    throw new ConflictError('set', `set ${existing.id} is already stored with other content`);
  }
  return { status: 'existing', set: toStoredLooseSet(existing, date) };
}
