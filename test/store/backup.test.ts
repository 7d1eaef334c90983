import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupSqlite, openDatabase } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { logCombo } from '../../src/store/repos/log-combo.js';
import { allComboLogs } from '../../src/store/repos/training-history.js';
import { backends } from '../support/backends.js';
import { counts, inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('backupSqlite', () => {
  it('copies a live database to a file that opens with the same rows', async () => {
    const { store, drop } = await backends.find((b) => b.name === 'sqlite')!.fresh();
    try {
      await migrateToLatest(store);
      const ana = await newUser(store.db);
      await logCombo(store.db, ana.id, inputFor(inclineRow));
      const dest = join(dir, 'nested', 'backup.db');
      await backupSqlite(store, dest);
      // The server keeps writing; the copy is the snapshot taken before.
      await logCombo(store.db, ana.id, inputFor(inclineRow));

      const copy = await openDatabase({ kind: 'sqlite', file: dest });
      try {
        expect(await migrateToLatest(copy)).toEqual([]);
        expect(await counts(copy.db)).toEqual({ training_sessions: 1, combo_logs: 1, sets: 2 });
        expect(await allComboLogs(copy.db, ana.id)).toEqual([inclineRow]);
      } finally {
        await copy.close();
      }
    } finally {
      await drop();
    }
  });

  it('refuses a PostgreSQL store, which pg_dump backs up instead', async () => {
    const fake = { kind: 'postgres' as const, db: undefined as never, write: undefined as never, close: async () => {} };
    await expect(backupSqlite(fake, join(dir, 'x.db'))).rejects.toThrow(/pg_dump/);
  });
});
