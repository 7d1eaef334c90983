// The rest taken after a set, in seconds, as another app recorded it (Strong's
// "Rest Timer" rows). A combo round keeps its rest on the round itself.
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('sets').addColumn('rest_seconds', 'double precision').execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('sets').dropColumn('rest_seconds').execute();
}
