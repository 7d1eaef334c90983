// The session a logged round or set goes into, shared by every write from the
// app: locked while the write takes its position, refused when it is another
// lifter's or dated otherwise, and created with the first thing logged in it.
import { ConflictError, NotFoundError } from '../errors.js';
import type { TrainingSessionsTable } from '../schema.js';
import type { Db } from '../tx.js';
import { insertSession, sessionForWrite } from './training-statements.js';

/** The stored session (locked on PostgreSQL until the transaction ends), or undefined when it is new. */
export async function lockSession(trx: Db, userId: string, id: string, date: string): Promise<TrainingSessionsTable | undefined> {
  const session = (await sessionForWrite(trx, id)).rows[0];
  if (session && session.user_id !== userId) throw new NotFoundError('session');
  if (session && session.date !== date) throw new ConflictError('session', `session ${id} is dated ${session.date}, not ${date}`);
  return session;
}

export async function insertAppSession(
  trx: Db,
  userId: string,
  s: { id: string; date: string; name?: string | null | undefined; startedAt?: string | null | undefined },
  createdAt: string,
): Promise<void> {
  await insertSession(trx, {
    id: s.id,
    user_id: userId,
    date: s.date,
    started_at: s.startedAt ?? null,
    name: s.name ?? null,
    source: 'app',
    notes: null,
    created_at: createdAt,
  });
}
