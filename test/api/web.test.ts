// The server serves the built web app: index.html at / and at any client route
// (SPA fallback), hashed assets cached for good, the service worker revalidated
// with its scope header, and a "run npm run build" page when there is no build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.js';
import { installErrorHandler } from '../../src/api/error-handler.js';
import { fileForPath, registerWebRoutes } from '../../src/api/routes/web.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const INDEX = '<!doctype html><title>bladework</title><div id="app"></div>';

async function webApp(root: string): Promise<App> {
  const app = Fastify().withTypeProvider<ZodTypeProvider>() as unknown as App;
  installErrorHandler(app);
  await registerWebRoutes(app, root);
  await app.ready();
  return app;
}

describe('serving the built web app', () => {
  let dir: string;
  let app: App;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bladework-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"bladework"}');
    app = await webApp(dir);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers index.html at / and at client routes such as /plan, never cached stale', async () => {
    for (const url of ['/', '/plan', '/history/2026-11-20?x=1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX);
    }
  });

  it('caches hashed assets for a year as immutable', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the service worker uncached and allowed to control the whole origin', async () => {
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['service-worker-allowed']).toBe('/');
  });

  it('answers 404, not HTML, for a missing file and for unknown /api paths', async () => {
    const missing = await app.inject({ method: 'GET', url: '/assets/gone-000.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.message).toMatch(/No such endpoint/);
  });

  it('never serves a file from outside the build', async () => {
    expect(fileForPath(dir, '/../../etc/passwd')).toBeNull();
    expect(fileForPath(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    const res = await app.inject({ method: 'GET', url: '/%2e%2e/package.json' });
    expect(res.statusCode).toBe(404);
  });
});

describe('without a web build', () => {
  it('answers / and /plan with a page saying to run npm run build', async () => {
    const app = await webApp(join(tmpdir(), 'bladework-no-such-build'));
    for (const url of ['/', '/plan']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('npm run build');
    }
    await app.close();
  });
});

for (const backend of backends) {
  describe(`the real app on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('serves HTML at / while the API keeps its JSON answers and errors', async () => {
      const { app } = ctx();
      const page = await app.inject({ method: 'GET', url: '/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const unknown = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().error.code).toBe('not_found');
      const me = await app.inject({ method: 'GET', url: '/api/v1/me' });
      expect(me.statusCode).toBe(401);
      const user = await newClient(app);
      expect((await user.request('GET', '/api/v1/me')).statusCode).toBe(200);
      const docs = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(docs.paths).some((p) => p.includes('*'))).toBe(false);
    });
  });
}
