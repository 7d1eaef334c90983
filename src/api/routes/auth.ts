// Accounts: register, log in and out, change password, personal API tokens.
import { z } from 'zod';
import { inTransaction, loginFailures, tokens, users, type Db } from '../../store/index.js';
import type { App } from '../app.js';
import { clearSessionCookie, requireUser, SESSION_DAYS, setSessionCookie } from '../auth.js';
import { ApiError } from '../errors.js';
import { hashPassword, needsRehash, unmatchableHash, verifyPassword } from '../../services/passwords.js';
import { addressKey, admitSignIn, signInSucceeded, type Refusal } from '../../services/sign-in-throttle.js';
import { errors, noBody } from '../../contract/common.js';
import { loginBodySchema, meSchema, newTokenSchema, passwordChangeSchema, registerBodySchema, tokenBodySchema, tokenSchema, userSchema } from '../../contract/account.js';
import type { RouteDeps } from './deps.js';

// Wrong passwords slow the next tries from the same address a lot, and from
// other addresses a little (at most 30 s): no one can lock an owner out. The
// rules are in services/sign-in-throttle; the counts are in the database so
// every server process sees them.
const seconds = (n: number) => `${n} second${n === 1 ? '' : 's'}`;
const REFUSALS: Record<Refusal['reason'], (wait: number) => string> = {
  address: (n) => `Too many wrong passwords for this account from your address; wait ${seconds(n)} and try again.`,
  account: (n) => `This account has had many wrong passwords lately, so each new try waits a little; wait ${seconds(n)} and try again.`,
};

/** How long a personal API token lives. */
export const API_TOKEN_DAYS = 365;

