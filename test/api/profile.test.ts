import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const profile = { unit: 'kg', bodyweight: 82.5, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

for (const backend of backends) {
  describe(`profile on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('answers { profile: null } before setup, then stores the profile with the preset resolved to a full inventory', async () => {
      const ana = await newClient(ctx().app);
      expect((await ana.request('GET', '/api/v1/profile')).json()).toEqual({ profile: null });
      const put = await ana.request('PUT', '/api/v1/profile', profile);
      expect(put.statusCode).toBe(200);
      const stored = put.json().profile;
      expect(stored).toMatchObject({ unit: 'kg', bodyweight: 82.5, split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'] });
      expect(stored.inventory.barWeight).toBe(20);
      expect(stored.inventory.has).toHaveLength(14);
      expect((await ana.request('GET', '/api/v1/profile')).json().profile).toEqual(stored);
    });

    it('takes a full inventory and a custom split whose days come from customDays', async () => {
      const ana = await newClient(ctx().app);
      const inventory = { unit: 'lb', has: ['barbell', 'lifting_straps'], barWeight: 45, plates: [{ weight: 45, pairs: 4 }, { weight: 5, pairs: 2 }], dumbbells: [], machineSteps: [], bands: [] };
      const body = {
        ...profile,
        unit: 'lb',
        bodyweight: 181,
        split: 'custom',
        days: undefined,
        customDays: [
          { weekday: 'wed', label: 'Pull', compounds: [{ exerciseId: 'custom:my-row-machine', name: 'Row machine', pattern: 'horizontal_pull' }] },
          { weekday: 'sat', label: 'Legs', compounds: [{ exerciseId: 'romanian_deadlift' }] },
        ],
        equipment: inventory,
      };
      const res = await ana.request('PUT', '/api/v1/profile', body);
      expect(res.statusCode).toBe(200);
      expect(res.json().profile.days).toEqual(['wed', 'sat']);
      expect(res.json().profile.inventory).toEqual(inventory);
    });

    it('refuses a split and days that cannot make a week, naming the field, and stores nothing', async () => {
      const ana = await newClient(ctx().app);
      const res = await ana.request('PUT', '/api/v1/profile', { ...profile, split: 'full_body', days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ field: 'days', message: 'full_body takes 2 or 3 days, not 5' }]);
      expect((await ana.request('GET', '/api/v1/profile')).json()).toEqual({ profile: null });
      const custom = await ana.request('PUT', '/api/v1/profile', { ...profile, split: 'custom', days: undefined, customDays: [{ weekday: 'mon', label: 'A', compounds: [{ exerciseId: 'mystery_lift' }] }] });
      expect(custom.statusCode).toBe(400);
      expect(custom.json().error.fields[0].field).toBe('customDays[0].compounds[0].exerciseId');
    });

    it('names bad and unknown fields, including inside the equipment', async () => {
      const ana = await newClient(ctx().app);
      const res = await ana.request('PUT', '/api/v1/profile', { ...profile, bodyweight: 500, favouriteLift: 'bench' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['favouriteLift', 'bodyweight']);
      const heavy = await ana.request('PUT', '/api/v1/profile', { ...profile, bodyweight: 500 });
      expect(heavy.json().error.fields).toEqual([{ field: 'bodyweight', message: 'must be between 25 and 400 kg' }]);
      const both = await ana.request('PUT', '/api/v1/profile', { ...profile, equipment: { preset: 'home', barWeight: 15 } });
      expect(both.json().error.fields).toEqual([{ field: 'equipment.barWeight', message: 'give either a preset or a full inventory, not both' }]);
      const partial = await ana.request('PUT', '/api/v1/profile', { ...profile, equipment: { unit: 'kg', has: ['barbell'], barWeight: 20, plates: [], dumbbells: [], machineSteps: [] } });
      expect(partial.statusCode).toBe(400);
      expect(partial.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['equipment.bands']);
      const gym = await ana.request('PUT', '/api/v1/profile', { ...profile, equipment: { preset: 'castle' } });
      expect(gym.json().error.fields).toEqual([{ field: 'equipment.preset', message: 'must be "commercial" or "home"' }]);
    });

    it("keeps each lifter's profile to themselves and needs a login", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await ana.request('PUT', '/api/v1/profile', profile);
      expect((await ben.request('GET', '/api/v1/profile')).json()).toEqual({ profile: null });
      expect((await app.inject({ method: 'GET', url: '/api/v1/profile' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'PUT', url: '/api/v1/profile', payload: profile })).statusCode).toBe(401);
    });

    it('serves the catalog without a login: six movements, seven combos', async () => {
      const res = await ctx().app.inject({ method: 'GET', url: '/api/v1/catalog' });
      expect(res.statusCode).toBe(200);
      const catalog = res.json();
      expect(catalog.movements).toHaveLength(6);
      expect(catalog.combos.map((c: { id: string }) => c.id)).toContain('deadlift_elevation');
      expect(catalog.combos).toHaveLength(7);
      expect(catalog.equipment).toHaveLength(14);
    });
  });
}
