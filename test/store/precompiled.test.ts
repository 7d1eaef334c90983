import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { precompiled, precompiledInsertMany } from '../../src/store/precompiled.js';
import { inTransaction } from '../../src/store/tx.js';
import { createUser } from '../../src/store/repos/users.js';
import { backends, useMigratedStore } from '../support/backends.js';

const byEmailAndName = precompiled((db, email: string, name: string) =>
  db.selectFrom('users').select(['id', 'email']).where('email', '=', email).where('display_name', '=', name),
);

describe.each(backends)('precompiled queries on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('runs the once-compiled SQL with each call’s own values, in a transaction too', async () => {
    const { db } = store();
    const ana = await createUser(db, { email: 'ana@example.org', passwordHash: 'h', displayName: 'Ana' });
    const bo = await createUser(db, { email: 'bo@example.org', passwordHash: 'h', displayName: 'Bo' });
    expect((await byEmailAndName(db, 'ana@example.org', 'Ana')).rows).toEqual([{ id: ana.id, email: ana.email }]);
    expect((await byEmailAndName(db, 'bo@example.org', 'Bo')).rows).toEqual([{ id: bo.id, email: bo.email }]);
    expect((await byEmailAndName(db, 'bo@example.org', 'Ana')).rows).toEqual([]);
    const inTrx = await inTransaction(db, (trx) => byEmailAndName(trx, 'ana@example.org', 'Ana'));
    expect(inTrx.rows).toEqual([{ id: ana.id, email: ana.email }]);
  });

  it('refuses a query with a value that is not one of its arguments', async () => {
    const { db } = store();
    const fixed = precompiled((db, email: string) => db.selectFrom('users').select('id').where('email', '=', email).where('display_name', '=', 'Ana'));
    await expect(fixed(db, 'ana@example.org')).rejects.toThrow(/takes every value from its arguments/);
    const raw = precompiled((db, email: string) => db.selectFrom('users').select('id').where('email', '=', email).where(sql<boolean>`1 = 1`));
    expect((await raw(db, 'nobody@example.org')).rows).toEqual([]);
  });

  it('inserts many rows in whole blocks and the rest one by one, every column kept', async () => {
    const { db } = store();
    const insert = precompiledInsertMany('login_failures', ['email', 'at', 'address'], 3);
    for (const n of [0, 2, 3, 7]) {
      const rows = Array.from({ length: n }, (_, i) => ({ email: `many-${n}@example.org`, at: `2026-01-01T00:00:${String(i).padStart(2, '0')}.000Z`, address: `10.0.0.${i}` }));
      await inTransaction(db, (trx) => insert(trx, rows));
      const stored = await db.selectFrom('login_failures').select(['email', 'at', 'address']).where('email', '=', `many-${n}@example.org`).orderBy('at').execute();
      expect(stored).toEqual(rows);
    }
  });
});
