// The lifter's profile and gym, kept as one JSON document: it is read and
// written whole, and its shape is the engine's, validated at the API boundary.
import type { ProfileDocument } from '../../contract/profile.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';

export type { ProfileDocument };

export interface StoredProfile {
  userId: string;
  document: ProfileDocument;
  updatedAt: string;
}

export async function getProfile(db: Db, userId: string): Promise<StoredProfile | undefined> {
  const row = await db.selectFrom('profiles').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return row && { userId: row.user_id, document: JSON.parse(row.document) as ProfileDocument, updatedAt: row.updated_at };
}

/** Creates or replaces the profile. */
export async function putProfile(db: Db, userId: string, document: ProfileDocument, now: Date = new Date()): Promise<StoredProfile> {
  const row = { user_id: userId, document: JSON.stringify(document), updated_at: now.toISOString() };
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('profiles')
      .values(row)
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ document: row.document, updated_at: row.updated_at }))
      .execute();
    await bumpRevision(trx, userId);
  });
  return { userId, document, updatedAt: row.updated_at };
}
