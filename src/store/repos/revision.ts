// The user's revision: see migration 0004. Call inside the write's transaction.
// Precompiled (../precompiled.ts): every write that changes a view bumps it.
import { sql } from 'kysely';
import { precompiled } from '../precompiled.js';
import type { Db } from '../tx.js';

const bump = precompiled((db: Db, userId: string) =>
  db.updateTable('users').set({ revision: sql`revision + 1` }).where('id', '=', userId).returning('revision'),
);

/** Returns the revision the write makes: a view kept at the one before can be moved on by what the write did (api/views). */
export async function bumpRevision(db: Db, userId: string): Promise<number> {
  const row = (await bump(db, userId)).rows[0];
  if (!row) throw new Error(`no user ${userId} to bump the revision of`);
  return Number(row.revision);
}
