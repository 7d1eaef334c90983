// Failed sign-ins, the addresses each account has signed in from, and the short
// waits an address is given while an account is under attack: kept in the
// database (not in memory) so the limits hold across every server process
// behind a load balancer. The rules themselves are in services/sign-in-throttle.
import { normalizeEmail } from './users.js';
import type { Db } from '../tx.js';

export async function recordLoginFailure(db: Db, email: string, at: Date = new Date(), address = ''): Promise<void> {
  await db.insertInto('login_failures').values({ email: normalizeEmail(email), at: at.toISOString(), address }).execute();
}

/** Failures for this email, from every address, at or after `since`. */
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

/**
 * Failures for this email from one address at or after `since`: how many, and
 * the times of the latest two (newest first), which is all a backoff needs.
 */
export async function addressFailuresSince(db: Db, email: string, address: string, since: Date): Promise<{ count: number; latest: Date[] }> {
  const where = db
    .selectFrom('login_failures')
    .where('email', '=', normalizeEmail(email))
    .where('address', '=', address)
    .where('at', '>=', since.toISOString());
  const [row, latest] = await Promise.all([
    where.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    where.select('at').orderBy('at', 'desc').limit(2).execute(),
  ]);
  return { count: Number(row.n), latest: latest.map((r) => new Date(r.at)) };
}

/** Forgets the failures from one address after the account signs in from it; other addresses' failures stay. */
export async function clearLoginFailures(db: Db, email: string, address = ''): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', normalizeEmail(email)).where('address', '=', address).execute();
}

/** Remembers that the account signed in from this address (now). */
export async function rememberAddress(db: Db, email: string, address: string, at: Date): Promise<void> {
  await db
    .insertInto('sign_in_known_addresses')
    .values({ email: normalizeEmail(email), address, signed_in_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['email', 'address']).doUpdateSet({ signed_in_at: at.toISOString() }))
    .execute();
}

/** True when the account has signed in from this address at or after `since`. */
export async function isKnownAddress(db: Db, email: string, address: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('sign_in_known_addresses')
    .select('email')
    .where('email', '=', normalizeEmail(email))
    .where('address', '=', address)
    .where('signed_in_at', '>=', since.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** When this address was first told to wait for this account, if it was and has not been let through since. */
export async function waitingSince(db: Db, email: string, address: string): Promise<Date | null> {
  const row = await db.selectFrom('sign_in_waits').select('since').where('email', '=', normalizeEmail(email)).where('address', '=', address).executeTakeFirst();
  return row ? new Date(row.since) : null;
}

/** Starts this address's wait for this account at `at`, unless one has started already. */
export async function startWaiting(db: Db, email: string, address: string, at: Date): Promise<void> {
  await db
    .insertInto('sign_in_waits')
    .values({ email: normalizeEmail(email), address, since: at.toISOString() })
    .onConflict((oc) => oc.columns(['email', 'address']).doNothing())
    .execute();
}

/**
 * Ends a wait that started at or before `startedBy`, so it lets exactly one
 * attempt through: of two requests racing for it, only one gets true.
 */
export async function endWait(db: Db, email: string, address: string, startedBy: Date): Promise<boolean> {
  const res = await db
    .deleteFrom('sign_in_waits')
    .where('email', '=', normalizeEmail(email))
    .where('address', '=', address)
    .where('since', '<=', startedBy.toISOString())
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

/** Drops failures and waits older than `before`; they no longer count toward any limit. */
export async function pruneLoginFailures(db: Db, before: Date): Promise<number> {
  const [failures] = await Promise.all([
    db.deleteFrom('login_failures').where('at', '<', before.toISOString()).executeTakeFirst(),
    db.deleteFrom('sign_in_waits').where('since', '<', before.toISOString()).executeTakeFirst(),
  ]);
  return Number(failures.numDeletedRows);
}

/** Forgets addresses an account has not signed in from since `before`. */
export async function pruneKnownAddresses(db: Db, before: Date): Promise<number> {
  const res = await db.deleteFrom('sign_in_known_addresses').where('signed_in_at', '<', before.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
