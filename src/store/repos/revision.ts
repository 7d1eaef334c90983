// The user's revision: see migration 0004. Call inside the write's transaction.
import type { Db } from '../tx.js';
import { bumpRevisionQuery } from './training-statements.js';

export async function bumpRevision(db: Db, userId: string): Promise<void> {
  await bumpRevisionQuery(db, userId);
}
