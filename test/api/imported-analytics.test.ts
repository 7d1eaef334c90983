import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analytics } from '../../src/engine/analytics/index.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const strongCsv = readFileSync(new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url), 'utf8');

async function importStrong(c: Client) {
  const res = await c.request('POST', '/api/v1/import', strongCsv, { 'content-type': 'text/csv' });
  expect(res.statusCode).toBe(200);
  expect(res.json().report).toMatchObject({ rowsImported: 12, sessionsInserted: 2 });
}

const analytics = async (c: Client, query = '?asOf=2024-12-31') => {
  const res = await c.request('GET', `/api/v1/analytics${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().analytics as Analytics;
};

function byId<T extends { exerciseId: string }>(xs: T[], id: string): T {
  const found = xs.find((x) => x.exerciseId === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}
const round3 = (x: number) => Math.round(x * 1000) / 1000;

for (const backend of backends) {
  describe(`analytics over imported history on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => new Date('2025-01-10T12:00:00Z') });

    it('counts a Strong import: deadlift e1RM trend, weekly volume, shrug reps at load; warm-ups and own exercises left out', async () => {
      const ana = await newClient(ctx().app);
      await importStrong(ana);
      const a = await analytics(ana);
      // Hard sets: deadlift 142.5 × 7, shrug, lat pulldown and its drop set, bench 82.5 × 8, dip.
      // Not counted: three warm-ups, face pulls and the plank (own exercises).
      expect(a).toMatchObject({ asOf: '2024-12-31', unit: 'kg', combos: 0, plainSets: 6, sets: 6 });

      // RPE 8 is RIR 2: 142.5 × (1 + (7 + 2)/30) = 185.25.
      const deadlift = byId(a.e1rmTrends, 'barbell_deadlift');
      expect(deadlift.points).toHaveLength(1);
      expect(deadlift.points[0]).toMatchObject({ date: '2024-03-05', load: 142.5, reps: 7, rir: 2 });
      expect(deadlift.points[0]!.e1rm).toBeCloseTo(185.25, 6);
      expect(byId(a.records.compounds, 'barbell_deadlift').heaviestLoad).toEqual({ load: 142.5, reps: 7, date: '2024-03-05' });
      // The drop set without RPE (RIR 0) loses to 67.5 × (1 + 12.5/30) = 95.625 at RPE 7.5.
      expect(round3(byId(a.e1rmTrends, 'lat_pulldown').points[0]!.e1rm)).toBe(95.625);
      // A dip needs the day's bodyweight for its e1RM; the import has none.
      expect(byId(a.e1rmTrends, 'weighted_dip').points).toEqual([]);
      expect(byId(a.records.compounds, 'weighted_dip').heaviestLoad).toEqual({ load: 10, reps: 9, date: '2024-03-07' });

      expect(byId(a.shrugSeries, 'barbell_shrug').points).toEqual([{ date: '2024-03-05', load: 142.5, reps: 14 }]);
      expect(a.weekly.map((w) => w.week)).toEqual(['2024-03-04']);
      const week = a.weekly[0]!;
      expect(week.movements.elevation).toEqual({ sets: 1, reps: 14 });
      expect(week.muscles.glutes).toEqual({ sets: 1, reps: 7 });
      // Lats: two pulldown sets (prime, 10 + 8 reps) and half the deadlift (secondary, 3.5 reps).
      expect(week.muscles.latissimus_dorsi).toEqual({ sets: 2.5, reps: 21.5 });
      expect(week.muscles.pectoralis_major).toEqual({ sets: 2, reps: 17 });
      expect(a.coverage.movements.find((m) => m.movement === 'elevation')).toEqual({ movement: 'elevation', sets: 0, lastTrained: '2024-03-05' });
    });

    it('adds imported sets to logged rounds, and an import refreshes analytics seen before it', async () => {
      const ana = await newClient(ctx().app);
      const round = await ana.request('POST', '/api/v1/combos', {
        id: randomUUID(),
        sessionId: randomUUID(),
        date: '2024-03-06',
        combo: 'deadlift_elevation',
        unit: 'kg',
        compound: { load: 140, reps: 6, rir: 2, id: randomUUID() }, // 140 × (1 + 8/30) = 177.33
        shrug: { load: 140, reps: 12, toFailure: true, id: randomUUID() },
        secondsBetween: 4,
      });
      expect(round.statusCode, round.body).toBe(201);
      expect(await analytics(ana)).toMatchObject({ combos: 1, plainSets: 0, sets: 2 });
      await importStrong(ana);
      const a = await analytics(ana);
      expect(a).toMatchObject({ combos: 1, plainSets: 6, sets: 8 });
      expect(byId(a.e1rmTrends, 'barbell_deadlift').points.map((p) => [p.date, round3(p.e1rm)])).toEqual([
        ['2024-03-05', 185.25],
        ['2024-03-06', 177.333],
      ]);
      expect(byId(a.records.compounds, 'barbell_deadlift').bestE1rm).toEqual({ value: 185.25, date: '2024-03-05' });
      expect(byId(a.shrugSeries, 'barbell_shrug').points.map((p) => p.reps)).toEqual([14, 12]);
      expect(a.weekly[0]!.movements.elevation).toEqual({ sets: 2, reps: 26 });
      // asOf before the import's dates leaves it out.
      expect(await analytics(ana, '?asOf=2024-03-04')).toMatchObject({ combos: 0, plainSets: 0, sets: 0 });
    });

    it("counts only the lifter's own imports", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await importStrong(ana);
      expect(await analytics(ben)).toMatchObject({ plainSets: 0, sets: 0, weekly: [], e1rmTrends: [], shrugSeries: [] });
      expect((await analytics(ana)).plainSets).toBe(6);
    });
  });
}
