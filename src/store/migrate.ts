// Brings a database up to the newest schema. Safe to run at every start: a
// second run applies nothing. On PostgreSQL the migrator's lock row keeps two
// starting servers from migrating at once.
import { Migrator, sql, type MigrationResult } from 'kysely';
import type { Store } from './db.js';
import { migrations } from './migrations/index.js';

function migratorFor(store: Store, schema: string | undefined): Migrator {
  return new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
    // Pin Kysely's bookkeeping tables to our schema: otherwise it looks for them
    // in every schema and is fooled by another database user's copy.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

async function currentSchema(store: Store): Promise<string | undefined> {
  if (store.kind !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  return schema;
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = migratorFor(store, await currentSchema(store));
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new Error(`migration failed at ${failedName(results)}`, { cause: error });
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function failedName(results: MigrationResult[] | undefined): string {
  return results?.find((r) => r.status === 'Error')?.migrationName ?? 'start';
}
