// The system's rules wherever a lifter logs, with the words the plan uses:
// kit the lifter lacks (straps for the deadlift shrug) is named when a round
// is logged and when the next one is prescribed, not only when the week is
// built; a compound the system rules out is refused with the reason; and every
// combo the API describes says the shrug follows at once and goes to failure,
// its pause held where that movement's contraction is full.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../src/engine/inventory-presets.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

const NOW = new Date('2025-03-04T09:00:00Z');
const gym = commercialGym('kg');
const noStraps = { ...gym, has: gym.has.filter((h) => h !== 'lifting_straps') };
const profile = (equipment: unknown) => ({ unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment });

async function lifter(c: Client, equipment: unknown) {
  expect((await c.request('PUT', '/api/v1/profile', profile(equipment))).statusCode).toBe(200);
  expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
}

for (const backend of backends) {
  describe(`the system's rules wherever a lifter logs, on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('names missing straps when a deadlift round is logged and when the next one is prescribed, in the plan’s words', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, noStraps);
      const planned = (await c.request('GET', '/api/v1/plan')).json().plan.warnings.find((w: { ruleId: string }) => w.ruleId === 'deadlift_without_straps');
      expect(planned).toBeDefined();
      const logged = await c.request('POST', '/api/v1/combos', deadliftRound());
      expect(logged.statusCode).toBe(201);
      const atLog = logged.json().warnings.find((w: { ruleId: string }) => w.ruleId === 'deadlift_without_straps');
      expect(atLog?.message).toBe(planned.message);
      const next = (await c.request('GET', '/api/v1/next?combo=deadlift_elevation')).json();
      expect(JSON.stringify(next)).toContain(planned.message);
    });

    it('says nothing of straps to a lifter who has them', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, { preset: 'commercial' });
      const logged = await c.request('POST', '/api/v1/combos', deadliftRound());
      expect(logged.json().warnings.map((w: { ruleId: string }) => w.ruleId)).not.toContain('deadlift_without_straps');
    });

    it('refuses a standing barbell row logged for retraction with the reason, not only "not a variant"', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, { preset: 'commercial' });
      const res = await c.request('POST', '/api/v1/combos', deadliftRound({ combo: 'incline_row_retraction', compound: { id: crypto.randomUUID(), exercise: 'barbell_row', load: 60, reps: 10, rir: 2 }, shrug: { id: crypto.randomUUID(), load: 60, reps: 12, toFailure: true } }));
      expect(res.statusCode).toBe(400);
      const field = res.json().error.fields.find((f: { field: string }) => f.field === 'compound.exercise');
      expect(field.message).toMatch(/not a variant of this combo: The standing barbell row tires the lower back before the blade muscles/);
    });

    it('describes every combo of today and of the plan as the compound, then at once the shrug to failure with its pause', async () => {
      const c = await newClient(ctx().app);
      await lifter(c, { preset: 'commercial' });
      const plan = (await c.request('GET', '/api/v1/plan')).json().plan;
      for (const combo of plan.days.flatMap((d: { combos: { instruction: string }[] }) => d.combos)) expect(combo.instruction).toMatch(/then at once \(within 5 s\) the .+ to failure; hold 1 s at full contraction/);
      // Tuesday is the deadlift day: log one round, so the shrug has a mark from history.
      await c.request('POST', '/api/v1/combos', deadliftRound());
      const today = (await c.request('GET', '/api/v1/today?day=tue')).json();
      const combos = today.session.combos as { instruction: string; shrug: { targetReps: number | null; pauseAt: string; instruction: string } }[];
      expect(combos.length).toBeGreaterThan(0);
      for (const k of combos) {
        expect(k.instruction).toMatch(/then at once/);
        expect(k.shrug.instruction).toMatch(/^to failure/);
        expect(k.shrug.instruction).toContain(k.shrug.pauseAt);
        if (k.shrug.targetReps !== null) expect(k.shrug.instruction).toContain('not a place to stop');
      }
    });

    it("marks a beginner's drill week in /today and holds the loaded combos back, unless asked to start anyway", async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', { ...profile({ preset: 'commercial' }), experience: 'beginner' })).statusCode).toBe(200);
      expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
      const held = (await c.request('GET', '/api/v1/today?date=2025-03-04')).json();
      expect(held.drillWeek).toEqual({ week: 1, of: 2, weeksAfter: 1, combosFrom: '2025-03-18' });
      expect(held.session.combos).toEqual([]);
      expect(held.session.skipped.length).toBeGreaterThan(0);
      for (const k of held.session.skipped) expect(k.reason).toMatch(/^drill week 1 of 2: .*start on 2025-03-18/);
      expect(held.session.warmup.drills).toHaveLength(6);
      const anyway = (await c.request('GET', '/api/v1/today?date=2025-03-04&combos=anyway')).json();
      expect(anyway.drillWeek.week).toBe(1);
      expect(anyway.session.combos.length).toBe(held.session.skipped.length);
      // Two weeks on, the combos come by themselves; an intermediate lifter never has drill weeks.
      expect((await c.request('GET', '/api/v1/today?date=2025-03-18')).json()).toMatchObject({ drillWeek: null });
      const mid = await newClient(ctx().app);
      await lifter(mid, { preset: 'commercial' });
      expect((await mid.request('GET', '/api/v1/today?date=2025-03-04')).json().drillWeek).toBeNull();
    });
  });
}
