// Sets outside combos (imported history, own lifts) by their owner. Analytics
// reads them on every fresh computation; without this index the read looked at
// every set the lifter has (two per combo round, 62k over ten years) to find
// none. On (owner, kind), as the read asks, so SQLite prefers it to
// sets_user_exercise without statistics. Partial, so a combo round's sets add
// nothing to it when they are written.
import { sql } from 'kysely';
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.createIndex('sets_loose_user').on('sets').columns(['user_id', 'kind']).where(sql.ref('combo_log_id'), 'is', null).execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('sets_loose_user').execute();
}
