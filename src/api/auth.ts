// Who is asking: a session cookie (the web app) or a personal API token sent as
// "Authorization: Bearer …" (the CLI, integrations). Only token hashes are stored.
import { parseCookie, stringifySetCookie } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecret, tokens, type Store } from '../store/index.js';
import type { User } from '../store/repos/users.js';
import { ApiError } from './errors.js';
import type { FoundToken, IdentityCache } from './identity-cache.js';

export const SESSION_COOKIE = 'bladework_session';
export const SESSION_DAYS = 30;

declare module 'fastify' {
  interface FastifyRequest {
    user: User | null;
    tokenHash: string | null;
    /** The user's data revision (store migration 0004): keys cached views. */
    revision: number;
  }
}

/** The token a request presents: a bearer token wins over the session cookie. */
export function presentedToken(headers: { authorization?: string | undefined; cookie?: string | undefined }): string | null {
  const header = headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookies = headers.cookie;
  return cookies ? (parseCookie(cookies)[SESSION_COOKIE] ?? null) : null;
}

/**
 * Resolves the caller once per request; routes then call requireUser. A token
 * remembered on the embedded database resolves at once, with no promise: this
 * runs before every API request.
 */
export function identify(req: FastifyRequest, store: Store, cache: IdentityCache, now: Date): Promise<void> | undefined {
  req.user = null;
  req.tokenHash = null;
  const token = presentedToken(req.headers);
  if (!token) return undefined;
  // Only the embedded database can tell that nothing changed; on PostgreSQL
  // other processes write without our knowing, so every request asks it.
  const mark = store.kind === 'sqlite' ? store.changeMark() : null;
  const remembered = mark === null ? undefined : cache.get(token, mark, now);
  if (remembered) {
    known(req, remembered.hash, remembered.found);
    return undefined;
  }
  const hash = hashSecret(token);
  return tokens.findValidToken(store.db, hash, now).then((found) => {
    // Kept under the mark read before the lookup: had anything been written
    // since (even the lookup's own last-used stamp), the entry is stale at once.
    if (found && mark !== null) cache.set(token, hash, mark, found);
    if (found) known(req, hash, found);
  });
}

function known(req: FastifyRequest, hash: string, found: FoundToken): void {
  req.user = found.user;
  req.tokenHash = hash;
  req.revision = found.revision;
}

export function requireUser(req: FastifyRequest): User {
  if (!req.user) throw new ApiError('unauthorized', 'Log in first: send the session cookie or an "Authorization: Bearer <token>" header.');
  return req.user;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.header('set-cookie', stringifySetCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_DAYS * 24 * 3600 }));
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.header('set-cookie', stringifySetCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(0), maxAge: 0 }));
}
