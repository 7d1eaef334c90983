import Fastify from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compressed, OFF_THREAD_FROM, sendJsonView } from './json-view.js';

// Lets one test make the thread pool's brotli fail once.
const zlibFails = vi.hoisted(() => ({ next: false }));
vi.mock('node:zlib', async (actual) => {
  const zlib = await actual<typeof import('node:zlib')>();
  return {
    ...zlib,
    brotliCompress: (buf: Buffer, options: object, done: (err: Error | null, out?: Buffer) => void) => {
      if (!zlibFails.next) return zlib.brotliCompress(buf, options, done);
      zlibFails.next = false;
      queueMicrotask(() => done(new Error('compression failed')));
    },
  };
});

// A view past OFF_THREAD_FROM, made of varied numbers so it does not compress to nothing.
const big = Buffer.from(JSON.stringify({ points: Array.from({ length: 40_000 }, (_, i) => ({ date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, load: (i * 7919) % 200, reps: i % 17 })) }));
const small = Buffer.from(JSON.stringify({ note: 'x'.repeat(4000) }));

describe('sendJsonView', () => {
  const app = Fastify();
  app.get('/big', (req, reply) => sendJsonView(req, reply, big));
  app.get('/small', (req, reply) => sendJsonView(req, reply, small));
  const other = Buffer.concat([big, Buffer.from(' ')]);
  app.get('/other', (req, reply) => sendJsonView(req, reply, other));
  afterAll(() => app.close());

  it('compresses a big view off the event loop, the same bytes to every answer', async () => {
    expect(big.length).toBeGreaterThan(OFF_THREAD_FROM);
    const asks = await Promise.all([1, 2, 3].map(() => app.inject({ url: '/big', headers: { 'accept-encoding': 'br' } })));
    for (const res of asks) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.rawPayload.equals(asks[0]!.rawPayload)).toBe(true);
    }
    expect(brotliDecompressSync(asks[0]!.rawPayload).equals(big)).toBe(true);
    const gz = await app.inject({ url: '/big', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gz.rawPayload).equals(big)).toBe(true);
    const again = await app.inject({ url: '/big', headers: { 'accept-encoding': 'br' } });
    expect(again.rawPayload.equals(asks[0]!.rawPayload)).toBe(true);
    expect((await app.inject({ url: '/big' })).rawPayload.equals(big)).toBe(true);
  });

  it('compresses a small view at once', async () => {
    const res = await app.inject({ url: '/small', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).equals(small)).toBe(true);
  });

  it('sends a big view as it is when compressing it fails, and compresses it for the next answer', async () => {
    zlibFails.next = true;
    const failed = await app.inject({ url: '/other', headers: { 'accept-encoding': 'br' } });
    expect(failed.statusCode).toBe(200);
    expect(failed.headers['content-encoding']).toBeUndefined();
    expect(failed.rawPayload.equals(other)).toBe(true);
    const next = await app.inject({ url: '/other', headers: { 'accept-encoding': 'br' } });
    expect(next.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(next.rawPayload).equals(other)).toBe(true);
  });

  it('keeps a small view\'s compressed copy in little more memory than its own size', async () => {
    // Each of up to 2,000 cached views keeps its copy: one holding zlib's whole
    // output buffer (16 kB, or 256 kB with the off-thread chunk) would add up.
    const view = Buffer.from(JSON.stringify({ session: Array.from({ length: 60 }, (_, i) => ({ set: i, load: 100 + i })) }));
    for (const encoding of ['br', 'gzip'] as const) {
      const copy = await compressed(view, encoding);
      expect(copy.length).toBeLessThan(view.length);
      // Small copies share node's 8 kB pool; none holds a buffer of zlib's own.
      expect(copy.buffer.byteLength).toBeLessThanOrEqual(8 * 1024);
    }
  });
});
