// The databases every store test runs against: SQLite always, PostgreSQL when
// BLADEWORK_TEST_PG_URL is set. Each test file gets its own database (a temp
// file, or a schema of its own) so files running in parallel never collide.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, type Store } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, empty, unmigrated database; `drop` closes and deletes it. */
  fresh(): Promise<{ store: Store; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'bladework-store-'));
    const store = await openDatabase({ kind: 'sqlite', file: join(dir, 'data', 'bladework.db') });
    return {
      store,
      async drop() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** One statement on its own connection, outside any test's schema (creating and dropping schemas). */
export async function pgAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function postgres(url: string): Backend {
  const admin = (statement: string) => pgAdmin(url, statement);
  return {
    name: 'postgres',
    async fresh() {
      const schema = `bw_test_${randomBytes(6).toString('hex')}`;
      await admin(`create schema ${schema}`);
      const store = await openDatabase({ kind: 'postgres', url, schema, poolSize: 4 });
      return {
        store,
        async drop() {
          await store.close();
          await admin(`drop schema ${schema} cascade`);
        },
      };
    },
  };
}

const pgUrl = process.env.BLADEWORK_TEST_PG_URL;
export const backends: Backend[] = pgUrl ? [sqlite, postgres(pgUrl)] : [sqlite];

console.log(
  pgUrl
    ? 'store tests: running on sqlite and postgres'
    : 'store tests: running on sqlite only; PostgreSQL SKIPPED because BLADEWORK_TEST_PG_URL is not set',
);

/** Registers hooks giving the calling describe block a fresh, migrated store. */
export function useMigratedStore(backend: Backend): () => Store {
  let handle: { store: Store; drop(): Promise<void> } | undefined;
  beforeAll(async () => {
    handle = await backend.fresh();
    await migrateToLatest(handle.store);
  });
  afterAll(async () => {
    await handle?.drop();
  });
  return () => {
    if (!handle) throw new Error('store not open yet: call inside a test');
    return handle.store;
  };
}
