// Serves the built web app (dist/web) from the API server, so `npm start` is all
// a lifter needs. Vite's hashed assets are cached for a year; index.html, the
// service worker and the other unhashed files are revalidated on every load.
// Any other GET outside /api answers index.html so deep links work (the app
// routes on the client). Without a build, a short page says how to make one.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from '../app.js';
import { ApiError } from '../errors.js';

/**
 * The service worker's own policy: it fetches the app's files to keep them on
 * the phone and passes API calls through, so it may connect to this origin.
 * Under the API's "default-src 'none'" every fetch it made was refused, its
 * install failed, and the app did not open without a connection.
 */
const WORKER_CSP = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>bladework</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">
<h1>bladework</h1><p>The server is running, but the web app has not been built yet.
Run <code>npm run build</code>, then reload this page.</p>
<p>The API is ready meanwhile: see <a href="/api/docs">/api/docs</a>.</p></body></html>`;

/** dist/web under the package root, found from this file (src/… under vitest, dist/src/… when built). */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return join(dir, 'dist', 'web');
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The file under root to answer a path with, or null for a missing file (a path with an extension). */
export function fileForPath(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (rel === '') return 'index.html';
  const full = resolve(root, rel);
  if (!full.startsWith(root + sep)) return null; // "..": never outside the build
  if (isFile(full)) return full.slice(root.length + 1).split(sep).join('/');
  // A missing script or image must not get HTML back (the service worker would cache it as such).
  const last = rel.split('/').pop() ?? '';
  return last.includes('.') ? null : 'index.html';
}

export async function registerWebRoutes(app: App, webRoot = defaultWebRoot()): Promise<void> {
  const root = resolve(webRoot);
  // The build leaves .br and .gz copies of its text files (web/build/precompress-plugin.ts): sent as they are to a browser that takes them.
  // cacheControl: false at the plugin's level too: a retry without the compressed copy forgets sendFile's own options.
  await app.register(fastifyStatic, { serve: false, preCompressed: true, cacheControl: false });

  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/')) throw new ApiError('not_found', `No such endpoint: ${req.method} ${path}`);
    if (!isFile(join(root, 'index.html'))) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT_PAGE);
    }
    const file = fileForPath(root, path);
    if (file === null) throw new ApiError('not_found', `No such file: ${path}`);
    reply.header('cache-control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    // Caches must keep the brotli, gzip and plain copies apart.
    reply.header('vary', 'accept-encoding');
    // The worker lives at /sw.js; the header states that it may control the whole origin.
    if (file === 'sw.js') reply.header('service-worker-allowed', '/').header('content-security-policy', WORKER_CSP);
    return reply.sendFile(file, root, { cacheControl: false });
  });
}
