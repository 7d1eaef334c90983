// A phone on a weak signal downloads compressed bytes: brotli when the browser
// takes it, gzip otherwise, the plain body when it asks for neither, and the
// body unpacked is exactly the plain one. JSON answers and the app's files alike.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/api/app.js';
import { migrateToLatest, type Store } from '../../src/store/index.js';
import { backends } from '../support/backends.js';

const sqlite = backends[0]!;
// Big enough to be worth compressing, and compressible, as a real bundle is.
const BUNDLE = Array.from({ length: 400 }, (_, i) => `export const step${i} = "round ${i}: compound, then the shrug at once";`).join('\n');

describe('compressed answers', () => {
  let dir: string;
  let app: App;
  let handle: { store: Store; drop(): Promise<void> };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bladework-gz-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bladework</title>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), BUNDLE);
    // As the build leaves them (web/build/precompress-plugin.ts): copies compressed ahead, marked so the test can tell them.
    writeFileSync(join(dir, 'assets', 'app-def456.js'), BUNDLE);
    writeFileSync(join(dir, 'assets', 'app-def456.js.br'), brotliCompressSync(`${BUNDLE}\n// precompressed`));
    writeFileSync(join(dir, 'assets', 'app-def456.js.gz'), gzipSync(`${BUNDLE}\n// precompressed`));
    handle = await sqlite.fresh();
    await migrateToLatest(handle.store);
    app = await buildApp({ store: handle.store, config: { secureCookies: false }, webRoot: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  for (const url of ['/assets/index-abc123.js', '/api/openapi.json']) {
    it(`${url}: brotli first, gzip next, plain when neither is accepted`, async () => {
      const plain = await get(url);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.length).toBeGreaterThan(1024);

      const br = await get(url, 'br, gzip');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);

      const gz = await get(url, 'gzip');
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
    });
  }

  it('sends the copies the build compressed ahead as they are, with Vary, and the file itself when neither is taken', async () => {
    const br = await get('/assets/app-def456.js', 'br, gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toMatch(/\/\/ precompressed$/);
    const gz = await get('/assets/app-def456.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toMatch(/\/\/ precompressed$/);
    const plain = await get('/assets/app-def456.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.rawPayload.toString()).toBe(BUNDLE);
  });

  it('keeps the year-long cache of hashed files when compressed', async () => {
    const res = await get('/assets/index-abc123.js', 'br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves small answers as they are', async () => {
    const res = await get('/healthz', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
