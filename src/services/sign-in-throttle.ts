// Slows password guessing without letting a stranger lock an owner out.
//
// Two brakes, both kept in the database so every server process sees them:
// - Per account and address: after 5 wrong passwords from one address, that
//   address waits 1 s before its next attempt for the account is checked, then
//   2 s, 4 s, … up to 15 minutes. Only that address is held back.
// - Per account, across addresses: after 5 wrong passwords from anywhere in 15
//   minutes, an address must wait a short while (1 s, 2 s, … at most 30 s) from
//   its own first try before its attempt is checked. A guesser with many
//   addresses is slowed; an owner on a new address waits at most 30 s and is
//   then let in by the right password, however many guesses come from elsewhere.
//   An address the account signed in from before (in the last 90 days) is not
//   held back by this brake at all.
// A wrong password from an address never holds back any other address beyond
// that short account-wide wait, and the right password clears its address's own
// count. The per-address limit on attempts a minute (routes/auth) comes on top.
import { isIPv4, isIPv6 } from 'node:net';
import { loginFailures, type Db } from '../store/index.js';

/** Wrong passwords from one address before it must wait. */
export const ADDRESS_FREE_FAILURES = 5;
/** The longest one address waits, in seconds. */
export const ADDRESS_MAX_WAIT_SECONDS = 15 * 60;
/** Wrong passwords for an account, from anywhere in ACCOUNT_WINDOW_MS, before new addresses must wait. */
export const ACCOUNT_FREE_FAILURES = 5;
/** The longest the account-wide brake holds an address, in seconds. */
export const ACCOUNT_MAX_WAIT_SECONDS = 30;
const ACCOUNT_WINDOW_MS = 15 * 60 * 1000;
/** Failures older than this no longer count (server.ts prunes them hourly). */
export const FAILURE_LOOKBACK_MS = 60 * 60 * 1000;
/** An address stays known this long after the account last signed in from it. */
export const KNOWN_ADDRESS_MS = 90 * 24 * 3600 * 1000;

/** Seconds an address waits after `failures` wrong passwords from it for one account. */
export function addressWaitSeconds(failures: number): number {
  if (failures < ADDRESS_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - ADDRESS_FREE_FAILURES), ADDRESS_MAX_WAIT_SECONDS);
}

/** Seconds a new address waits while an account has had `failures` wrong passwords lately. */
export function accountWaitSeconds(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - ACCOUNT_FREE_FAILURES), ACCOUNT_MAX_WAIT_SECONDS);
}

/**
 * The key an address is counted under: an IPv4 address as it is (an
 * IPv4-mapped IPv6 one as its IPv4), an IPv6 address by its /64, which one
 * household or phone is usually given whole.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  return `${ipv6Groups(ip).slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" spelt out (an IPv4 tail stays one item but counts as two). */
function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.split('%')[0]!.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  if (tail === undefined) return left;
  const right = tail === '' ? [] : tail.split(':');
  const width = right.length + (right.at(-1)?.includes('.') ? 1 : 0);
  return [...left, ...Array<string>(Math.max(0, 8 - left.length - width)).fill('0'), ...right];
}

export interface Refusal {
  /** 'address': this address's own wrong passwords; 'account': the account's, from everywhere. */
  reason: 'address' | 'account';
  waitSeconds: number;
}

function secondsUntil(readyAt: number, now: Date): number {
  return Math.max(1, Math.ceil((readyAt - now.getTime()) / 1000));
}

/**
 * Whether an attempt for `email` from `address` may have its password checked
 * now. When it may, the attempt is already recorded as a wrong password (it
 * counts as one until signInSucceeded), so of many parallel attempts only as
 * many are checked as the backoff allows.
 */
export async function admitSignIn(db: Db, email: string, ip: string, now: Date): Promise<Refusal | null> {
  const address = addressKey(ip);
  const lookback = new Date(now.getTime() - FAILURE_LOOKBACK_MS);
  const mine = await loginFailures.addressFailuresSince(db, email, address, lookback);
  const own = addressWaitSeconds(mine.count);
  if (own > 0 && mine.latest[0] && mine.latest[0].getTime() + own * 1000 > now.getTime()) {
    return { reason: 'address', waitSeconds: secondsUntil(mine.latest[0].getTime() + own * 1000, now) };
  }

  if (!(await loginFailures.isKnownAddress(db, email, address, new Date(now.getTime() - KNOWN_ADDRESS_MS)))) {
    const recent = await loginFailures.countLoginFailuresSince(db, email, new Date(now.getTime() - ACCOUNT_WINDOW_MS));
    const wait = accountWaitSeconds(recent);
    if (wait > 0) {
      // The wait runs from this address's own first try, so others' guesses cannot keep restarting it.
      const since = await loginFailures.waitingSince(db, email, address);
      if (since === null) {
        await loginFailures.startWaiting(db, email, address, now);
        return { reason: 'account', waitSeconds: wait };
      }
      const readyAt = since.getTime() + wait * 1000;
      if (readyAt > now.getTime()) return { reason: 'account', waitSeconds: secondsUntil(readyAt, now) };
      // One attempt per wait: a parallel request that lost the race starts over.
      if (!(await loginFailures.endWait(db, email, address, new Date(now.getTime() - wait * 1000)))) return { reason: 'account', waitSeconds: wait };
    }
  }

  await loginFailures.recordLoginFailure(db, email, now, address);
  // Counted again with this attempt in: the rule must still allow it given the failures before it.
  const after = await loginFailures.addressFailuresSince(db, email, address, lookback);
  const before = addressWaitSeconds(after.count - 1);
  const previous = after.latest[1];
  if (before > 0 && previous && previous.getTime() + before * 1000 > now.getTime()) {
    return { reason: 'address', waitSeconds: secondsUntil(previous.getTime() + before * 1000, now) };
  }
  return null;
}

/** The right password: forget this address's failures for the account and remember the address as the owner's. */
export async function signInSucceeded(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const address = addressKey(ip);
  await loginFailures.clearLoginFailures(db, email, address);
  await loginFailures.endWait(db, email, address, now);
  await loginFailures.rememberAddress(db, email, address, now);
}

/** Old failures, waits and addresses no longer count: drops them (server.ts, hourly). */
export async function pruneSignInThrottle(db: Db, now: Date): Promise<void> {
  await loginFailures.pruneLoginFailures(db, new Date(now.getTime() - FAILURE_LOOKBACK_MS));
  await loginFailures.pruneKnownAddresses(db, new Date(now.getTime() - KNOWN_ADDRESS_MS));
}
