// The training log: sessions, combo rounds and every set. Ids come from the
// client, so a retried upload lands on the same rows instead of duplicating them.
import { sql } from 'kysely';
import { atomically, oneOf, type AnyDb } from './helpers.js';

const check = (column: string, values: string[]) => sql.raw(`${column} in (${oneOf(values)})`);
const units = ['kg', 'lb'];

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('training_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('name', 'text')
      .addColumn('source', 'text', (c) =>
        c.notNull().check(check('source', ['app', 'import:strong', 'import:hevy', 'import:fitnotes', 'import:json'])),
      )
      .addColumn('notes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    // History pages walk (date desc, id desc) per user.
    await db.schema.createIndex('training_sessions_user_date').on('training_sessions').columns(['user_id', 'date', 'id']).execute();

    await db.schema
      .createTable('combo_logs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
      .addColumn('combo_id', 'text', (c) => c.notNull())
      .addColumn('compound_exercise_id', 'text', (c) => c.notNull())
      .addColumn('shrug_exercise_id', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull().check(check('unit', units)))
      .addColumn('bodyweight', 'double precision')
      .addColumn('seconds_between', 'double precision', (c) => c.notNull().check(sql`seconds_between >= 0`))
      .addColumn('rest_seconds', 'double precision')
      .addColumn('notes', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('combo_logs_session').on('combo_logs').columns(['session_id', 'position']).execute();
    await db.schema.createIndex('combo_logs_user').on('combo_logs').columns(['user_id']).execute();

    await db.schema
      .createTable('sets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull().references('training_sessions.id').onDelete('cascade'))
      .addColumn('combo_log_id', 'text', (c) => c.references('combo_logs.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
      .addColumn('exercise_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(check('kind', ['ramp', 'compound', 'shrug', 'warmup', 'normal', 'failure', 'dropset'])),
      )
      .addColumn('load', 'double precision', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull().check(check('unit', units)))
      .addColumn('reps', 'integer', (c) => c.notNull().check(sql`reps >= 0`))
      .addColumn('rir', 'double precision')
      .addColumn('to_failure', 'integer', (c) => c.notNull().defaultTo(0).check(sql`to_failure in (0, 1)`))
      .addColumn('seconds', 'double precision')
      .addColumn('distance', 'double precision')
      .addColumn('notes', 'text')
      .execute();
    await db.schema.createIndex('sets_session').on('sets').columns(['session_id', 'position']).execute();
    await db.schema.createIndex('sets_combo_log').on('sets').columns(['combo_log_id']).execute();
    // Per-exercise history ("every shrug I have done") filters by owner and exercise.
    await db.schema.createIndex('sets_user_exercise').on('sets').columns(['user_id', 'exercise_id']).execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['sets', 'combo_logs', 'training_sessions']) await db.schema.dropTable(table).execute();
}
