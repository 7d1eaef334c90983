// Deletions that stay deleted, and import ids nobody else can predict.
//
// `deletions` keeps the id of every round and set a lifter deletes (a
// tombstone): a phone that comes back online and replays the round's original
// upload is then told it was deleted, instead of bringing it back; exports list
// the tombstones so a restore or another device learns of them too.
//
// `users.import_key` is the per-lifter secret that import ids are derived from
// (it was the user id, which a coach knows: they could create a session under
// the id an import would take, and the lifter's import then failed). Filled on
// first use (repos/users.ts importKey), so existing accounts need no data step.
import { sql } from 'kysely';
import { atomically, oneOf, type AnyDb } from './helpers.js';

// Migrations see the schema as it was then: the kinds are written out here.
const KINDS = ['round', 'set'];

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    // Keyed by lifter and id: one lifter's tombstone (an import may bring any id)
    // must never stand in for another's.
    await db.schema
      .createTable('deletions')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql.raw(`kind in (${oneOf(KINDS)})`)))
      .addColumn('deleted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('deletions_pkey', ['user_id', 'id'])
      .execute();
    await db.schema.createIndex('deletions_user_deleted_at').on('deletions').columns(['user_id', 'deleted_at']).execute();
    await db.schema.alterTable('users').addColumn('import_key', 'text').execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('deletions').execute();
  await db.schema.alterTable('users').dropColumn('import_key').execute();
}
