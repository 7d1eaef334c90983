import Fastify from 'fastify';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { OFF_THREAD_FROM, sendJsonView } from './json-view.js';

// A view past OFF_THREAD_FROM, made of varied numbers so it does not compress to nothing.
const big = Buffer.from(JSON.stringify({ points: Array.from({ length: 40_000 }, (_, i) => ({ date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, load: (i * 7919) % 200, reps: i % 17 })) }));
const small = Buffer.from(JSON.stringify({ note: 'x'.repeat(4000) }));

describe('sendJsonView', () => {
  const app = Fastify();
  app.get('/big', (req, reply) => sendJsonView(req, reply, big));
  app.get('/small', (req, reply) => sendJsonView(req, reply, small));
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
});
