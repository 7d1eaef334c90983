// Passwords are hashed with scrypt (node:crypto): memory-hard, no native addon.
// Stored as "scrypt$N$r$p$salt$hash": each hash records its own cost, so a hash
// made at an older, lower cost still verifies, and is replaced by one at the
// current cost on the lifter's next successful log-in (see needsRehash).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptCost {
  /** CPU and memory cost, a power of two. */
  N: number;
  /** Block size. */
  r: number;
  /** Parallelism. */
  p: number;
}

/**
 * OWASP's floor for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1.
 * Takes 128 MiB and about a third of a second per hash on a small server.
 */
export const PASSWORD_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };

const KEY_LENGTH = 64;
/** The largest N a stored hash may ask for: a corrupt row must not take gigabytes. */
const MAX_N = 2 ** 20;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 * N * r bytes (128 MiB at the current cost); Node's default
  // ceiling is 32 MiB, so it is raised with room to spare.
  const maxmem = Math.max(256 * 1024 * 1024, 2 * 128 * cost.N * cost.r * cost.p);
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N: cost.N, r: cost.r, p: cost.p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** The cost a stored hash was made with, or null when it is not one of ours. */
export function hashCost(stored: string): ScryptCost | null {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const whole = (x: number) => Number.isSafeInteger(x) && x >= 1;
  if (!whole(cost.N) || !whole(cost.r) || !whole(cost.p) || cost.N > MAX_N || (cost.N & (cost.N - 1)) !== 0 || cost.r * cost.p > 64) return null;
  return cost;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const cost = hashCost(stored);
  const [, , , , salt, hash] = stored.split('$');
  if (!cost || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), cost);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** True when a stored hash is weaker than `cost` in any parameter: hash the password again once it is known. */
export function needsRehash(stored: string, cost: ScryptCost = PASSWORD_COST): boolean {
  const had = hashCost(stored);
  return !had || had.N < cost.N || had.r < cost.r || had.p < cost.p;
}

/**
 * A hash no password matches, at `cost`: checked for an email with no account,
 * so that answer takes as long as a wrong password for a real one.
 */
export function unmatchableHash(cost: ScryptCost = PASSWORD_COST): string {
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$AAAAAAAAAAAAAAAAAAAAAA$AAAA`;
}
