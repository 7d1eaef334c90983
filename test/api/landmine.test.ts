// GET /api/v1/landmine: the press's curve, plates alone and with a band, and the
// band from the lifter's own equipment, in the lifter's unit; bad input named.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../src/engine/inventory-presets.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const withBands = (unit: 'kg' | 'lb', resistanceBands: { tension: number }[]) => ({
  unit,
  bodyweight: unit === 'kg' ? 80 : 176,
  experience: 'intermediate',
  split: 'upper_lower',
  days: ['mon', 'tue', 'thu', 'fri'],
  equipment: { ...commercialGym(unit), resistanceBands },
});

async function lifter(c: Client, body: object) {
  expect((await c.request('PUT', '/api/v1/profile', body)).statusCode).toBe(200);
}

for (const backend of backends) {
  describe(`the landmine curve on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('suggests a band from the equipment and draws the press with it, key points included', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, withBands('kg', [{ tension: 5 }, { tension: 15 }, { tension: 40 }]));
      const res = await c.request('GET', '/api/v1/landmine?load=20');
      expect(res.statusCode).toBe(200);
      const v = res.json();
      expect(v.unit).toBe('kg');
      expect(v.points).toHaveLength(21);
      expect(v.suggestion.index).not.toBeNull();
      expect(v.suggestion.reason).toMatch(/evens the press out most/);
      expect(v.band).toMatchObject({ tension: v.suggestion.band.tension, anchor: 'under_knee' });
      expect(v.key.flatness).toBeLessThan(v.key.flatnessWithoutBand);
      expect(v.key.bandShareAtLockout).toBeGreaterThan(0);
      expect(v.key.lockout.combined).toBeCloseTo(v.key.lockout.landmine + v.key.lockout.band);
      // The plates alone: 20 kg at 35° over a 1.9/1.8 lever.
      expect(v.key.bottom.landmine).toBeCloseTo((20 * 1.9 * Math.cos((35 * Math.PI) / 180)) / 1.8);
    });

    it('draws the band asked for, or none, and aims the suggestion at the top when asked', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, withBands('kg', [{ tension: 5 }, { tension: 40 }]));
      const asked = (await c.request('GET', '/api/v1/landmine?load=20&band=10&bandRest=1&anchor=under_landmine&points=5')).json();
      expect(asked.band).toMatchObject({ tension: 10, restLength: 1, atStretch: 1, anchor: 'under_landmine', anchorX: 0.25 });
      expect(asked.points).toHaveLength(5);
      const none = (await c.request('GET', '/api/v1/landmine?load=20&noBand=true')).json();
      expect(none.band).toBeNull();
      expect(none.key.bandShareAtLockout).toBe(0);
      const top = (await c.request('GET', '/api/v1/landmine?load=20&goal=top')).json();
      expect(top.suggestion.band).toEqual({ tension: 40 });
      expect(top.suggestion.reason).toMatch(/loads the top most/);
    });

    it('weighs bands kept in the other unit in the lifter’s, and says so when there are none', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, { ...withBands('lb', []), equipment: { ...commercialGym('kg'), resistanceBands: [{ tension: 10 }] } });
      const v = (await c.request('GET', '/api/v1/landmine?load=45&goal=top')).json();
      expect(v.unit).toBe('lb');
      expect(v.suggestion.band.tension).toBeCloseTo(22.05, 1);
      const bare = await newClient(ctx().app, 'bare');
      await lifter(bare, withBands('kg', []));
      const b = (await bare.request('GET', '/api/v1/landmine?load=20')).json();
      expect(b.band).toBeNull();
      expect(b.suggestion.reason).toMatch(/no resistance bands/);
    });

    it('names the field and why for bad input, and wants a profile and a sign-in', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('GET', '/api/v1/landmine?load=20')).statusCode).toBe(409);
      await lifter(c, withBands('kg', []));
      for (const [query, field, message] of [
        ['', 'load', /number/],
        ['load=heavy', 'load', /must be a number/],
        ['load=0', 'load', /at least 0.5/],
        ['load=20&band=900', 'band', /at most 500/],
        ['load=20&anchor=wall', 'anchor', /under_knee or under_landmine/],
        ['load=20&goal=fast', 'goal', /flatten or top/],
        ['load=20&points=2.5', 'points', /whole number/],
        ['load=20&colour=red', '', /colour/],
      ] as const) {
        const res = await c.request('GET', `/api/v1/landmine?${query}`);
        expect(res.statusCode, query).toBe(400);
        const fields = res.json().error.fields ?? [];
        if (field) expect(fields.find((f: { field: string }) => f.field === field)?.message, query).toMatch(message);
        else expect(JSON.stringify(res.json().error), query).toMatch(message);
      }
      const anon = await ctx().app.inject({ method: 'GET', url: '/api/v1/landmine?load=20' });
      expect(anon.statusCode).toBe(401);
    });
  });
}
