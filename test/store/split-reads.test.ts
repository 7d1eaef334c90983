// The embedded database reads beside its writer: a read is answered while a
// long transaction (an import) holds the writer, from what was committed; a
// write waits its turn; and what was read inside the transaction is its own.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { users, type Db } from '../../src/store/index.js';
import { backends, useMigratedStore } from '../support/backends.js';

const sqliteOnly = backends.filter((b) => b.name === 'sqlite');
const addUser = (db: Db, name: string) => users.createUser(db, { email: `${name}@example.org`, passwordHash: 'x', displayName: name });
const emails = async (db: Db) => (await db.selectFrom('users').select('email').orderBy('email').execute()).map((r) => r.email);

/** A promise and the function that settles it: to hold a transaction open at a known point. */
function gate(): { open: () => void; passed: Promise<void> } {
  let open!: () => void;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { open, passed };
}

for (const backend of sqliteOnly) {
  describe(`reads beside the writer on ${backend.name}`, () => {
    const ctx = useMigratedStore(backend);

    it('answers a read while a transaction holds the writer, with what was committed, and then what it committed', async () => {
      const { db } = ctx();
      await addUser(db, 'before');
      const inside = gate();
      const release = gate();
      const order: string[] = [];
      const tx = db.transaction().execute(async (trx) => {
        await addUser(trx, 'during');
        // The transaction sees its own write.
        order.push(`tx sees ${(await emails(trx)).join(',')}`);
        inside.open();
        await release.passed;
      });
      await inside.passed;
      // Outside it, a read does not wait: it sees the last commit, not the write in flight.
      order.push(`read sees ${(await emails(db)).join(',')}`);
      // A write outside it waits for the writer, so it lands after the commit.
      const after = addUser(db, 'waiting').then(() => order.push('write done'));
      await Promise.resolve();
      order.push('released');
      release.open();
      await tx;
      await after;
      order.push(`read sees ${(await emails(db)).join(',')}`);
      expect(order).toEqual([
        'tx sees before@example.org,during@example.org',
        'read sees before@example.org',
        'released',
        'write done',
        'read sees before@example.org,during@example.org,waiting@example.org',
      ]);
    });

    it('runs pragmas on the writer, whose connection they are about', async () => {
      const store = ctx();
      if (store.kind !== 'sqlite') throw new Error('sqlite only');
      const fk = async () => (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db)).rows[0]!.foreign_keys;
      expect(await fk()).toBe(1);
      try {
        await sql`pragma foreign_keys = off`.execute(store.db);
        expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(0);
        expect(await fk()).toBe(0);
      } finally {
        await sql`pragma foreign_keys = on`.execute(store.db);
      }
      expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      // A pragma read through Kysely tells the writer's state, not the reader's.
      store.sqlite.pragma('foreign_keys = off');
      try {
        expect(await fk()).toBe(0);
      } finally {
        store.sqlite.pragma('foreign_keys = on');
      }
    });

    it('reads nothing a rolled-back transaction wrote', async () => {
      const { db } = ctx();
      await expect(
        db.transaction().execute(async (trx) => {
          await addUser(trx, 'undone');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await emails(db)).not.toContain('undone@example.org');
      await addUser(db, 'kept');
      expect(await emails(db)).toContain('kept@example.org');
    });
  });
}
