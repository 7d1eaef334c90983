import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/api/auth.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

for (const backend of backends) {
  describe(`accounts on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('registers, sets an httpOnly SameSite=Lax session cookie, and knows who you are', async () => {
      const { app } = ctx();
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'Ana@Example.org', password: 'long enough pw' } });
      expect(res.statusCode).toBe(201);
      const c = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
      expect(c.httpOnly).toBe(true);
      expect(c.sameSite).toBe('Lax');
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { [SESSION_COOKIE]: c.value } });
      expect(me.json().user.email).toBe('ana@example.org');
    });

    it('refuses a second account with the same email (any case) with 409', async () => {
      const { app } = ctx();
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'ANA@example.org', password: 'long enough pw' } });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('conflict');
    });

    it('names every bad field and refuses unknown ones', async () => {
      const { app } = ctx();
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'nope', password: 'short', admin: true } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([
        { field: 'email', message: 'must be an email address' },
        { field: 'password', message: 'must be at least 8 characters' },
        { field: 'admin', message: 'is not a field this endpoint takes' },
      ]);
    });

    it('refuses fields on the endpoints that take no body, and takes no body or {}', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'nobody');
      const extra = await u.request('POST', '/api/v1/plan/generate', { foo: 1 });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().error.fields).toEqual([{ field: 'foo', message: 'is not a field this endpoint takes' }]);
      expect((await u.request('POST', '/api/v1/coach/invites', { coach: 'me' })).statusCode).toBe(400);
      expect((await u.request('POST', '/api/v1/coach/invites', {})).statusCode).toBe(201);
      expect((await u.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    });

    it('takes "Content-Type: application/json" with an empty body as no body, as many clients send it on every request', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'everyheader');
      const json = { 'content-type': 'application/json' };
      expect((await u.request('POST', '/api/v1/coach/invites', undefined, json)).statusCode).toBe(201);
      // A delete reaches its handler: the id is not found, rather than the body refused.
      const del = await u.request('DELETE', `/api/v1/combos/${randomUUID()}`, undefined, json);
      expect(del.statusCode).toBe(404);
      // An endpoint that needs a body says so in our words.
      const none = await u.request('POST', '/api/v1/combos', undefined, json);
      expect(none.statusCode).toBe(400);
      expect(none.json().error.fields).toEqual([{ field: '(body)', message: 'must be a JSON object of the fields this endpoint takes' }]);
      expect((await u.request('POST', '/api/v1/combos', '[1, 2]', json)).json().error.fields).toEqual([{ field: '(body)', message: 'must be a JSON object of the fields this endpoint takes' }]);
      expect((await u.request('POST', '/api/v1/combos', '{"unit": ', json)).json().error.message).toBe('The request body is not valid JSON.');
      expect((await u.request('POST', '/api/v1/auth/logout', undefined, json)).statusCode).toBe(204);
    });

    it('answers 401 without a session', async () => {
      const res = await ctx().app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    });

    it('logs in and out; the old cookie stops working', async () => {
      const { app } = ctx();
      const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ana@example.org', password: 'long enough pw' } });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((x) => x.name === SESSION_COOKIE)!.value;
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { [SESSION_COOKIE]: cookie } })).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { [SESSION_COOKIE]: cookie } })).statusCode).toBe(401);
    });

    it('checks at most five guesses when twenty wrong passwords arrive at once', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'burst');
      const burst = await Promise.all(
        Array.from({ length: 20 }, () => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'wrong password' } })),
      );
      const codes = burst.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
      // Every one of the twenty counts against this address: it must now wait before another is checked.
      const right = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery' } });
      expect(right.statusCode).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('forgets earlier wrong passwords once the right one comes', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'typo');
      for (let i = 0; i < 4; i++) {
        expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'wrong password' } })).statusCode).toBe(401);
      }
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery' } })).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) {
        expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'wrong password' } })).statusCode).toBe(401);
      }
      expect((await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery' } })).statusCode).toBe(200);
    });

    it('changes the password, logging out other sessions but not this one', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'pw');
      const other = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery' } });
      const otherCookie = other.cookies.find((x) => x.name === SESSION_COOKIE)!.value;
      const wrong = await u.request('POST', '/api/v1/auth/password', { currentPassword: 'nope nope', newPassword: 'a new password' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields[0].field).toBe('currentPassword');
      expect((await u.request('POST', '/api/v1/auth/password', { currentPassword: 'correct horse battery', newPassword: 'a new password' })).statusCode).toBe(204);
      expect((await u.request('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { [SESSION_COOKIE]: otherCookie } })).statusCode).toBe(401);
      const relog = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'a new password' } });
      expect(relog.statusCode).toBe(200);
    });

    it('revokes every personal token with a password change, and tokens live a year', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'pw-token');
      const made = (await u.request('POST', '/api/v1/tokens', { name: 'old script' })).json();
      const bearer = { authorization: `Bearer ${made.token}` };
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(200);
      const [listed] = (await u.request('GET', '/api/v1/tokens')).json().tokens;
      const days = (Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)) / (24 * 3600 * 1000);
      expect(Math.round(days)).toBe(365);
      expect((await u.request('POST', '/api/v1/auth/password', { currentPassword: 'correct horse battery', newPassword: 'a new password' })).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer })).statusCode).toBe(401);
      expect((await u.request('GET', '/api/v1/tokens')).json().tokens).toEqual([]);
      // Changed with a token: that token goes too (it was made under the old password).
      const script = (await u.request('POST', '/api/v1/tokens', { name: 'script' })).json().token as string;
      const withToken = { authorization: `Bearer ${script}` };
      const changed = await app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: withToken, payload: { currentPassword: 'a new password', newPassword: 'a third password' } });
      expect(changed.statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: withToken })).statusCode).toBe(401);
    });

    it('signs out everywhere else: other sessions and tokens end, this session stays and so does a token that asks', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'lost-phone');
      const phone = (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.email, password: 'correct horse battery' } })).cookies.find((x) => x.name === SESSION_COOKIE)!.value;
      const script = (await u.request('POST', '/api/v1/tokens', { name: 'script' })).json().token as string;
      const cli = (await u.request('POST', '/api/v1/tokens', { name: 'cli' })).json().token as string;
      const asPhone = { cookies: { [SESSION_COOKIE]: phone } };
      const bearer = (t: string) => ({ headers: { authorization: `Bearer ${t}` } });
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...asPhone })).statusCode).toBe(200);

      const out = await u.request('POST', '/api/v1/auth/logout-everywhere');
      expect(out.statusCode).toBe(200);
      expect(out.json()).toEqual({ sessionsEnded: 1, tokensRevoked: 2 });
      expect((await u.request('GET', '/api/v1/me')).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...asPhone })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer(script) })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer(cli) })).statusCode).toBe(401);

      // From a token: that token keeps working, the browser session ends.
      const kept = (await u.request('POST', '/api/v1/tokens', { name: 'kept' })).json().token as string;
      const fromToken = await app.inject({ method: 'POST', url: '/api/v1/auth/logout-everywhere', ...bearer(kept) });
      expect(fromToken.json()).toEqual({ sessionsEnded: 1, tokensRevoked: 0 });
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', ...bearer(kept) })).statusCode).toBe(200);
      expect((await u.request('GET', '/api/v1/me')).statusCode).toBe(401);
    });

    it('issues personal API tokens that work as Bearer and can be revoked', async () => {
      const { app } = ctx();
      const u = await newClient(app, 'token');
      const made = await u.request('POST', '/api/v1/tokens', { name: 'my CLI' });
      expect(made.statusCode).toBe(201);
      const { token, id } = made.json();
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect(me.json().user.id).toBe(u.userId);
      const list = await u.request('GET', '/api/v1/tokens');
      expect(list.json().tokens.map((t: { name: string }) => t.name)).toEqual(['my CLI']);
      expect(JSON.stringify(list.json())).not.toContain(token);
      expect((await u.request('DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
      expect((await app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    });

    it("cannot revoke another user's token (404)", async () => {
      const { app } = ctx();
      const a = await newClient(app, 'a');
      const b = await newClient(app, 'b');
      const { id } = (await a.request('POST', '/api/v1/tokens', { name: 'a' })).json();
      expect((await b.request('DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(404);
    });

    it('serves the OpenAPI 3.1 document and a readable docs page', async () => {
      const { app } = ctx();
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.paths['/api/v1/auth/register'].post.requestBody).toBeDefined();
      const page = await app.inject({ method: 'GET', url: '/api/docs' });
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('/api/v1/auth/login');
    });

    it('reports health with the backend in use', async () => {
      const res = await ctx().app.inject({ method: 'GET', url: '/healthz' });
      expect(res.json()).toEqual({ ok: true, database: backend.name });
    });

    it('answers unknown endpoints and malformed JSON in the one error shape', async () => {
      const { app } = ctx();
      const nf = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
      expect(nf.statusCode).toBe(404);
      expect(nf.json().error.code).toBe('not_found');
      const bad = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{"email":', headers: { 'content-type': 'application/json' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('bad_request');
    });
  });
}

describe('sign-in attempts per address', () => {
  const ctx = useApp(backends[0]!, { signInsPerMinute: 3 });

  it('answers 429 in the one error shape once an address passes the limit, whichever accounts it tries', async () => {
    const { app } = ctx();
    const attempt = (i: number) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `sprayed-${i}@example.org`, password: 'wrong password' } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(i)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt(9);
    expect(limited.json().error).toMatchObject({ code: 'too_many_requests', message: expect.stringMatching(/from your address/) });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held back.
    const other = await app.inject({ method: 'POST', url: '/api/v1/auth/register', remoteAddress: '10.0.0.9', payload: { email: 'elsewhere@example.org', password: 'long enough pass' } });
    expect(other.statusCode).toBe(201);
  });
});

describe('sign-in attempts behind a trusted proxy', () => {
  const ctx = useApp(backends[0]!, { config: { trustProxy: true }, signInsPerMinute: 1 });

  it('counts each lifter by the address the proxy forwards, not the proxy’s own', async () => {
    const { app } = ctx();
    const login = (from: string) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'x-forwarded-for': from }, payload: { email: 'who@example.org', password: 'wrong password' } });
    expect((await login('203.0.113.1')).statusCode).toBe(401);
    expect((await login('203.0.113.2')).statusCode).toBe(401);
    expect((await login('203.0.113.1')).statusCode).toBe(429);
  });
});

describe('the session cookie behind https', () => {
  const ctx = useApp(backends[0]!, { config: { secureCookies: true } });

  it('is Secure, lasts the session’s 30 days, and log-out expires it', async () => {
    const { app } = ctx();
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: 'https@example.org', password: 'long enough pw' } });
    const c = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
    expect(c).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 30 * 24 * 3600 });
    // A cookie header with other cookies around ours still signs in.
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `theme=dark; ${SESSION_COOKIE}=${c.value}; other=1` } });
    expect(me.statusCode).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { [SESSION_COOKIE]: c.value } });
    const cleared = out.cookies.find((x) => x.name === SESSION_COOKIE)!;
    expect(cleared).toMatchObject({ value: '', secure: true, httpOnly: true, path: '/', maxAge: 0 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { [SESSION_COOKIE]: c.value } })).statusCode).toBe(401);
  });
});
