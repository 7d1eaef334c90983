// Cached views (today's session, analytics) go out compressed as the phone
// takes them, compressed once: the same bytes to every ask until the data
// changes, unpacking to exactly the plain answer.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding } from '../../src/api/json-view.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

const NOW = new Date('2025-03-20T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

describe('acceptedEncoding', () => {
  it('takes br before gzip, honours q=0, and takes none when none is offered', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(acceptedEncoding('identity')).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
    expect(acceptedEncoding('*')).toBe('gzip');
  });
});

for (const backend of backends) {
  describe(`compressed views on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('sends /today and /analytics compressed once, the same bytes each time, and plain when asked for plain', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
      await c.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-18' }));
      for (const url of ['/api/v1/today?date=2025-03-18', '/api/v1/analytics?asOf=2025-03-20']) {
        const plain = await c.request('GET', url);
        expect(plain.statusCode).toBe(200);
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.rawPayload.length).toBeGreaterThan(1024);
        const br1 = await c.request('GET', url, undefined, { 'accept-encoding': 'gzip, br' });
        const br2 = await c.request('GET', url, undefined, { 'accept-encoding': 'gzip, br' });
        expect(br1.headers['content-encoding']).toBe('br');
        expect(br1.headers.vary).toMatch(/accept-encoding/i);
        expect(br1.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(br2.rawPayload.equals(br1.rawPayload)).toBe(true);
        expect(brotliDecompressSync(br1.rawPayload).equals(plain.rawPayload)).toBe(true);
        const gz = await c.request('GET', url, undefined, { 'accept-encoding': 'gzip' });
        expect(gz.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
      }
    });
  });
}
