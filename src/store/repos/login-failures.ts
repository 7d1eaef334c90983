// Failed sign-ins, kept in the database (not in memory) so the limit holds
// across every server process behind a load balancer.
import { normalizeEmail } from './users.js';
import type { Db } from '../tx.js';

export async function recordLoginFailure(db: Db, email: string, at: Date = new Date()): Promise<void> {
  await db.insertInto('login_failures').values({ email: normalizeEmail(email), at: at.toISOString() }).execute();
}

/** Failures for this email at or after `since`. */
export async function countLoginFailuresSince(db: Db, email: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('email', '=', normalizeEmail(email))
    .where('at', '>=', since.toISOString())
    .executeTakeFirstOrThrow();
  // PostgreSQL returns count(*) as a bigint string.
  return Number(row.n);
}

/** Forgets an email's failures after a successful sign-in. */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', normalizeEmail(email)).execute();
}

/** Drops failures older than `before`; they no longer count toward any limit. */
export async function pruneLoginFailures(db: Db, before: Date): Promise<number> {
  const res = await db.deleteFrom('login_failures').where('at', '<', before.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
