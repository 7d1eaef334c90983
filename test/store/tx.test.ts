// A deadlock on PostgreSQL ends one of the two transactions; inTransaction runs
// that one again, so both writes land and the caller never sees error 40P01.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backends, useMigratedStore } from '../support/backends.js';
import { inTransaction } from '../../src/store/tx.js';

const postgres = backends.filter((b) => b.name === 'postgres');
if (postgres.length === 0) console.log('tx deadlock test: SKIPPED, it needs PostgreSQL (BLADEWORK_TEST_PG_URL)');

/** A promise and the function that resolves it. */
function signal() {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fire, fired };
}

describe.each(postgres)('inTransaction on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('runs the loser of a deadlock again: both transactions commit', async () => {
    const { db } = store();
    await sql`create table deadlock_probe (id int primary key, v int not null)`.execute(db);
    await sql`insert into deadlock_probe values (1, 0), (2, 0)`.execute(db);
    const aHolds = signal();
    const bHolds = signal();
    const runs = { a: 0, b: 0 };
    // A takes row 1 then row 2; B takes row 2 then row 1: each waits on the other.
    const crossing = (name: 'a' | 'b', first: number, second: number, mine: ReturnType<typeof signal>, theirs: ReturnType<typeof signal>) =>
      inTransaction(db, async (trx) => {
        runs[name]++;
        await sql`update deadlock_probe set v = v + 1 where id = ${first}`.execute(trx);
        mine.fire();
        await theirs.fired;
        await sql`update deadlock_probe set v = v + 1 where id = ${second}`.execute(trx);
      });
    await Promise.all([crossing('a', 1, 2, aHolds, bHolds), crossing('b', 2, 1, bHolds, aHolds)]);
    expect(runs.a + runs.b).toBe(3); // one of them ran twice
    const rows = await sql<{ id: number; v: number }>`select id, v from deadlock_probe order by id`.execute(db);
    expect(rows.rows).toEqual([{ id: 1, v: 2 }, { id: 2, v: 2 }]);
  });
});
