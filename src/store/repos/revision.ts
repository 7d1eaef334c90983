// The user's revision: see migration 0004. Call inside the write's transaction.
import { sql } from 'kysely';
import type { Db } from '../tx.js';

export async function bumpRevision(db: Db, userId: string): Promise<void> {
  await db.updateTable('users').set({ revision: sql`revision + 1` }).where('id', '=', userId).execute();
}
