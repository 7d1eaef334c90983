// One training session read or renamed through its owner: its date, name,
// notes and source, with its combo rounds and loose sets.
import { NotFoundError } from '../errors.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { withContents } from './session-contents.js';
import type { StoredSession } from './training-types.js';

export async function getSession(db: Db, userId: string, id: string): Promise<StoredSession | undefined> {
  const row = await db.selectFrom('training_sessions').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row && (await withContents(db, userId, [row]))[0];
}

/** Sets the fields given (null clears one); the date and the contents stay. */
export async function updateSession(db: Db, userId: string, id: string, patch: { name?: string | null; notes?: string | null }): Promise<StoredSession> {
  return inTransaction(db, async (trx) => {
    const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (Object.keys(fields).length > 0) {
      const res = await trx.updateTable('training_sessions').set(fields).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
      if (res.numUpdatedRows === 0n) throw new NotFoundError('session');
      await bumpRevision(trx, userId);
    }
    const session = await getSession(trx, userId, id);
    if (!session) throw new NotFoundError('session');
    return session;
  });
}
