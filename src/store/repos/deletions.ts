// Tombstones: the ids of the rounds and sets a lifter deleted (migration 0007).
// Written in the deleting transaction; read by every create that takes a
// client's id, so an offline phone replaying an old upload learns of the
// deletion (410) instead of undoing it, and by the export, so another device
// or a restore learns of it too.
import { GoneError } from '../errors.js';
import { precompiled } from '../precompiled.js';
import type { DeletionsTable } from '../schema.js';
import type { Db } from '../tx.js';

export interface Deletion {
  kind: DeletionsTable['kind'];
  id: string;
  deletedAt: string;
}

export async function recordDeletion(db: Db, userId: string, d: Deletion): Promise<void> {
  // A restore may bring a tombstone that is already here: the first one stands.
  await db
    .insertInto('deletions')
    .values({ id: d.id, user_id: userId, kind: d.kind, deleted_at: d.deletedAt })
    .onConflict((oc) => oc.columns(['user_id', 'id']).doNothing())
    .execute();
}

// Precompiled: every logged round and set asks it (../precompiled.ts).
const tombstone = precompiled((db: Db, id: string, userId: string) => db.selectFrom('deletions').selectAll().where('id', '=', id).where('user_id', '=', userId));

/** The lifter's own tombstone for this id, if any (another lifter's ids are none of theirs). */
export async function deletionOf(db: Db, userId: string, id: string): Promise<Deletion | undefined> {
  const row = (await tombstone(db, id, userId)).rows[0];
  return row && { kind: row.kind, id: row.id, deletedAt: row.deleted_at };
}

/** Throws GoneError when the lifter deleted this id. */
export async function refuseDeleted(db: Db, userId: string, id: string, entity: string): Promise<void> {
  const gone = await deletionOf(db, userId, id);
  if (gone) throw new GoneError(entity, gone.deletedAt);
}

/** Every tombstone of the lifter, oldest first (for the export). */
export async function listDeletions(db: Db, userId: string): Promise<Deletion[]> {
  const rows = await db.selectFrom('deletions').selectAll().where('user_id', '=', userId).orderBy('deleted_at').orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind, id: r.id, deletedAt: r.deleted_at }));
}
