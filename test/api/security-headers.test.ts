// Safe defaults for a server on the internet: every answer says nosniff, no
// framing and a referrer policy; the app's pages carry a content security
// policy; a lifter's data is never cached; and a write carrying the session
// cookie from another site's page is refused, while tokens still work.
import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const sqlite = backends[0]!;

describe('safe defaults on the internet', () => {
  const ctx = useApp(sqlite);

  it('sends nosniff, no framing, a referrer policy and a CSP; no-store on private answers', async () => {
    const c = await newClient(ctx().app);
    for (const url of ['/api/v1/me', '/api/v1/export.json']) {
      const res = await c.request('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    }
    // The app itself, at /: the same headers, and a CSP fit for it (its own scripts only, no framing).
    const home = await ctx().app.inject({ method: 'GET', url: '/' });
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['referrer-policy']).toBe('same-origin');
    expect(home.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self';.*frame-ancestors 'none'/);
    const docs = await ctx().app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self'/);
    // The service worker fetches the app's files to keep them on the phone: it may connect to this origin, and nothing else.
    const worker = await ctx().app.inject({ method: 'GET', url: '/sw.js' });
    expect(worker.headers['content-security-policy']).toBe("default-src 'none'; connect-src 'self'; frame-ancestors 'none'");
    // The public catalog keeps its own cache lifetime.
    expect((await ctx().app.inject({ method: 'GET', url: '/api/v1/catalog' })).headers['cache-control']).toBe('public, max-age=3600');
  });

  it("refuses a cookie write from another site's page, takes the app's own and a token's", async () => {
    const c = await newClient(ctx().app);
    const evil = await c.request('POST', '/api/v1/auth/logout', undefined, { origin: 'https://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.message).toMatch(/another site/);
    expect((await c.request('POST', '/api/v1/coach/invites', undefined, { origin: 'null' })).statusCode).toBe(403);
    // Still logged in: the refused log-out did nothing.
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await c.request('POST', '/api/v1/tokens', { name: 'script' }, { origin: 'http://localhost:80' })).statusCode).toBe(201);
    const { token } = (await c.request('POST', '/api/v1/tokens', { name: 'cli' })).json();
    const viaToken = await ctx().app.inject({ method: 'POST', url: '/api/v1/coach/invites', headers: { authorization: `Bearer ${token}`, origin: 'https://evil.example' } });
    expect(viaToken.statusCode).toBe(201);
  });
});
