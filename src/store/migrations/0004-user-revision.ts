// A per-user revision, bumped in the same transaction as every write that
// changes what the training views show (profile, plan, logs, imports). Readers
// key cached views by it, so a cache is never stale, on any server process.
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('users').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').dropColumn('revision').execute();
}