export function registerAuthRoutes(app: App, deps: RouteDeps): void {
  const { db, now, passwordCost } = deps;
  // Called inside the transaction that makes or proves the account.
  // Returns the session's token; the caller sets the cookie once the transaction
  // has committed (a transaction run again after a deadlock would set two).
  const startSession = async (trx: Db, userId: string): Promise<string> => {
    const expiresAt = new Date(now().getTime() + SESSION_DAYS * 24 * 3600 * 1000);
    return (await tokens.createToken(trx, { userId, kind: 'session', expiresAt }, now())).token;
  };

  const perAddress = { rateLimit: { max: deps.signInsPerMinute, timeWindow: 60_000 } };

  app.post('/api/v1/auth/register', {
    config: perAddress,
    schema: {
      tags: ['accounts'],
      summary: 'Create an account and log in',
      body: registerBodySchema,
      response: { 201: z.object({ user: userSchema }), ...errors(400, 409, 429) },
    },
  }, async (req, reply) => {
    const passwordHash = await hashPassword(req.body.password, passwordCost);
    const displayName = req.body.displayName ?? req.body.email.split('@')[0]!;
    const { user, token } = await inTransaction(db, async (trx) => {
      const created = await users.createUser(trx, { email: req.body.email, passwordHash, displayName }, now());
      // Where the account was made is where its owner is.
      await loginFailures.rememberAddress(trx, created.email, addressKey(req.ip), now());
      return { user: created, token: await startSession(trx, created.id) };
    });
    setSessionCookie(reply, token, deps.secureCookies);
    return reply.status(201).send({ user });
  });

  app.post('/api/v1/auth/login', {
    config: perAddress,
    schema: {
      tags: ['accounts'],
      summary: 'Log in: sets an httpOnly session cookie',
      body: loginBodySchema,
      response: { 200: z.object({ user: userSchema }), ...errors(400, 401, 429) },
    },
  }, async (req, reply) => {
    const at = now();
    const refused = await admitSignIn(db, req.body.email, req.ip, at);
    if (refused) {
      reply.header('retry-after', String(refused.waitSeconds));
      throw new ApiError('too_many_requests', REFUSALS[refused.reason](refused.waitSeconds));
    }
    // admitSignIn has counted this attempt as a wrong password until it proves right.
    const found = await users.findUserByEmail(db, req.body.email);
    // Check a hash even for unknown emails so timing does not reveal which exist.
    const ok = await verifyPassword(req.body.password, found?.passwordHash ?? unmatchableHash(passwordCost));
    if (!found || !ok) throw new ApiError('unauthorized', 'That email and password do not match an account.');
    // A hash made at an older, lower cost is made again now that the password is known.
    const stronger = needsRehash(found.passwordHash, passwordCost) ? await hashPassword(req.body.password, passwordCost) : null;
    const token = await inTransaction(db, async (trx) => {
      await signInSucceeded(trx, req.body.email, req.ip, at);
      if (stronger) await users.upgradePasswordHash(trx, found.id, found.passwordHash, stronger);
      return startSession(trx, found.id);
    });
    setSessionCookie(reply, token, deps.secureCookies);
    const { passwordHash: _, ...user } = found;
    return { user };
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['accounts'], summary: 'Log out this session', body: noBody, response: { 204: z.null(), ...errors(400) } },
  }, async (req, reply) => {
    if (req.user && req.tokenHash) await tokens.revokeToken(db, req.user.id, req.tokenHash);
    clearSessionCookie(reply, deps.secureCookies);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/me', {
    schema: { tags: ['accounts'], summary: 'The logged-in user, and the revision of their training data', response: { 200: meSchema, ...errors(401) } },
  }, async (req) => ({ user: requireUser(req), revision: req.revision }));

  app.post('/api/v1/auth/password', {
    schema: {
      tags: ['accounts'],
      summary: 'Change the password; logs out every other session and revokes every personal API token (make new ones after)',
      body: passwordChangeSchema,
      response: { 204: z.null(), ...errors(400, 401) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const found = await users.findUserByEmail(db, user.email);
    if (!found || !(await verifyPassword(req.body.currentPassword, found.passwordHash))) {
      throw new ApiError('bad_request', 'The current password is not right.', [{ field: 'currentPassword', message: 'does not match' }]);
    }
    const passwordHash = await hashPassword(req.body.newPassword, passwordCost);
    await inTransaction(db, async (trx) => {
      await users.setPassword(trx, user.id, passwordHash);
      await tokens.revokeAllSessions(trx, user.id, req.tokenHash ?? undefined);
      // A token made under the old password must not outlive it (the password may have leaked
      // with it), the one making this change included; only the session that asks stays.
      await tokens.revokeAllApiTokens(trx, user.id);
    });
    return reply.status(204).send(null);
  });

  app.post('/api/v1/auth/logout-everywhere', {
    schema: {
      tags: ['accounts'],
      summary: 'Log out every other session and revoke every other personal API token: for a lost phone, or a token that may have leaked. This session stays',
      body: noBody,
      response: { 200: z.object({ sessionsEnded: z.number(), tokensRevoked: z.number() }), ...errors(400, 401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const except = req.tokenHash ?? undefined;
    return inTransaction(db, async (trx) => ({
      sessionsEnded: await tokens.revokeAllSessions(trx, user.id, except),
      tokensRevoked: await tokens.revokeAllApiTokens(trx, user.id, except),
    }));
  });

  app.post('/api/v1/tokens', {
    schema: {
      tags: ['accounts'],
      summary: 'Create a personal API token (shown once) for the CLI or an integration',
      body: tokenBodySchema,
      response: { 201: newTokenSchema, ...errors(400, 401) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    // A year, then a new one: a token forgotten in an old script stops working by itself.
    const expiresAt = new Date(now().getTime() + API_TOKEN_DAYS * 24 * 3600 * 1000);
    const { token, record } = await tokens.createToken(db, { userId: user.id, kind: 'api', name: req.body.name, expiresAt }, now());
    return reply.status(201).send({ token, id: record.tokenHash, name: record.name ?? req.body.name });
  });

  app.get('/api/v1/tokens', {
    schema: { tags: ['accounts'], summary: 'Your personal API tokens (never the secret)', response: { 200: z.object({ tokens: z.array(tokenSchema) }), ...errors(401) } },
  }, async (req) => {
    const user = requireUser(req);
    const list = await tokens.listApiTokens(db, user.id);
    return { tokens: list.map((t) => ({ id: t.tokenHash, name: t.name ?? '', createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, expiresAt: t.expiresAt })) };
  });

  app.delete('/api/v1/tokens/:id', {
    schema: { tags: ['accounts'], summary: 'Revoke a personal API token', params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a token id') }), response: { 204: z.null(), ...errors(401, 404) } },
  }, async (req, reply) => {
    const user = requireUser(req);
    if (!(await tokens.revokeApiToken(db, user.id, req.params.id))) throw new ApiError('not_found', 'token not found');
    return reply.status(204).send(null);
  });
}
