// Whatever the API lets a lifter store, the export holds and the import takes
// back: export → import → export gives the same document, for accounts built
// at the API's limits (longest names and notes, extreme loads and reps, a
// full ramp-up, a session of the most rounds, sets after deletions). The
// export document's limits and the endpoints' come from one module
// (contract/limits.ts); this is the property that keeps them in step.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, ROUND } from '../../src/contract/limits.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const DATE = '2025-03-04';
/** Notes and names as long as allowed, with the tabs and line breaks notes may hold. */
const text = (n: number, lines: boolean) => fc.constantFrom('x', 'é', '💪', lines ? '\t' : ' ', lines ? '\n' : '-').chain((c) => fc.constant(c.repeat(Math.floor(n / c.length)).slice(0, n)));
const edge = (min: number, max: number) => fc.constantFrom(min, max, 0, max / 2).filter((v) => v >= min && v <= max);

const account = fc.record({
  unit: fc.constantFrom('kg', 'lb'),
  exerciseName: text(LIMITS.exerciseName, false).map((s) => s.trim() || 'x'.repeat(LIMITS.exerciseName)),
  rounds: fc.constantFrom(1, 3, LIMITS.roundsPerSession),
  load: edge(ROUND.load.min, ROUND.load.max).filter((v) => v >= 0),
  compoundReps: edge(ROUND.compoundReps.min, ROUND.compoundReps.max),
  shrugReps: edge(ROUND.shrugReps.min, ROUND.shrugReps.max),
  rir: edge(ROUND.rir.min, ROUND.rir.max),
  roundNotes: text(ROUND.notes, true),
  setLoad: edge(0, LIMITS.load),
  setReps: edge(0, LIMITS.reps),
  setNotes: text(LIMITS.setNotes, true),
  sessionName: text(LIMITS.sessionName, false).map((s) => s.trim() || 'y'),
  sessionNotes: text(LIMITS.sessionNotes, true),
  deleteSome: fc.boolean(),
});
type Account = typeof account extends fc.Arbitrary<infer T> ? T : never;

async function build(c: Client, a: Account): Promise<void> {
  const sessionId = randomUUID();
  const own = await c.request('POST', '/api/v1/exercises', { name: a.exerciseName, pattern: 'horizontal_pull' });
  expect(own.statusCode, own.body).toBe(201);
  const rampUp = Array.from({ length: ROUND.rampUpSets }, (_, i) => ({ id: randomUUID(), load: a.load, reps: i }));
  const rounds = [];
  for (let i = 0; i < a.rounds; i++) {
    const round = {
      id: randomUUID(), sessionId, date: DATE, combo: 'deadlift_elevation', unit: a.unit, bodyweight: a.unit === 'kg' ? 400 : 882,
      compound: { id: randomUUID(), load: a.load, reps: a.compoundReps, rir: a.rir },
      shrug: { id: randomUUID(), load: a.load, reps: a.shrugReps, toFailure: true },
      secondsBetween: ROUND.secondsBetween.max, restSeconds: ROUND.restSeconds.max, notes: a.roundNotes,
      ...(i === 0 ? { rampUp } : {}),
    };
    const res = await c.request('POST', '/api/v1/combos', round);
    expect(res.statusCode, res.body).toBe(201);
    rounds.push(round);
  }
  const sets = [];
  for (const exerciseId of ['lat_pulldown', own.json().exercise.id]) {
    const set = { id: randomUUID(), sessionId, date: DATE, exerciseId, kind: 'normal', load: a.setLoad, unit: a.unit, reps: a.setReps, rir: 10, restSeconds: LIMITS.restSeconds, notes: a.setNotes };
    const res = await c.request('POST', '/api/v1/sets', set);
    expect(res.statusCode, res.body).toBe(201);
    sets.push(set);
  }
  expect((await c.request('PATCH', `/api/v1/sessions/${sessionId}`, { name: a.sessionName, notes: a.sessionNotes })).statusCode).toBe(200);
  if (a.deleteSome) {
    expect((await c.request('DELETE', `/api/v1/combos/${rounds[0]!.id}`)).statusCode).toBe(204);
    expect((await c.request('DELETE', `/api/v1/sets/${sets[0]!.id}`)).statusCode).toBe(204);
  }
}

for (const backend of backends) {
  describe(`the export at the API's limits on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => new Date('2025-03-04T09:00:00Z') });

    it('imports back whole and exports the same again, into the same account and into another', async () => {
      const { app } = ctx();
      await fc.assert(
        fc.asyncProperty(account, async (a) => {
          const c = await newClient(app, 'limits');
          await build(c, a);
          const doc = (await c.request('GET', '/api/v1/export.json')).json();
          const restored = await c.request('POST', '/api/v1/import/json', doc);
          expect(restored.statusCode, restored.body.slice(0, 500)).toBe(200);
          expect((await c.request('GET', '/api/v1/export.json')).json()).toEqual({ ...doc, exportedAt: expect.any(String) });

          const other = await newClient(app, 'limits-copy');
          const copied = await other.request('POST', '/api/v1/import/json', doc);
          expect(copied.statusCode, copied.body.slice(0, 500)).toBe(200);
          const copy = (await other.request('GET', '/api/v1/export.json')).json();
          const again = await c.request('POST', '/api/v1/import/json', copy);
          expect(again.statusCode, again.body.slice(0, 500)).toBe(200);
          expect(copy.sessions.flatMap((s: { comboLogs: unknown[] }) => s.comboLogs)).toHaveLength(doc.sessions.flatMap((s: { comboLogs: unknown[] }) => s.comboLogs).length);
          expect(copy.deletions).toHaveLength(doc.deletions.length);
        }),
        { numRuns: 6, seed: 1313 },
      );
    }, 120_000);

    it("refuses a lifter's 2001st own exercise with 409, so every account's exercises fit the document", async () => {
      const { app, store } = ctx();
      const c = await newClient(app, 'many-exercises');
      // Filled straight into the store: 2,000 requests would only slow the test.
      const rows = Array.from({ length: LIMITS.customExercises }, (_, i) => ({ id: `custom:${randomUUID()}`, user_id: c.userId, name: `Exercise ${i}`, pattern: null, created_at: '2025-03-04T09:00:00.000Z' }));
      for (let i = 0; i < rows.length; i += 200) await store.db.insertInto('custom_exercises').values(rows.slice(i, i + 200)).execute();
      const res = await c.request('POST', '/api/v1/exercises', { name: 'One too many' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/2000 exercises of your own, the most one lifter keeps/);
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      expect((await (await newClient(app, 'many-copy')).request('POST', '/api/v1/import/json', doc)).statusCode).toBe(200);
    });
  });
}
