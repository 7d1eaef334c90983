// The WAL is checkpointed by a worker thread, asked as writes add up; the
// writer's own automatic checkpoint stays only as a backstop.
import SqliteDatabase from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkpointer } from './checkpointer.js';
import { openDatabase, type Store } from './db.js';
import { migrateToLatest } from './migrate.js';

const dirs: string[] = [];
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDatabase(): { file: string; db: SqliteDatabase.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-ckpt-'));
  dirs.push(dir);
  const file = join(dir, 'x.sqlite');
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('create table t (id integer primary key, v text)');
  return { file, db };
}

describe('Checkpointer', () => {
  it('asks the worker once every N writes, and the checkpoint copies every frame of the WAL into the database', async () => {
    const { file, db } = walDatabase();
    const cp = new Checkpointer(file, 3);
    try {
      const insert = db.prepare('insert into t (v) values (?)');
      for (let i = 0; i < 2; i++) {
        cp.wrote();
        insert.run(`row ${i}`);
      }
      expect(cp.running).toBe(false);
      cp.wrote(); // the third write asks
      expect(cp.running).toBe(true);
      insert.run('row 2');
      const result = await cp.checkpoint(); // joins the one running, or runs another
      expect(result.error).toBeUndefined();
      const again = await cp.checkpoint();
      expect(again.error).toBeUndefined();
      expect(again.log).toBeGreaterThan(0);
      expect(again.checkpointed).toBe(again.log);
      // The database file alone now holds the rows: copy it without its WAL and read it.
      const copy = join(file, '..', 'copy.sqlite');
      copyFileSync(file, copy);
      const alone = new SqliteDatabase(copy, { readonly: true });
      expect(alone.prepare('select count(*) from t').pluck().get()).toBe(3);
      alone.close();
    } finally {
      await cp.close();
      db.close();
    }
  });

  it('hands checkpoints back to the writer when the worker cannot run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bladework-ckpt-'));
    dirs.push(dir);
    let failures = 0;
    const cp = new Checkpointer(join(dir, 'never-made.sqlite'), 1, () => failures++);
    cp.wrote();
    const result = await cp.checkpoint();
    expect(result.error).toBe('the checkpoint worker stopped');
    expect(failures).toBe(1);
    cp.wrote(); // no second worker, no second failure
    expect(cp.running).toBe(false);
    expect((await cp.checkpoint()).error).toBe('the checkpoint worker stopped');
    expect(failures).toBe(1);
    await cp.close();
  });

  it('answers asks after close without a worker, and close ends the worker', async () => {
    const { file, db } = walDatabase();
    const cp = new Checkpointer(file, 1);
    cp.wrote();
    await cp.close();
    expect((await cp.checkpoint()).error).toBe('the store is closed');
    cp.wrote(); // no worker is started again
    expect(cp.running).toBe(false);
    db.close();
  });
});

describe('a SQLite store', () => {
  it('leaves checkpoints to the worker: its writer never checkpoints inside a commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bladework-ckpt-'));
    dirs.push(dir);
    const store = await openDatabase({ kind: 'sqlite', file: join(dir, 'b.sqlite'), checkpointEvery: 10 });
    opened.push(store);
    if (store.kind !== 'sqlite') throw new Error('sqlite');
    await migrateToLatest(store);
    expect(store.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    for (let i = 0; i < 30; i++) {
      await store.write((trx) => trx.insertInto('users').values({ id: `u${i}`, email: `u${i}@example.org`, password_hash: 'x', display_name: 'u', created_at: '2026-01-01' }).execute());
    }
    const result = await store.checkpoint();
    expect(result.error).toBeUndefined();
    expect(result.checkpointed).toBe(result.log);
  });
});
