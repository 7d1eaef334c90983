// What the API stores can always be exported and imported again: a session
// takes at most as many rounds as the export document does, and the 101st is
// refused with why, not stored and then unimportable.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/contract/limits.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const NOW = new Date('2026-12-07T12:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };
const round = (sessionId: string) => ({
  id: randomUUID(),
  sessionId,
  date: '2026-12-07',
  combo: 'deadlift_elevation',
  compound: { load: 140, reps: 8, rir: 2, id: randomUUID() },
  shrug: { load: 140, reps: 12, toFailure: true, id: randomUUID() },
  secondsBetween: 4,
});

for (const backend of backends) {
  describe(`rounds per session on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it(`takes ${LIMITS.roundsPerSession} rounds in a session, refuses the next with why, and the export imports again`, async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const sessionId = randomUUID();
      for (let i = 0; i < LIMITS.roundsPerSession; i++) expect((await c.request('POST', '/api/v1/combos', round(sessionId))).statusCode).toBe(201);
      const over = await c.request('POST', '/api/v1/combos', round(sessionId));
      expect(over.statusCode).toBe(409);
      expect(over.json().error.message).toMatch(/already holds 100 rounds, the most one session takes/);
      // A new session takes it.
      expect((await c.request('POST', '/api/v1/combos', round(randomUUID()))).statusCode).toBe(201);

      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      const other = await newClient(ctx().app);
      const back = await other.request('POST', '/api/v1/import/json', doc);
      expect(back.statusCode, back.body).toBe(200);
    }, 60_000);
  });
}
