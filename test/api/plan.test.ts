import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../src/engine/inventory-presets.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

// A well-stocked kg gym without lifting straps: the deadlift combo then carries a warning.
const noStraps = { ...commercialGym('kg'), has: commercialGym('kg').has.filter((h) => h !== 'lifting_straps') };
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: noStraps };

interface PlanCombo { comboId: string; compoundId: string; rounds: number; restSeconds: number; after: string | null; reason: string; movement: string }
interface PlanDay { weekday: string; label: string; compounds: { exerciseId: string }[]; combos: PlanCombo[] }

/** The edit body for a plan as GET returns it: only the fields a lifter may change. */
function editOf(days: PlanDay[]) {
  return {
    days: days.map((d) => ({
      weekday: d.weekday,
      label: d.label,
      compounds: d.compounds,
      combos: d.combos.map(({ comboId, compoundId, rounds, restSeconds, after }) => ({ comboId, compoundId, rounds, restSeconds, after })),
    })),
  };
}

async function lifterWithPlan(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
  const res = await c.request('POST', '/api/v1/plan/generate');
  expect(res.statusCode).toBe(201);
  return res.json().plan as { id: string; days: PlanDay[]; warnings: { ruleId: string; where?: string }[] };
}

for (const backend of backends) {
  describe(`plan on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('asks for a profile before generating, and answers { plan: null } until there is a plan', async () => {
      const ana = await newClient(ctx().app);
      const res = await ana.request('POST', '/api/v1/plan/generate');
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('profile');
      expect((await ana.request('GET', '/api/v1/plan')).json()).toEqual({ plan: null });
    });

    it('generates a plan from the profile, stores it and serves it as the current plan', async () => {
      const ana = await newClient(ctx().app);
      const plan = await lifterWithPlan(ana);
      expect(plan).toMatchObject({ kind: 'generated', parentId: null, createdBy: ana.userId, split: 'upper_lower' });
      expect(plan.days.map((d) => d.weekday)).toEqual(['mon', 'tue', 'thu', 'fri']);
      expect(plan.days[1]!.combos.map((c) => c.comboId)).toEqual(['deadlift_elevation']);
      // The prerequisite is said to every lifter; the straps rule names its combo.
      expect(plan.warnings.map((w) => `${w.ruleId}@${w.where}`)).toEqual(['advanced_technique@undefined', 'deadlift_without_straps@deadlift_elevation']);
      expect((await ana.request('GET', '/api/v1/plan')).json().plan).toEqual(plan);
    });

    it('stores an edit that moves a combo to another day and swaps a variant, with fresh warnings', async () => {
      const ana = await newClient(ctx().app);
      const base = await lifterWithPlan(ana);
      const edit = editOf(base.days);
      const [mon, tue, thu, fri] = edit.days as [ReturnType<typeof editOf>['days'][number], ...ReturnType<typeof editOf>['days']];
      // Incline rows move from Monday to Friday; the pulldown becomes a pull-up; a second deadlift combo lands on Monday.
      const row = mon.combos.find((c) => c.comboId === 'incline_row_retraction')!;
      mon.combos = mon.combos.filter((c) => c !== row);
      fri!.combos.push({ ...row, after: null, rounds: 3 });
      thu!.combos.find((c) => c.comboId === 'pulldown_downward_rotation')!.compoundId = 'pull_up';
      mon.combos.push({ ...tue!.combos[0]!, after: null });

      const res = await ana.request('PUT', '/api/v1/plan', { ...edit, baseId: base.id });
      expect(res.statusCode).toBe(200);
      const plan = res.json().plan as typeof base & { kind: string; parentId: string };
      expect(plan).toMatchObject({ kind: 'edited', parentId: base.id });
      const fridayRow = plan.days[3]!.combos[0]!;
      expect(fridayRow).toMatchObject({ comboId: 'incline_row_retraction', rounds: 3, movement: 'retraction', reason: 'You moved it from mon to fri.' });
      expect(plan.days[2]!.combos.find((c) => c.comboId === 'pulldown_downward_rotation')).toMatchObject({ compoundId: 'pull_up', reason: expect.stringMatching(/^You chose pull-up/) });
      expect(plan.warnings.map((w) => `${w.ruleId}@${w.where}`).sort()).toEqual(['advanced_technique@undefined', 'deadlift_consecutive_days@tue', 'deadlift_without_straps@deadlift_elevation']);
      expect((await ana.request('GET', '/api/v1/plan')).json().plan).toEqual(plan);
    });

    it('refuses an edit with an unknown combo, a wrong variant or a lift that is not on the day, naming each field', async () => {
      const ana = await newClient(ctx().app);
      const base = await lifterWithPlan(ana);
      const edit = editOf(base.days);
      edit.days[0]!.combos[0]!.comboId = 'neck_curl';
      edit.days[1]!.combos[0]!.compoundId = 'bench_press';
      edit.days[2]!.combos[0]!.after = 'back_squat';
      const res = await ana.request('PUT', '/api/v1/plan', edit);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
        'days[0].combos[0].comboId',
        'days[1].combos[0].compoundId',
        'days[2].combos[0].after',
      ]);
      const rounds = editOf(base.days);
      rounds.days[0]!.combos[0]!.rounds = 9;
      const tooMany = await ana.request('PUT', '/api/v1/plan', { ...rounds, colour: 'red' });
      expect(tooMany.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['days[0].combos[0].rounds', 'colour']);
      expect((await ana.request('GET', '/api/v1/plan')).json().plan.id).toBe(base.id);
    });

    it('refuses an edit of a plan that is no longer the current one', async () => {
      const ana = await newClient(ctx().app);
      const base = await lifterWithPlan(ana);
      await ana.request('POST', '/api/v1/plan/generate');
      const res = await ana.request('PUT', '/api/v1/plan', { ...editOf(base.days), baseId: base.id });
      expect(res.statusCode).toBe(409);
    });

    it("never shows or edits another lifter's plan", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      const base = await lifterWithPlan(ana);
      expect((await ben.request('GET', '/api/v1/plan')).json()).toEqual({ plan: null });
      expect((await ben.request('PUT', '/api/v1/plan', { ...editOf(base.days), baseId: base.id })).statusCode).toBe(409);
      expect((await ana.request('GET', '/api/v1/plan')).json().plan.id).toBe(base.id);
      expect((await app.inject({ method: 'GET', url: '/api/v1/plan' })).statusCode).toBe(401);
    });
  });
}
