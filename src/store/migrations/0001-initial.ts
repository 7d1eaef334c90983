// Accounts, sign-in, profiles, custom exercises and programs.
// A landed migration is never edited: change the schema in a new numbered file.
import { sql } from 'kysely';
import { atomically, oneOf, type AnyDb } from './helpers.js';

const check = (column: string, values: string[]) => sql.raw(`${column} in (${oneOf(values)})`);

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('auth_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(check('kind', ['session', 'api'])))
      .addColumn('name', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('last_used_at', 'text')
      .execute();
    await db.schema.createIndex('auth_tokens_user_kind').on('auth_tokens').columns(['user_id', 'kind']).execute();

    // No key: many rows per email; counted by (email, at) and pruned by age.
    await db.schema
      .createTable('login_failures')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_failures_email_at').on('login_failures').columns(['email', 'at']).execute();

    await db.schema
      .createTable('profiles')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('custom_exercises')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('pattern', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await sql`create unique index custom_exercises_user_name on custom_exercises (user_id, lower(name))`.execute(db);

    await db.schema
      .createTable('programs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull().check(check('kind', ['generated', 'edited', 'assigned'])))
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text', (c) => c.references('programs.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('programs_user_created').on('programs').columns(['user_id', 'created_at']).execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['programs', 'custom_exercises', 'profiles', 'login_failures', 'auth_tokens', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
