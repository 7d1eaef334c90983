// Two things a round's compound set may carry, each as JSON text on its round:
// a calibration set (the RIR the lifter called, then the reps to failure), from
// which the engine learns how their calls compare with failure (rir-bias.ts);
// and the resistance band on a landmine press, with what it added at lockout.
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('combo_logs').addColumn('calibration', 'text').execute();
    await db.schema.alterTable('combo_logs').addColumn('band', 'text').execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('combo_logs').dropColumn('band').execute();
  await db.schema.alterTable('combo_logs').dropColumn('calibration').execute();
}
