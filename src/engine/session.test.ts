import { describe, expect, it } from 'vitest';
import { commercialGym, homeGym } from './inventory-presets.js';
import type { ComboLog, Profile } from './model.js';
import { generatePlan } from './program/index.js';
import { buildSession, SessionInputError, sessionOrder } from './session.js';

const inventory = commercialGym('kg');
const plan = generatePlan({ split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], inventory, experience: 'intermediate' });
const profile: Profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate' };
const deadliftDay = plan.days.find((d) => d.combos.some((c) => c.comboId === 'deadlift_elevation'))!.weekday;

const log: ComboLog = {
  date: '2026-11-16',
  comboId: 'deadlift_elevation',
  compoundId: 'barbell_deadlift',
  shrugId: 'barbell_shrug',
  unit: 'kg',
  compound: { load: 140, reps: 8, rir: 2 },
  shrug: { load: 140, reps: 14, toFailure: true },
  secondsBetween: 1,
};

describe("today's session", () => {
  it('guesses a first load below the top of the range, buildable, with ramp-up sets under it', () => {
    const s = buildSession({ plan, weekday: deadliftDay, profile, inventory });
    const dl = s.combos.find((c) => c.planned.comboId === 'deadlift_elevation')!;
    expect(dl.source).toBe('estimate');
    expect(dl.compound.breakdown.kind).toBe('barbell');
    expect(dl.compound.rampUp.length).toBeGreaterThan(0);
    for (const r of dl.compound.rampUp) expect(r.load).toBeLessThan(dl.compound.load);
    expect(dl.shrug.load).toBe(dl.compound.load);
    expect(dl.shrug.targetReps).toBeNull();
  });

  it('follows the latest log of the combo, ignoring older ones', () => {
    const older = { ...log, date: '2026-11-09', compound: { load: 100, reps: 8, rir: 3 } };
    const s = buildSession({ plan, weekday: deadliftDay, profile, inventory, history: [log, older] });
    const dl = s.combos.find((c) => c.planned.comboId === 'deadlift_elevation')!;
    expect(dl.source).toBe('progression');
    expect(dl.compound.load).toBe(142.5);
    // a new load has no shrug mark yet: the shrug simply goes to failure
    expect(dl.shrug.targetReps).toBeNull();
  });

  it('asks the shrug to beat its last reps when the load holds', () => {
    const inRange = { ...log, compound: { load: 140, reps: 7, rir: 2 } };
    const s = buildSession({ plan, weekday: deadliftDay, profile, inventory, history: [inRange] });
    const dl = s.combos.find((c) => c.planned.comboId === 'deadlift_elevation')!;
    expect(dl.compound.load).toBe(140);
    expect(dl.compound.targetReps).toBe(8);
    expect(dl.shrug.targetReps).toBe(15);
  });

  it('gives a lb lifter lb loads built from lb plates, even from a kg log', () => {
    const lbGym = commercialGym('lb');
    const lbPlan = generatePlan({ split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], inventory: lbGym, experience: 'intermediate' });
    const s = buildSession({ plan: lbPlan, weekday: deadliftDay, profile: { ...profile, unit: 'lb', bodyweight: 176 }, inventory: lbGym, history: [log] });
    const dl = s.combos.find((c) => c.planned.comboId === 'deadlift_elevation')!;
    // 140 kg is 308.6 lb: 310 lb on lb plates, then one 5 lb step.
    expect(dl.compound).toMatchObject({ load: 315, unit: 'lb', breakdown: { kind: 'barbell', unit: 'lb', bar: 45 } });
    expect(dl.shrug).toMatchObject({ load: 315, unit: 'lb' });
    for (const r of dl.compound.rampUp) expect(Number.isInteger(r.load * 2)).toBe(true);
  });

  it('puts the warm-up drills of today\'s combos last', () => {
    const s = buildSession({ plan, weekday: deadliftDay, profile, inventory });
    const drills = s.warmup.drills;
    expect(drills).toHaveLength(6);
    expect(drills[drills.length - 1]!.movement).toBe('elevation');
    expect(drills[drills.length - 1]!.usedToday).toBe(true);
  });

  it('refuses a day that is not in the plan, naming the training days', () => {
    expect(() => buildSession({ plan, weekday: 'sun', profile, inventory })).toThrow(SessionInputError);
    expect(() => buildSession({ plan, weekday: 'sun', profile, inventory })).toThrow('training days: mon, tue, wed, thu, fri, sat');
  });

  it('skips, with a reason, a combo the inventory cannot load', () => {
    const bare = { ...homeGym('kg'), plates: [], dumbbells: [] };
    const s = buildSession({ plan, weekday: 'tue', profile, inventory: bare });
    const row = plan.days.find((d) => d.weekday === 'tue')!.combos[0]!;
    expect(s.skipped).toEqual([{ comboId: row.comboId, reason: expect.stringContaining('nothing in your equipment loads') }]);
  });
});

describe('the order of a day', () => {
  it('puts each combo right after the own lift it follows, as the plan does, and a combo after no lift last', () => {
    const order = sessionOrder(
      [{ exerciseId: 'barbell_row' }, { exerciseId: 'bench_press' }],
      [
        { planned: { comboId: 'floor_press_protraction', after: 'bench_press' } },
        { planned: { comboId: 'incline_row_retraction', after: 'barbell_row' } },
        { planned: { comboId: 'deadlift_elevation', after: null } },
      ],
    );
    expect(order).toEqual([
      { kind: 'lift', exerciseId: 'barbell_row' },
      { kind: 'combo', comboId: 'incline_row_retraction' },
      { kind: 'lift', exerciseId: 'bench_press' },
      { kind: 'combo', comboId: 'floor_press_protraction' },
      { kind: 'combo', comboId: 'deadlift_elevation' },
    ]);
  });

  it('gives every day of a generated week each combo after its lift', () => {
    for (const day of plan.days) {
      const session = buildSession({ plan, weekday: day.weekday, profile, inventory, history: [] });
      const order = session.order;
      expect(order.filter((s) => s.kind === 'combo').map((s) => (s as { comboId: string }).comboId).sort()).toEqual(session.combos.map((c) => c.planned.comboId).sort());
      for (const c of session.combos) {
        if (c.planned.after === null) continue;
        const at = order.findIndex((s) => s.kind === 'combo' && s.comboId === c.planned.comboId);
        const before = order.slice(0, at).reverse().find((s) => s.kind === 'lift') as { exerciseId: string } | undefined;
        expect(before?.exerciseId, c.planned.comboId).toBe(c.planned.after);
      }
    }
  });
});

