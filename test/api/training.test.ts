import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

// Tuesday 4 March 2025: the deadlift day of an upper/lower week on mon, tue, thu, fri.
const NOW = new Date('2025-03-04T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

async function newcomer(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
  expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
}

const roundsIn = async (c: Client) => ((await c.request('GET', '/api/v1/history')).json().sessions as { combos: unknown[] }[]).flatMap((s) => s.combos).length;

for (const backend of backends) {
  describe(`training on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('takes a newcomer from profile to plan, session, a logged round, history and the next load', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);

      const today = (await ana.request('GET', '/api/v1/today')).json();
      expect(today).toMatchObject({ weekday: 'tue', date: '2025-03-04', trainingDays: ['mon', 'tue', 'thu', 'fri'] });
      const first = today.session.combos[0];
      expect(first).toMatchObject({ name: expect.any(String), source: 'estimate', compound: { exerciseId: 'barbell_deadlift', unit: 'kg' } });
      expect(today.session.warmup.drills).toHaveLength(6);

      const round = deadliftRound();
      const logged = await ana.request('POST', '/api/v1/combos', round);
      expect(logged.statusCode).toBe(201);
      expect(logged.json()).toEqual({
        log: { ...round, position: 0, rampUp: [], compound: { ...round.compound, exercise: 'barbell_deadlift' }, shrug: { ...round.shrug, exercise: 'barbell_shrug' }, unit: 'kg', bodyweight: null, restSeconds: null, notes: null, createdAt: NOW.toISOString(), feedback: null },
        warnings: [],
      });

      const history = (await ana.request('GET', '/api/v1/history')).json();
      expect(history.nextCursor).toBeNull();
      expect(history.sessions).toHaveLength(1);
      expect(history.sessions[0]).toMatchObject({ id: round.sessionId, date: '2025-03-04', source: 'app' });
      expect(history.sessions[0].combos[0].compound).toMatchObject({ load: 140, reps: 8, rir: 2 });

      // 8 reps is the top of the deadlift's 6-8 range at RIR 2: add the smallest step, 2 × 1.25 kg plates.
      const next = (await ana.request('GET', '/api/v1/next?combo=deadlift_elevation')).json();
      expect(next.prescriptions).toHaveLength(1);
      expect(next.prescriptions[0]).toMatchObject({ decision: 'add_load', lastLogged: '2025-03-04', compound: { load: 142.5, unit: 'kg' }, shrug: { load: 142.5, targetReps: null } });
      const nextTuesday = (await ana.request('GET', '/api/v1/today?date=2025-03-11')).json();
      expect(nextTuesday.session.combos[0]).toMatchObject({ source: 'progression', compound: { load: 142.5, breakdown: { kind: 'barbell', bar: 20 } } });

      const analytics = (await ana.request('GET', '/api/v1/analytics')).json().analytics;
      expect(analytics).toMatchObject({ asOf: '2025-03-04', unit: 'kg', combos: 1, sets: 2 });
      expect(analytics.weekly[0]).toMatchObject({ week: '2025-03-03', movements: { elevation: { sets: 1, reps: 12 } } });
      // Epley with reps + RIR: 140 × (1 + 10/30) = 186.67 kg.
      expect(analytics.records.compounds[0].bestE1rm.value).toBeCloseTo(186.667, 2);
    });

    it('answers a retried upload with 200 and the stored round, writing nothing twice', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound();
      const first = await ana.request('POST', '/api/v1/combos', round);
      const again = await ana.request('POST', '/api/v1/combos', structuredClone(round));
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(await roundsIn(ana)).toBe(1);
    });

    it('refuses the same round id with other numbers (409) and keeps what was stored', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound();
      await ana.request('POST', '/api/v1/combos', round);
      const changed = await ana.request('POST', '/api/v1/combos', { ...round, compound: { ...round.compound, reps: 7 } });
      expect(changed.statusCode).toBe(409);
      expect((await ana.request('GET', `/api/v1/combos/${round.id}`)).json().log.compound.reps).toBe(8);
    });

    it('names bad fields: a negative barbell load, unknown fields, a repeated set id, an unknown combo', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound();
      const negative = await ana.request('POST', '/api/v1/combos', { ...round, compound: { ...round.compound, load: -20 } });
      expect(negative.statusCode).toBe(400);
      expect(negative.json().error.fields).toEqual([{ field: 'compound.load', message: 'must not be negative (only bodyweight lifts take band help as a negative load)' }]);
      const unknown = await ana.request('POST', '/api/v1/combos', { ...round, mood: 'great', compound: { ...round.compound, tempo: '3-1-1' } });
      expect(unknown.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['compound.tempo', 'mood']);
      const repeated = await ana.request('POST', '/api/v1/combos', { ...round, shrug: { ...round.shrug, id: round.compound.id } });
      expect(repeated.json().error.fields).toEqual([{ field: 'shrug.id', message: 'is the id of another set in this round' }]);
      const combo = await ana.request('POST', '/api/v1/combos', { ...round, combo: 'neck_curl' });
      expect(combo.json().error.fields).toEqual([{ field: 'combo', message: 'unknown combo "neck_curl"' }]);
      expect(await roundsIn(ana)).toBe(0);
    });

    it("refuses a compound that is not one of the combo's variants, naming the field and the allowed ids", async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound();
      const res = await ana.request('POST', '/api/v1/combos', { ...round, compound: { ...round.compound, exercise: 'lat_pulldown' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ field: 'compound.exercise', message: '"lat_pulldown" is not a variant of this combo (deadlift_elevation takes barbell_deadlift)' }]);
      expect(await roundsIn(ana)).toBe(0);
    });

    it("gives the next load in the profile's unit for a round logged in the other one", async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound({ unit: 'lb' });
      const lb = { ...round, compound: { ...round.compound, load: 315 }, shrug: { ...round.shrug, load: 315 } };
      expect((await ana.request('POST', '/api/v1/combos', lb)).statusCode).toBe(201);
      // 315 lb is 142.88 kg, 142.5 kg on kg plates; the top of the range adds one 2.5 kg step.
      const next = (await ana.request('GET', '/api/v1/next?combo=deadlift_elevation')).json();
      expect(next.prescriptions[0]).toMatchObject({ compound: { load: 145, unit: 'kg', breakdown: { unit: 'kg', bar: 20 } }, shrug: { load: 145, unit: 'kg' } });
    });

    it('names each out-of-range number once, with its range', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound();
      const res = await ana.request('POST', '/api/v1/combos', { ...round, compound: { ...round.compound, load: 5000, rir: 11 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([
        { field: 'compound.load', message: 'must be at most 1000' },
        { field: 'compound.rir', message: 'must be at most 10' },
      ]);
      expect(await roundsIn(ana)).toBe(0);
    });

    it('refuses a round dated after tomorrow, which would otherwise steer every later prescription', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const typo = await ana.request('POST', '/api/v1/combos', deadliftRound({ date: '9999-12-31' }));
      expect(typo.statusCode).toBe(400);
      expect(typo.json().error.fields).toEqual([{ field: 'date', message: 'must be no later than 2025-03-05' }]);
      // Tomorrow by the server's clock is still today somewhere.
      expect((await ana.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-05' }))).statusCode).toBe(201);
      expect(await roundsIn(ana)).toBe(1);
    });

    it('takes band help as a negative load on pull-ups and fills in the bodyweight from the profile', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound({ combo: 'pulldown_downward_rotation' });
      const body = { ...round, compound: { ...round.compound, exercise: 'pull_up', load: -20, reps: 10 }, shrug: { ...round.shrug, load: -20 } };
      const res = await ana.request('POST', '/api/v1/combos', body);
      expect(res.statusCode).toBe(201);
      expect(res.json().log).toMatchObject({ bodyweight: 80, unit: 'kg', compound: { exercise: 'pull_up', load: -20 } });
    });

    it("bounds a round's bodyweight by its unit as the profile does: 420 lb is taken, 420 kg is not", async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const pullUp = (over: Record<string, unknown>) => {
        const round = deadliftRound({ combo: 'pulldown_downward_rotation' });
        return { ...round, compound: { ...round.compound, exercise: 'pull_up', load: 0, reps: 10 }, shrug: { ...round.shrug, load: 0 }, ...over };
      };
      expect((await ana.request('POST', '/api/v1/combos', pullUp({ unit: 'lb', bodyweight: 420 }))).statusCode).toBe(201);
      const kg = await ana.request('POST', '/api/v1/combos', pullUp({ unit: 'kg', bodyweight: 420 }));
      expect(kg.statusCode).toBe(400);
      expect(kg.json().error.fields).toEqual([{ field: 'bodyweight', message: 'must be between 25 and 400 kg' }]);
      // No unit sent: the profile's (kg) bounds it.
      const profileUnit = await ana.request('POST', '/api/v1/combos', pullUp({ bodyweight: 420 }));
      expect(profileUnit.statusCode).toBe(400);
      expect(profileUnit.json().error.fields).toEqual([{ field: 'bodyweight', message: 'must be between 25 and 400 kg' }]);
      expect(await roundsIn(ana)).toBe(1);
    });

    it('answers a retry sent after a profile change with 200: what the profile filled in is taken as first stored', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const round = deadliftRound({ combo: 'pulldown_downward_rotation' });
      // No unit or bodyweight in the body: both come from the profile (kg, 80).
      const body = { ...round, compound: { ...round.compound, exercise: 'pull_up', load: -20, reps: 10 }, shrug: { ...round.shrug, load: -20 } };
      const first = await ana.request('POST', '/api/v1/combos', body);
      expect(first.statusCode).toBe(201);
      // The phone lost the answer; meanwhile the lifter weighed in and switched to pounds.
      expect((await ana.request('PUT', '/api/v1/profile', { ...profile, unit: 'lb', bodyweight: 180 })).statusCode).toBe(200);
      const again = await ana.request('POST', '/api/v1/combos', structuredClone(body));
      expect(again.statusCode).toBe(200);
      expect(again.json().log).toEqual(first.json().log);
      expect(await roundsIn(ana)).toBe(1);
      // Numbers the lifter did send still have to match.
      expect((await ana.request('POST', '/api/v1/combos', { ...body, unit: 'lb' })).statusCode).toBe(409);
    });

    it('needs the unit until the profile is set up', async () => {
      const ana = await newClient(ctx().app);
      const res = await ana.request('POST', '/api/v1/combos', deadliftRound());
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ field: 'unit', message: 'is needed until your profile is set up' }]);
      expect((await ana.request('POST', '/api/v1/combos', deadliftRound({ unit: 'lb' }))).json().log.unit).toBe('lb');
    });

    it('corrects and deletes a logged round', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      const { id, sessionId: _s, date: _d, ...round } = deadliftRound({ rampUp: [{ id: randomUUID(), load: 100, reps: 3 }] });
      await ana.request('POST', '/api/v1/combos', { id, sessionId: randomUUID(), date: '2025-03-04', ...round });
      const fixed = await ana.request('PUT', `/api/v1/combos/${id}`, { ...round, compound: { ...round.compound, reps: 6, rir: 0 } });
      expect(fixed.statusCode).toBe(200);
      expect(fixed.json().log).toMatchObject({ compound: { reps: 6, rir: 0 }, rampUp: [{ load: 100, reps: 3 }], unit: 'kg' });
      expect(fixed.json().warnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(['compound_to_failure']);
      expect((await ana.request('GET', `/api/v1/combos/${id}`)).json().log.compound.reps).toBe(6);
      expect((await ana.request('DELETE', `/api/v1/combos/${id}`)).statusCode).toBe(204);
      expect((await ana.request('GET', `/api/v1/combos/${id}`)).statusCode).toBe(404);
      // Deleting it again is what a phone's repeated delete does: still deleted.
      expect((await ana.request('DELETE', `/api/v1/combos/${id}`)).statusCode).toBe(204);
      expect((await ana.request('DELETE', `/api/v1/combos/${randomUUID()}`)).statusCode).toBe(404);
    });

    it("answers 404 for another lifter's round on GET, PUT, DELETE and a reused id", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await newcomer(ana);
      await newcomer(ben);
      const round = deadliftRound();
      await ana.request('POST', '/api/v1/combos', round);
      const { id, sessionId: _s, date: _d, ...edit } = round;
      expect((await ben.request('GET', `/api/v1/combos/${id}`)).statusCode).toBe(404);
      expect((await ben.request('PUT', `/api/v1/combos/${id}`, edit)).statusCode).toBe(404);
      expect((await ben.request('DELETE', `/api/v1/combos/${id}`)).statusCode).toBe(404);
      expect((await ben.request('POST', '/api/v1/combos', round)).statusCode).toBe(404);
      expect((await ben.request('POST', '/api/v1/combos', deadliftRound({ sessionId: round.sessionId }))).statusCode).toBe(404);
      expect((await ana.request('GET', `/api/v1/combos/${id}`)).json().log.compound.load).toBe(140);
      expect(await roundsIn(ben)).toBe(0);
      expect((await app.inject({ method: 'GET', url: `/api/v1/combos/${id}` })).statusCode).toBe(401);
    });

    it('pages the history newest first and refuses a bad cursor, naming before', async () => {
      const ana = await newClient(ctx().app);
      await newcomer(ana);
      for (const date of ['2025-02-25', '2025-03-04', '2025-02-28']) await ana.request('POST', '/api/v1/combos', deadliftRound({ date }));
      const page1 = (await ana.request('GET', '/api/v1/history?limit=2')).json();
      expect(page1.sessions.map((s: { date: string }) => s.date)).toEqual(['2025-03-04', '2025-02-28']);
      const page2 = (await ana.request('GET', `/api/v1/history?limit=2&before=${page1.nextCursor}`)).json();
      expect(page2).toMatchObject({ sessions: [{ date: '2025-02-25' }], nextCursor: null });
      expect((await ana.request('GET', '/api/v1/history?limit=5000')).json().sessions).toHaveLength(3);
      const bad = await ana.request('GET', '/api/v1/history?before=not-a-cursor');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toEqual([{ field: 'before', message: 'is not a cursor from an earlier page of your history' }]);
      expect((await ana.request('GET', '/api/v1/history?limit=0')).json().error.fields[0].field).toBe('limit');
    });

    it('answers a rest day with no session and the training days; asks for a profile and a plan first', async () => {
      const { app } = ctx();
      const ana = await newClient(app);
      expect((await ana.request('GET', '/api/v1/today')).statusCode).toBe(409);
      await ana.request('PUT', '/api/v1/profile', profile);
      expect((await ana.request('GET', '/api/v1/today')).json().error.message).toContain('no plan');
      await ana.request('POST', '/api/v1/plan/generate');
      expect((await ana.request('GET', '/api/v1/today?date=2025-03-05')).json()).toEqual({ weekday: 'wed', date: '2025-03-05', trainingDays: ['mon', 'tue', 'thu', 'fri'], drillWeek: null, session: null });
      expect((await ana.request('GET', '/api/v1/today?day=thu')).json().session.label).toBe('Upper B');
      const bad = await ana.request('GET', '/api/v1/today?day=someday');
      expect(bad.json().error.fields[0].field).toBe('day');
      expect((await app.inject({ method: 'GET', url: '/api/v1/today' })).statusCode).toBe(401);
    });
  });
}
