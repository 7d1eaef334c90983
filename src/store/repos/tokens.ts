// Session and API tokens. The caller receives the token once; we keep its
// SHA-256 hash, so a leaked database cannot be used to sign in.
import { precompiled } from '../precompiled.js';
import { hashSecret, newSecret } from '../secrets.js';
import type { AuthTokensTable, TokenKind } from '../schema.js';
import type { Db } from '../tx.js';
import { toUser, type User } from './users.js';

export interface AuthToken {
  tokenHash: string;
  userId: string;
  kind: TokenKind;
  name: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

// Writing last_used_at on every request would make each read a write; once a minute is enough.
export const TOUCH_EVERY_MS = 60_000;

function toToken(row: AuthTokensTable): AuthToken {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

/** Makes a token; `token` is shown to the caller once and never stored. */
export async function createToken(
  db: Db,
  input: { userId: string; kind: TokenKind; name?: string; expiresAt?: Date },
  now: Date = new Date(),
): Promise<{ token: string; record: AuthToken }> {
  const token = newSecret();
  const row: AuthTokensTable = {
    token_hash: hashSecret(token),
    user_id: input.userId,
    kind: input.kind,
    name: input.name ?? null,
    created_at: now.toISOString(),
    expires_at: input.expiresAt?.toISOString() ?? null,
    last_used_at: null,
  };
  await db.insertInto('auth_tokens').values(row).execute();
  return { token, record: toToken(row) };
}

// Asked on every request, so built once (precompiled.ts).
const validTokenQuery = precompiled((db: Db, tokenHash: string, at: string) =>
  db
    .selectFrom('auth_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select(['u.id', 'u.email', 'u.display_name', 'u.created_at as user_created_at', 'u.revision'])
    .where('t.token_hash', '=', tokenHash)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', at)])),
);

/** The unexpired token with this hash and its user, or undefined. */
export async function findValidToken(db: Db, tokenHash: string, now: Date): Promise<(AuthToken & { user: User; revision: number }) | undefined> {
  const at = now.toISOString();
  const row = (await validTokenQuery(db, tokenHash, at)).rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || Date.parse(row.last_used_at) + TOUCH_EVERY_MS <= now.getTime()) {
    await db.updateTable('auth_tokens').set({ last_used_at: at }).where('token_hash', '=', tokenHash).execute();
    row.last_used_at = at;
  }
  const user = toUser({ id: row.id, email: row.email, display_name: row.display_name, created_at: row.user_created_at });
  return { ...toToken(row), user, revision: Number(row.revision) };
}

/** Revokes one of the user's tokens; false when they hold no such token. */
export async function revokeToken(db: Db, userId: string, tokenHash: string): Promise<boolean> {
  const res = await db.deleteFrom('auth_tokens').where('token_hash', '=', tokenHash).where('user_id', '=', userId).executeTakeFirst();
  return res.numDeletedRows > 0n;
}

/** Signs the user out everywhere (after a password change), keeping API tokens and optionally one session. */
export async function revokeAllSessions(db: Db, userId: string, exceptHash?: string): Promise<number> {
  let q = db.deleteFrom('auth_tokens').where('user_id', '=', userId).where('kind', '=', 'session');
  if (exceptHash) q = q.where('token_hash', '!=', exceptHash);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Revokes every personal API token of the user's (after a password change), but `exceptHash` when given. */
export async function revokeAllApiTokens(db: Db, userId: string, exceptHash?: string): Promise<number> {
  let q = db.deleteFrom('auth_tokens').where('user_id', '=', userId).where('kind', '=', 'api');
  if (exceptHash) q = q.where('token_hash', '!=', exceptHash);
  const res = await q.executeTakeFirst();
  return Number(res.numDeletedRows);
}

export async function listApiTokens(db: Db, userId: string): Promise<AuthToken[]> {
  const rows = await db
    .selectFrom('auth_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('kind', '=', 'api')
    .orderBy('created_at', 'desc')
    .orderBy('token_hash')
    .execute();
  return rows.map(toToken);
}

/** Revokes an API token (not a session) of the user's; false when none matched. */
export async function revokeApiToken(db: Db, userId: string, tokenHash: string): Promise<boolean> {
  const res = await db
    .deleteFrom('auth_tokens')
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .where('kind', '=', 'api')
    .executeTakeFirst();
  return res.numDeletedRows > 0n;
}

/** Removes expired tokens; run now and then. */
export async function deleteExpiredTokens(db: Db, now: Date): Promise<number> {
  const res = await db.deleteFrom('auth_tokens').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
