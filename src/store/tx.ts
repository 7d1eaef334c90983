// Runs a unit of work in one transaction, joining the caller's if there is one,
// so repos compose: an API handler may wrap several repo calls in its own.
import { sql, type Kysely, type Transaction } from 'kysely';
import { isDeadlockOrSerialization, isUniqueViolation } from './errors.js';
import type { Schema } from './schema.js';

export type Db = Kysely<Schema>;

export async function inTransaction<T>(db: Db, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Schema>);
  return retryingDeadlocks(() => db.transaction().execute(work));
}

/**
 * PostgreSQL may end one of two transactions that wait on each other (a
 * deadlock) or that a serializable check could not order; the other one
 * commits. The loser rolled back whole, so running it again is safe, and
 * usually wins at once. Bounded: a write that keeps losing is an outage (500).
 */
const DEADLOCK_RETRIES = 3;

async function retryingDeadlocks<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt > DEADLOCK_RETRIES || !isDeadlockOrSerialization(err)) throw err;
    }
  }
}

/**
 * Like inTransaction, but when two requests race to insert the same ids (the
 * loser hits a unique violation under PostgreSQL's READ COMMITTED) the work runs
 * once more, and then sees the winner's rows. Only retried at the outermost level.
 */
export async function inTransactionRetryingRace<T>(db: Db, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Schema>);
  try {
    return await retryingDeadlocks(() => db.transaction().execute(work));
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return retryingDeadlocks(() => db.transaction().execute(work));
  }
}

/** Resolves once the database answers a trivial query: the health check's "is it reachable". */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
