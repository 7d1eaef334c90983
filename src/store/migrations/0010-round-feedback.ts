// The lifter's ratings of a combo's session (pump, soreness since the last
// session of the movement, joints), kept on the round they were given with as
// JSON text: blocks steer each movement's volume by them (engine/block).
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('combo_logs').addColumn('feedback', 'text').execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('combo_logs').dropColumn('feedback').execute();
}
