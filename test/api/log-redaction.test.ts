import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp, redactedUrl } from '../../src/api/app.js';
import { migrateToLatest } from '../../src/store/index.js';
import { newClient, TEST_PASSWORD_COST } from '../support/api.js';
import { backends } from '../support/backends.js';

describe('redactedUrl', () => {
  it('hides the token however its name is spelled, as long as the server would read it as token', () => {
    expect(redactedUrl('/api/v1/calendar.ics?token=abc&weeks=3')).toBe('/api/v1/calendar.ics?token=[redacted]&weeks=3');
    expect(redactedUrl('/api/v1/calendar.ics?weeks=3&%74oken=abc')).toBe('/api/v1/calendar.ics?weeks=3&%74oken=[redacted]');
    expect(redactedUrl('/api/v1/calendar.ics?tok%65n=abc')).toBe('/api/v1/calendar.ics?tok%65n=[redacted]');
    expect(redactedUrl('/api/v1/calendar.ics?%74%6F%6B%65%6E=abc&token=def')).toBe('/api/v1/calendar.ics?%74%6F%6B%65%6E=[redacted]&token=[redacted]');
    // A name that does not decode is hidden rather than guessed at.
    expect(redactedUrl('/x?%E0%A4%A=abc')).toBe('/x?%E0%A4%A=[redacted]');
  });

  it('leaves other parameters and URLs without a query alone', () => {
    expect(redactedUrl('/api/v1/today')).toBe('/api/v1/today');
    expect(redactedUrl('/api/v1/calendar.ics?weeks=3&start=2025-06-02')).toBe('/api/v1/calendar.ics?weeks=3&start=2025-06-02');
    expect(redactedUrl('/x?tokens=1&mytoken=2')).toBe('/x?tokens=1&mytoken=2');
  });
});

for (const backend of backends) {
  describe(`request logs on ${backend.name}`, () => {
    it('never carry a calendar token sent under a percent-encoded name the server still accepts', async () => {
      const handle = await backend.fresh();
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _enc, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      try {
        await migrateToLatest(handle.store);
        const app = await buildApp({ store: handle.store, config: { secureCookies: false }, signInsPerMinute: 100_000, passwordCost: TEST_PASSWORD_COST, logger: { level: 'info', stream } as never });
        try {
          const c = await newClient(app, 'logged');
          const { token } = (await c.request('POST', '/api/v1/tokens', { name: 'calendar' })).json();
          const res = await app.inject({ method: 'GET', url: `/api/v1/calendar.ics?weeks=1&%74oken=${token}` });
          // The server reads %74oken as token: it knows the lifter (who has no plan yet), and refuses a wrong one.
          expect(res.statusCode).toBe(404);
          expect(res.json().error.message).toMatch(/no plan yet/);
          expect((await app.inject({ method: 'GET', url: '/api/v1/calendar.ics?%74oken=not-a-token' })).statusCode).toBe(401);
          const logged = lines.join('');
          expect(logged).toContain('%74oken=[redacted]');
          expect(logged).not.toContain(token);
        } finally {
          await app.close();
        }
      } finally {
        await handle.drop();
      }
    });
  });
}
