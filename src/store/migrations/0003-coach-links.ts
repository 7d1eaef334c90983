// Coach ↔ athlete links. An invite is a pending row holding the hash of a
// one-time code; the athlete who redeems it fills athlete_id and makes it active.
import { sql } from 'kysely';
import { atomically, oneOf, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('coach_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('coach_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('athlete_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql.raw(`status in (${oneOf(['pending', 'active', 'revoked'])})`)),
      )
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('coach_links_coach').on('coach_links').columns(['coach_id', 'status']).execute();
    await db.schema.createIndex('coach_links_athlete').on('coach_links').columns(['athlete_id', 'status']).execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('coach_links').execute();
}
