// A session's source is no longer held to a fixed list: each import format
// (src/interop/formats) names its own import:<id>, so adding a format needs no
// migration. The contract still checks a source's shape where one comes in.
//
// PostgreSQL drops the CHECK in place. SQLite cannot drop a constraint, so the
// table is rebuilt as https://www.sqlite.org/lang_altertable.html#otheralter
// says: with foreign keys off (else dropping the old table would delete every
// round and set pointing at it), in one transaction, checked before commit.
import { sql } from 'kysely';
import { atomically, isSqlite, oneOf, type AnyDb } from './helpers.js';

/** The sources 0002-training allowed. */
const LISTED = ['app', 'import:strong', 'import:hevy', 'import:fitnotes', 'import:json'];
const COLUMNS = sql.raw('id, user_id, date, started_at, name, source, notes, created_at');

export async function up(db: AnyDb): Promise<void> {
  if (isSqlite(db)) return rebuildSqlite(db, null);
  await atomically(db, async (db) => {
    const { rows } = await sql<{ name: string }>`
      select conname as name from pg_constraint
      where conrelid = 'training_sessions'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%source%'`.execute(db);
    for (const { name } of rows) await sql`alter table training_sessions drop constraint ${sql.id(name)}`.execute(db);
  });
}

/** Puts the list back; fails, changing nothing, while any session has a source outside it. */
export async function down(db: AnyDb): Promise<void> {
  if (isSqlite(db)) return rebuildSqlite(db, LISTED);
  await atomically(db, async (db) => {
    await sql`alter table training_sessions add constraint training_sessions_source_check check (${sql.raw(`source in (${oneOf(LISTED)})`)})`.execute(db);
  });
}

/** training_sessions as 0002-training made it, with the source list given or none. */
async function rebuildSqlite(db: AnyDb, sources: string[] | null): Promise<void> {
  // PRAGMA foreign_keys does nothing inside a transaction: refuse rather than cascade.
  if (db.isTransaction) throw new Error('training_sessions can only be rebuilt outside a transaction');
  const before = (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]?.foreign_keys ?? 0;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await atomically(db, async (db) => {
      await db.schema
        .createTable('training_sessions_new')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('name', 'text')
        .addColumn('source', 'text', (c) => (sources ? c.notNull().check(sql.raw(`source in (${oneOf(sources)})`)) : c.notNull()))
        .addColumn('notes', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into training_sessions_new (${COLUMNS}) select ${COLUMNS} from training_sessions`.execute(db);
      await db.schema.dropTable('training_sessions').execute();
      await db.schema.alterTable('training_sessions_new').renameTo('training_sessions').execute();
      await db.schema.createIndex('training_sessions_user_date').on('training_sessions').columns(['user_id', 'date', 'id']).execute();
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error(`rebuilding training_sessions broke ${broken.rows.length} foreign keys`);
    });
  } finally {
    if (before) await sql`pragma foreign_keys = on`.execute(db);
  }
}
