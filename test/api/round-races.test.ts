// Two devices editing one round at once. On PostgreSQL each request runs on
// its own connection, so a PUT and a DELETE, or several PUTs, of the same round
// really overlap: every answer must be 200, 204, 404 or a stated 409, never a
// 500, and what is stored afterwards is exactly one of the edits (or nothing).
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

const NOW = new Date('2025-03-04T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

const round = () => deadliftRound();
type Round = ReturnType<typeof round>;
const editOf = (r: Round, reps: number) => ({ combo: r.combo, compound: { ...r.compound, reps }, shrug: r.shrug, secondsBetween: r.secondsBetween });

async function lifter(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
}

for (const backend of backends) {
  describe(`editing one round from two devices at once on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('answers a PUT and a DELETE sent together with one of them winning, never a 500', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      for (let i = 0; i < 10; i++) {
        const r = round();
        expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
        const [put, del] = await Promise.all([c.request('PUT', `/api/v1/combos/${r.id}`, editOf(r, 6)), c.request('DELETE', `/api/v1/combos/${r.id}`)]);
        expect(del.statusCode).toBe(204);
        // The PUT either came first (200, then deleted) or found the round gone.
        expect([200, 404, 410], put.body).toContain(put.statusCode);
        expect((await c.request('GET', `/api/v1/combos/${r.id}`)).statusCode).toBe(404);
      }
    });

    it('takes four PUTs of one round sent together one after another: all 200, one edit stored whole', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      for (let i = 0; i < 6; i++) {
        const r = round();
        expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
        const answers = await Promise.all([5, 6, 7, 8].map((reps) => c.request('PUT', `/api/v1/combos/${r.id}`, editOf(r, reps))));
        expect(answers.map((a) => a.statusCode), answers.map((a) => a.body).join('\n')).toEqual([200, 200, 200, 200]);
        const stored = (await c.request('GET', `/api/v1/combos/${r.id}`)).json().log;
        expect([5, 6, 7, 8]).toContain(stored.compound.reps);
        expect(stored.shrug.reps).toBe(12);
      }
    });

    it('answers two identical PUTs sent together with 200 both', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      for (let i = 0; i < 8; i++) {
        const r = round();
        expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
        const answers = await Promise.all([1, 2].map(() => c.request('PUT', `/api/v1/combos/${r.id}`, editOf(r, 7))));
        expect(answers.map((a) => a.statusCode), answers.map((a) => a.body).join('\n')).toEqual([200, 200]);
      }
    });
  });
}
