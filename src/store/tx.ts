// Runs a unit of work in one transaction, joining the caller's if there is one,
// so repos compose: an API handler may wrap several repo calls in its own.
import { sql, type Kysely, type Transaction } from 'kysely';
import { isUniqueViolation } from './errors.js';
import type { Schema } from './schema.js';

export type Db = Kysely<Schema>;

export async function inTransaction<T>(db: Db, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Schema>);
  return db.transaction().execute(work);
}

/**
 * Like inTransaction, but when two requests race to insert the same ids (the
 * loser hits a unique violation under PostgreSQL's READ COMMITTED) the work runs
 * once more, and then sees the winner's rows. Only retried at the outermost level.
 */
export async function inTransactionRetryingRace<T>(db: Db, work: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Schema>);
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    return db.transaction().execute(work);
  }
}

/** Resolves once the database answers a trivial query: the health check's "is it reachable". */
export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
