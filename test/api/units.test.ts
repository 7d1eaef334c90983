// One unit everywhere: a lifter who switches from kg to lb reads lb in every
// word of today's session (loads, bar, plates, ramp-up, reasons), whether the
// equipment is weighed anew in lb or swapped for the standard lb set, and even
// with rounds logged in kg behind it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const NOW = new Date('2026-12-07T12:00:00Z'); // a Monday
const kgProfile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

/** Every string in a JSON value, with where it is. */
function strings(v: unknown, at = ''): [string, string][] {
  if (typeof v === 'string') return [[at, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${at}.${k}`));
  return [];
}

/** A kg lifter with a plan and a round of each of Monday's combos logged in kg last week. */
async function kgLifterWithHistory(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', kgProfile)).statusCode).toBe(200);
  expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
  const today = (await c.request('GET', '/api/v1/today?date=2026-11-30')).json();
  const sessionId = randomUUID();
  for (const combo of today.session.combos) {
    const round = {
      id: randomUUID(),
      sessionId,
      date: '2026-11-30',
      combo: combo.planned.comboId,
      compound: { exercise: combo.compound.exerciseId, load: combo.compound.load, reps: combo.compound.targetReps, rir: 2, id: randomUUID() },
      shrug: { load: combo.shrug.load, reps: 12, toFailure: true, id: randomUUID() },
      secondsBetween: 4,
      unit: 'kg',
    };
    const res = await c.request('POST', '/api/v1/combos', round);
    expect(res.statusCode, res.body).toBe(201);
  }
}

for (const backend of backends) {
  describe(`one unit everywhere on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    for (const how of ['convert', 'standard', undefined] as const) {
      it(`after switching to lb (${how ?? 'no choice sent'}), no word of today's session says kg`, async () => {
        const c = await newClient(ctx().app);
        await kgLifterWithHistory(c);
        const before = (await c.request('GET', '/api/v1/today?date=2026-12-07')).json();
        expect(strings(before).some(([, s]) => /\bkg\b/.test(s))).toBe(true); // the check can fail
        const stored = (await c.request('GET', '/api/v1/profile')).json().profile;
        const put = await c.request('PUT', '/api/v1/profile', {
          ...kgProfile,
          unit: 'lb',
          bodyweight: 176.4,
          equipment: stored.inventory, // still the kg equipment, as a phone sends it
          ...(how ? { equipmentOnUnitChange: how } : {}),
        });
        expect(put.statusCode, put.body).toBe(200);
        const inventory = put.json().profile.inventory;
        expect(inventory.unit).toBe('lb');
        expect(inventory.barWeight).toBeCloseTo(how === 'standard' ? 45 : 44.09, 2);

        const after = (await c.request('GET', '/api/v1/today?date=2026-12-07')).json();
        expect(after.session.combos.length).toBeGreaterThan(0);
        const kg = strings(after).filter(([, s]) => /\bkg\b/i.test(s));
        expect(kg).toEqual([]);
        for (const combo of after.session.combos) {
          expect(combo.compound.unit).toBe('lb');
          expect(combo.compound.breakdown.unit).toBe('lb');
          for (const r of combo.compound.rampUp) expect(r.breakdown.unit).toBe('lb');
          expect(combo.source).toBe('progression'); // the kg rounds still drive the loads
        }
      });
    }

    it('refuses a bodyweight out of range with the range, once', async () => {
      const c = await newClient(ctx().app);
      for (const [bodyweight, unit, message] of [
        [0, 'kg', 'must be between 25 and 400 kg'],
        [900, 'lb', 'must be between 55 and 882 lb'],
      ] as const) {
        const res = await c.request('PUT', '/api/v1/profile', { ...kgProfile, unit, bodyweight });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.fields).toEqual([{ field: 'bodyweight', message }]);
      }
      const plate = await c.request('PUT', '/api/v1/profile', {
        ...kgProfile,
        equipment: { unit: 'kg', has: ['barbell'], barWeight: 20, plates: [{ weight: 600, pairs: 1 }], dumbbells: [], machineSteps: [], bands: [] },
      });
      expect(plate.json().error.fields).toEqual([{ field: 'equipment.plates[0].weight', message: 'must be at most 500' }]);
    });

    it('takes a 400 kg lifter in lb after the switch', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', { ...kgProfile, bodyweight: 400 })).statusCode).toBe(200);
      expect((await c.request('PUT', '/api/v1/profile', { ...kgProfile, unit: 'lb', bodyweight: 881.8 })).statusCode).toBe(200);
    });
  });
}

for (const backend of backends) {
  describe(`equipment taken away, plan not rebuilt, on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('never prescribes a dip, a landmine press or a pulldown without the equipment, and says why', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', kgProfile)).statusCode).toBe(200);
      expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
      const inventory = (await c.request('GET', '/api/v1/profile')).json().profile.inventory;
      const has = inventory.has.filter((h: string) => !['dip_station', 'landmine', 'lat_pulldown'].includes(h));
      expect((await c.request('PUT', '/api/v1/profile', { ...kgProfile, equipment: { ...inventory, has } })).statusCode).toBe(200);
      const said: string[] = [];
      for (const date of ['2026-12-07', '2026-12-08', '2026-12-10', '2026-12-11']) {
        const { session } = (await c.request('GET', `/api/v1/today?date=${date}`)).json();
        for (const combo of session.combos) {
          expect(combo.compound.exerciseId).not.toMatch(/weighted_dip|landmine|lat_pulldown/);
          if (combo.substitute) said.push(combo.substitute.reason);
        }
        for (const s of session.skipped) said.push(s.reason);
      }
      expect(said.join(' ')).toMatch(/dip station/);
      expect(said.join(' ')).toMatch(/landmine/);
      expect(said.join(' ')).toMatch(/pulldown|pull-up/);
    });
  });
}
