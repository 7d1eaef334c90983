// An import killed with SIGKILL halfway keeps nothing: its batches were written
// inside one transaction that never committed. A child process imports a file
// whose second half never arrives; once it says 4,000 rows are read (several
// batches written), it is killed; then the database holds the lifter and none
// of the import. Runs the built code (npm run build first), on SQLite, and on
// PostgreSQL when BLADEWORK_TEST_PG_URL is set.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openDatabase, type StoreConfig } from '../../src/store/index.js';
import { pgAdmin } from '../support/backends.js';

const pgUrl = process.env.BLADEWORK_TEST_PG_URL;
const CHILD = new URL('../support/import-child.mjs', import.meta.url).pathname;

const admin = pgAdmin;

/** Runs the child until it has read `rows` rows, kills it, and gives the lifter's id. */
async function killHalfway(config: StoreConfig, rows: number): Promise<string> {
  const child = spawn(process.execPath, [CHILD, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  let userId = '';
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith('user ')) userId = line.slice(5);
    if (line.startsWith('rows ') && Number(line.slice(5)) >= rows) break;
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return userId;
}

async function countsFor(config: StoreConfig, userId: string) {
  const store = await openDatabase(config);
  try {
    const user = await store.db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    const sessions = await store.db.selectFrom('training_sessions').select(({ fn }) => fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    const sets = await store.db.selectFrom('sets').select(({ fn }) => fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    return { user: user !== undefined, sessions: Number(sessions.n), sets: Number(sets.n) };
  } finally {
    await store.close();
  }
}

describe('an import killed halfway', () => {
  it('keeps nothing of it on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bladework-import-kill-'));
    try {
      const config: StoreConfig = { kind: 'sqlite', file: join(dir, 'bladework.sqlite') };
      const userId = await killHalfway(config, 4000);
      expect(await countsFor(config, userId)).toEqual({ user: true, sessions: 0, sets: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!pgUrl)('keeps nothing of it on PostgreSQL', async () => {
    const schema = `bw_import_kill_${randomBytes(5).toString('hex')}`;
    await admin(pgUrl!, `create schema ${schema}`);
    try {
      const config: StoreConfig = { kind: 'postgres', url: pgUrl!, schema, poolSize: 2 };
      const userId = await killHalfway(config, 4000);
      expect(await countsFor(config, userId)).toEqual({ user: true, sessions: 0, sets: 0 });
    } finally {
      await admin(pgUrl!, `drop schema ${schema} cascade`);
    }
  });
});
