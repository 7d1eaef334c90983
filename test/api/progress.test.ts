import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const NOW = new Date('2025-03-14T18:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

interface Round { date: string; combo: string; exercise?: string; load: number; reps: number; rir: number; shrugReps: number }

async function log(c: Client, r: Round) {
  const res = await c.request('POST', '/api/v1/combos', {
    id: randomUUID(),
    sessionId: randomUUID(),
    date: r.date,
    combo: r.combo,
    compound: { ...(r.exercise ? { exercise: r.exercise } : {}), load: r.load, reps: r.reps, rir: r.rir, id: randomUUID() },
    shrug: { load: r.load, reps: r.shrugReps, toFailure: true, id: randomUUID() },
    secondsBetween: 4,
  });
  expect(res.statusCode).toBe(201);
}

/** A lifter with two deadlift rounds (the later at 142.5 × 6, RIR 2) and one incline-row round. */
async function lifter(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
  await log(c, { date: '2025-03-04', combo: 'deadlift_elevation', load: 140, reps: 8, rir: 2, shrugReps: 12 });
  await log(c, { date: '2025-03-05', combo: 'deadlift_elevation', load: 142.5, reps: 6, rir: 2, shrugReps: 10 });
  await log(c, { date: '2025-03-10', combo: 'incline_row_retraction', load: 30, reps: 12, rir: 0, shrugReps: 15 });
}

for (const backend of backends) {
  describe(`progress on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('prescribes one next round per combo logged, with reasons and the rules’ warnings', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const res = await ana.request('GET', '/api/v1/next');
      expect(res.statusCode).toBe(200);
      const { prescriptions, skipped } = res.json();
      expect(skipped).toEqual([]);
      expect(prescriptions.map((p: { comboId: string }) => p.comboId)).toEqual(['deadlift_elevation', 'incline_row_retraction']);
      const [deadlift, row] = prescriptions;
      // 6 reps at RIR 2 is inside 6-8: same load, one more rep.
      expect(deadlift).toMatchObject({ decision: 'add_reps', lastLogged: '2025-03-05', compound: { load: 142.5, targetReps: 7 } });
      expect(deadlift.reasons[0]).toBe('6 reps at RIR 2 → keep 142.5 kg and aim for 7 reps');
      // Deadlift rounds on back-to-back days, and a row taken to failure.
      expect(deadlift.warnings.map((w: { ruleId: string }) => w.ruleId)).toEqual(['deadlift_consecutive_days']);
      expect(row.warnings.map((w: { ruleId: string }) => w.ruleId)).toContain('compound_to_failure');
    });

    it('narrows to one combo and variant, and says so when it was never logged', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const one = (await ana.request('GET', '/api/v1/next?combo=incline_row_retraction&compound=incline_db_row')).json();
      expect(one.prescriptions).toHaveLength(1);
      expect(one.prescriptions[0]).toMatchObject({ comboId: 'incline_row_retraction', compound: { exerciseId: 'incline_db_row' } });
      const never = await ana.request('GET', '/api/v1/next?combo=dip_depression');
      expect(never.statusCode).toBe(404);
      expect(never.json().error.message).toMatch(/^You have not logged .* yet/);
      const unknown = await ana.request('GET', '/api/v1/next?combo=neck_curl');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields).toEqual([{ field: 'combo', message: 'is not a combo id from the catalog' }]);
      expect((await ana.request('GET', '/api/v1/next?combo=dip_depression&extra=1')).json().error.fields[0].field).toBe('extra');
    });

    it('reports weekly volume, e1RM trends, shrug reps at load, records and coverage with numbers checkable by hand', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const a = (await ana.request('GET', '/api/v1/analytics')).json().analytics;
      expect(a).toMatchObject({ asOf: '2025-03-14', unit: 'kg', combos: 3, sets: 6 });
      expect(a.weekly.map((w: { week: string }) => w.week)).toEqual(['2025-03-03', '2025-03-10']);
      expect(a.weekly[0].movements.elevation).toEqual({ sets: 2, reps: 22 });
      expect(a.weekly[1].movements.retraction).toEqual({ sets: 1, reps: 15 });
      // Epley on reps + RIR: 140 × (1 + 10/30) = 186.67 beats 142.5 × (1 + 8/30) = 180.5.
      const deadlift = a.records.compounds.find((r: { exerciseId: string }) => r.exerciseId === 'barbell_deadlift');
      expect(deadlift.bestE1rm.value).toBeCloseTo(186.667, 2);
      expect(deadlift.bestE1rm.date).toBe('2025-03-04');
      expect(deadlift.heaviestLoad).toEqual({ load: 142.5, reps: 6, date: '2025-03-05' });
      const trend = a.e1rmTrends.find((t: { exerciseId: string }) => t.exerciseId === 'barbell_deadlift');
      expect(trend.points.map((p: { e1rm: number }) => Math.round(p.e1rm * 10) / 10)).toEqual([186.7, 180.5]);
      expect(a.records.shrugs.find((s: { exerciseId: string }) => s.exerciseId === 'barbell_shrug').atLoad).toEqual([
        { load: 140, reps: 12, date: '2025-03-04' },
        { load: 142.5, reps: 10, date: '2025-03-05' },
      ]);
      expect(a.coverage.movements.find((m: { movement: string }) => m.movement === 'elevation')).toEqual({ movement: 'elevation', sets: 2, lastTrained: '2025-03-05' });
    });

    it('cuts the series to a window when asked (from), keeping counts and records over the whole log', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const whole = (await ana.request('GET', '/api/v1/analytics')).json().analytics;
      const res = await ana.request('GET', '/api/v1/analytics?from=2025-03-05');
      expect(res.statusCode).toBe(200);
      const a = res.json().analytics;
      expect(a.from).toBe('2025-03-05');
      expect(whole.from).toBeUndefined();
      // The week of 3 March holds the 5th, so it stays, whole.
      expect(a.weekly).toEqual(whole.weekly);
      const dates = (id: string) => a.e1rmTrends.find((t: { exerciseId: string }) => t.exerciseId === id).points.map((p: { date: string }) => p.date);
      expect(dates('barbell_deadlift')).toEqual(['2025-03-05']);
      expect(a.records).toEqual(whole.records);
      expect(a).toMatchObject({ combos: 3, sets: 6, coverage: whole.coverage });
      const later = (await ana.request('GET', '/api/v1/analytics?from=2025-03-10')).json().analytics;
      expect(later.weekly.map((w: { week: string }) => w.week)).toEqual(['2025-03-10']);
      expect(dates('barbell_deadlift')).toEqual(['2025-03-05']);
      expect(later.e1rmTrends.find((t: { exerciseId: string }) => t.exerciseId === 'barbell_deadlift').points).toEqual([]);
      expect((await ana.request('GET', '/api/v1/analytics?from=5-3-2025')).json().error.fields[0].field).toBe('from');
    });

    it('converts to the unit asked for and counts only up to asOf', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const lb = (await ana.request('GET', '/api/v1/analytics?unit=lb&asOf=2025-03-04&weeks=1')).json().analytics;
      expect(lb).toMatchObject({ unit: 'lb', combos: 1, coverage: { weeks: 1, to: '2025-03-04' } });
      // 140 kg is 308.65 lb.
      expect(lb.records.compounds[0].heaviestLoad.load).toBeCloseTo(308.647, 2);
      const bad = await ana.request('GET', '/api/v1/analytics?weeks=0&asOf=14-03-2025');
      expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['asOf', 'weeks']);
      // Each says what is wrong with the number, not that it is not one.
      for (const [weeks, message] of [['0', 'must be at least 1'], ['53', 'must be at most 52'], ['1.5', 'must be a whole number'], ['four', 'must be a number']]) {
        expect((await ana.request('GET', `/api/v1/analytics?weeks=${weeks}`)).json().error.fields).toEqual([{ field: 'weeks', message }]);
      }
    });

    it("counts only the lifter's own rounds and asks for a profile before prescribing", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await lifter(ana);
      expect((await ben.request('GET', '/api/v1/analytics')).json().analytics.combos).toBe(0);
      expect((await ben.request('GET', '/api/v1/next')).statusCode).toBe(409);
      await ben.request('PUT', '/api/v1/profile', profile);
      expect((await ben.request('GET', '/api/v1/next')).json()).toEqual({ prescriptions: [], skipped: [] });
      expect((await ben.request('GET', '/api/v1/next?combo=deadlift_elevation')).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/api/v1/next' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/v1/analytics' })).statusCode).toBe(401);
    });
  });
}
