// Shared by the migrations. Kysely's migrator wraps PostgreSQL migrations in a
// transaction but not SQLite ones, though SQLite's DDL is transactional too;
// this gives each SQLite migration its own so a failure leaves nothing half-made.
import { SqliteAdapter, type Kysely } from 'kysely';

// Migrations see the schema as it was then, not today's Schema type.
export type AnyDb = Kysely<any>;

export async function atomically(db: AnyDb, work: (db: AnyDb) => Promise<void>): Promise<void> {
  if (db.isTransaction) return work(db);
  await db.transaction().execute(work);
}

/** SQL list for a CHECK (col in (...)) constraint over fixed string values. */
export function oneOf(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

/** SQLite, where some changes (dropping a constraint) mean rebuilding the table. */
export function isSqlite(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}
