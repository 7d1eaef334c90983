// Closing a store whose checkpoint worker is running, in a process with nothing
// else to do (a CLI command): the close is awaited to its end. The worker is
// unref'd so it never keeps a process alive by itself; had close not held the
// process while the worker ends, node would have exited with the close still
// pending, and the line after it would never run. Runs the built code (npm run build first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const STORE = new URL('../../dist/src/store/index.js', import.meta.url).href;

it('finishes closing a store after its checkpoint worker has started', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-close-'));
  try {
    const script = `
      import { openDatabase, migrateToLatest } from ${JSON.stringify(STORE)};
      const store = await openDatabase({ kind: 'sqlite', file: ${JSON.stringify(join(dir, 'c.sqlite'))}, checkpointEvery: 5 });
      await migrateToLatest(store);
      for (let i = 0; i < 20; i++) {
        await store.write((trx) => trx.insertInto('users').values({ id: 'u' + i, email: i + '@example.org', password_hash: 'x', display_name: 'u', created_at: '2026-01-01' }).execute());
      }
      await store.close();
      console.log('closed');
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('closed');
    expect(child.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
