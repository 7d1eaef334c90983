// The user's revision: see migration 0004. Call inside the write's transaction.
// Precompiled (../precompiled.ts): every write that changes a view bumps it.
import { sql } from 'kysely';
import { precompiled } from '../precompiled.js';
import type { Db } from '../tx.js';

const bump = precompiled((db: Db, userId: string) => db.updateTable('users').set({ revision: sql`revision + 1` }).where('id', '=', userId));

export async function bumpRevision(db: Db, userId: string): Promise<void> {
  await bump(db, userId);
}
