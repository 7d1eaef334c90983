import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCombo, findExercise } from '../catalog/index.js';
import { commercialGym, homeGym } from '../inventory-presets.js';
import { WEEKDAYS } from '../model.js';
import type { ProgramInput, Weekday, WeekPlan } from '../model.js';
import { MOVEMENT_IDS, type EquipmentId } from '../types.js';
import { generatePlan, PlanInputError } from './index.js';

const gym = commercialGym('kg');
const input = (over: Partial<ProgramInput>): ProgramInput => ({ split: 'full_body', days: ['mon', 'thu'], inventory: gym, experience: 'intermediate', ...over });
/** Each day's combos, in order, as `combo after compound`. */
const week = (plan: WeekPlan) => Object.fromEntries(plan.days.map((d) => [d.weekday, d.combos.map((c) => `${c.comboId} after ${c.after}`)]));

// The expected weeks below were worked out by hand from the placement rules in
// place.ts: each combo follows the compound of its day it fits best; the week
// keeps the deadlift combo off days next to a heavy deadlift day, then spreads
// combos most evenly (least sum of squared counts), then fits best (least total
// rank in fitsAfter); ties go to the earliest days for the earliest combos in
// catalog order. A day lists its combos in the order of the compounds they follow.
describe('generatePlan: golden weeks in a commercial gym', () => {
  it('full body, 2 days', () => {
    expect(week(generatePlan(input({ days: ['thu', 'mon'] })))).toEqual({
      mon: ['floor_press_protraction after bench_press', 'dip_depression after bench_press', 'pulldown_downward_rotation after chin_up'],
      thu: ['deadlift_elevation after romanian_deadlift', 'landmine_press_upward_rotation after overhead_press', 'incline_row_retraction after barbell_row'],
    });
  });

  it('full body, 3 days', () => {
    expect(week(generatePlan(input({ days: ['mon', 'wed', 'fri'] })))).toEqual({
      // Two a day; the dip and one of retraction/upward rotation cannot have their best fit.
      // Ties are broken toward monday for the retraction combo (earliest in catalog order).
      mon: ['floor_press_protraction after bench_press', 'incline_row_retraction after chin_up'],
      wed: ['deadlift_elevation after romanian_deadlift', 'landmine_press_upward_rotation after overhead_press'],
      fri: ['dip_depression after incline_bench_press', 'pulldown_downward_rotation after chin_up'],
    });
  });

  it('upper/lower, 4 days: the lower days only fit the deadlift', () => {
    const plan = generatePlan(input({ split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'] }));
    expect(plan.days.map((d) => d.label)).toEqual(['Upper A', 'Lower A', 'Upper B', 'Lower B']);
    expect(week(plan)).toEqual({
      mon: ['floor_press_protraction after bench_press', 'dip_depression after bench_press', 'incline_row_retraction after barbell_row'],
      tue: ['deadlift_elevation after romanian_deadlift'],
      thu: ['landmine_press_upward_rotation after overhead_press', 'pulldown_downward_rotation after chin_up'],
      fri: [],
    });
  });

  it('push/pull/legs, 3 days', () => {
    expect(week(generatePlan(input({ split: 'push_pull_legs', days: ['mon', 'wed', 'fri'] })))).toEqual({
      mon: ['floor_press_protraction after bench_press', 'dip_depression after bench_press', 'landmine_press_upward_rotation after overhead_press'],
      wed: ['incline_row_retraction after barbell_row', 'pulldown_downward_rotation after chin_up'],
      fri: ['deadlift_elevation after romanian_deadlift'],
    });
  });

  it('push/pull/legs, 6 days: more days than combos leaves a day free', () => {
    const plan = generatePlan(input({ split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }));
    expect(plan.days.map((d) => d.label)).toEqual(['Push A', 'Pull A', 'Legs A', 'Push B', 'Pull B', 'Legs B']);
    expect(week(plan)).toEqual({
      // Three pressing combos share the two push days; the rest get a day each.
      mon: ['floor_press_protraction after bench_press', 'dip_depression after bench_press'],
      tue: ['incline_row_retraction after barbell_row'],
      wed: ['deadlift_elevation after romanian_deadlift'],
      thu: ['landmine_press_upward_rotation after overhead_press'],
      fri: ['pulldown_downward_rotation after chin_up'],
      sat: [],
    });
  });

  it("custom split with the lifter's own exercises, given out of week order", () => {
    const plan = generatePlan(
      input({
        split: 'custom',
        days: [],
        customDays: [
          { weekday: 'sat', label: 'Shoulders', compounds: [{ exerciseId: 'machine_shoulder_press', name: 'machine shoulder press', pattern: 'vertical_press' }, { exerciseId: 'chin_up' }] },
          { weekday: 'tue', label: 'Chest & back', compounds: [{ exerciseId: 'db_bench_press' }, { exerciseId: 'seated_cable_row' }] },
          { weekday: 'thu', label: 'Legs', compounds: [{ exerciseId: 'hack_squat', name: 'hack squat', pattern: 'squat' }, { exerciseId: 'barbell_deadlift' }] },
        ],
      }),
    );
    expect(week(plan)).toEqual({
      tue: ['floor_press_protraction after db_bench_press', 'dip_depression after db_bench_press', 'incline_row_retraction after seated_cable_row'],
      thu: ['deadlift_elevation after barbell_deadlift'],
      sat: ['landmine_press_upward_rotation after machine_shoulder_press', 'pulldown_downward_rotation after chin_up'],
    });
    expect(plan.days[2]!.combos[0]!.reason).toBe('Follows your machine shoulder press: the same vertical press, so those muscles are already warm.');
    expect(plan.days[0]!.combos[1]!.reason).toBe('Follows your dumbbell bench press: after a horizontal press this combo fits the session.');
    expect(plan.days[1]!.combos[0]!.reason).toMatch(/^Your own barbell deadlift is this combo's compound/);
  });
});

describe('generatePlan', () => {
  it('gives the same plan for the same input, whatever order the days come in', () => {
    const a = generatePlan(input({ split: 'upper_lower', days: ['fri', 'mon', 'thu', 'tue'] }));
    const b = generatePlan(input({ split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'] }));
    expect(a).toEqual(b);
    expect(generatePlan(input({}))).toEqual(generatePlan(input({})));
  });

  it('covers all six movements in a commercial gym, with nothing omitted', () => {
    const plan = generatePlan(input({}));
    expect(plan.omitted).toEqual([]);
    expect(plan.days.flatMap((d) => d.combos.map((c) => c.movement)).sort()).toEqual([...MOVEMENT_IDS].sort());
  });

  it('in a home gym, pulls up instead of pulling down and leaves out depression and upward rotation with reasons', () => {
    const plan = generatePlan(input({ split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory: homeGym('kg') }));
    expect(week(plan)).toEqual({
      mon: ['floor_press_protraction after bench_press', 'incline_row_retraction after barbell_row'],
      tue: ['deadlift_elevation after romanian_deadlift'],
      thu: ['pulldown_downward_rotation after chin_up'],
      fri: [],
    });
    const pull = plan.days[2]!.combos[0]!;
    expect(pull.compoundId).toBe('pull_up');
    expect(pull.reason).toContain('No lat-pulldown machine, so pull-up');
    expect(plan.omitted).toEqual([
      { movement: 'depression', reason: 'no dip station: depression is left out; a dip station or parallel bars bring it back' },
      { movement: 'upward_rotation', reason: 'no landmine: upward rotation is left out; a landmine for your barbell brings it back' },
    ]);
  });

  it('doses rounds by experience and rests longer after the deadlift combo', () => {
    for (const [experience, rounds] of [['beginner', 1], ['intermediate', 2], ['advanced', 3]] as const) {
      const combos = generatePlan(input({ experience })).days.flatMap((d) => d.combos);
      for (const c of combos) {
        expect(c.rounds).toBe(rounds);
        expect(c.restSeconds).toBe(c.comboId === 'deadlift_elevation' ? 240 : 180);
        expect(c.repRange).toEqual(findCombo(c.comboId)!.repRange);
        expect(c.targetRir).toEqual({ min: 2, max: 3 });
      }
    }
  });

  it('tells every lifter the prerequisite, and warns a beginner and sets drill weeks first', () => {
    const plan = generatePlan(input({ experience: 'beginner' }));
    expect(plan.drillWeeks).toBe(2);
    const w = plan.warnings.find((x) => x.ruleId === 'advanced_technique')!;
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('six directions');
    expect(w.message).toMatch(/first 2 weeks on the drills alone/);
    for (const experience of ['intermediate', 'advanced'] as const) {
      const other = generatePlan(input({ experience }));
      expect(other.drillWeeks).toBe(0);
      const told = other.warnings.find((x) => x.ruleId === 'advanced_technique')!;
      expect(told).toMatchObject({ severity: 'info' });
      expect(told.message).toMatch(/move your shoulder blades in each of the six directions on purpose/);
    }
  });

  it('never puts the deadlift combo next to a heavy deadlift day in a 2-day week', () => {
    // Sunday and monday are neighbours: the combo must stay on sunday, beside the lifter's own deadlift.
    const plan = generatePlan(
      input({
        split: 'custom',
        days: ['sun', 'mon'],
        customDays: [
          { weekday: 'mon', label: 'A', compounds: [{ exerciseId: 'romanian_deadlift' }, { exerciseId: 'bench_press' }] },
          { weekday: 'sun', label: 'B', compounds: [{ exerciseId: 'barbell_deadlift' }, { exerciseId: 'barbell_row' }] },
        ],
      }),
    );
    const dl = plan.days.filter((d) => d.combos.some((c) => c.comboId === 'deadlift_elevation')).map((d) => d.weekday);
    expect(dl).toEqual(['sun']);
  });

  it('throws PlanInputError naming the field on bad input', () => {
    expect(() => generatePlan(input({ days: ['mon'] }))).toThrow(PlanInputError);
    expect(() => generatePlan(input({ days: ['mon', 'mon'] }))).toThrow(/^days: mon is listed twice$/);
    expect(() => generatePlan(input({ days: ['mon', 'someday' as never] }))).toThrow(/^days\[1\]: unknown weekday/);
  });

  it('for any built-in split on any valid days, places every combo after a compound of its pattern on that day (property)', () => {
    const arb = fc.oneof(
      fc.record({ split: fc.constant('full_body' as const), days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 2, maxLength: 3 }) }),
      fc.record({ split: fc.constant('upper_lower' as const), days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 2, maxLength: 4 }) }),
      fc.record({ split: fc.constant('push_pull_legs' as const), days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 3, maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(arb, fc.constantFrom('beginner' as const, 'intermediate' as const, 'advanced' as const), (x, experience) => {
        const plan = generatePlan(input({ ...x, experience }));
        const order = plan.days.map((d) => WEEKDAYS.indexOf(d.weekday));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(plan.days.flatMap((d) => d.combos).length).toBe(6);
        for (const d of plan.days) {
          for (const c of d.combos) {
            const own = d.compounds.find((k) => k.exerciseId === c.after)!;
            expect(findCombo(c.comboId)!.fitsAfter).toContain(findExercise(own.exerciseId)!.pattern);
          }
        }
      }),
    );
  });

  it('gives a gym without a barbell own lifts it can load: no barbell bench press or back squat for dumbbells only', () => {
    const dumbbellsOnly = { ...homeGym('kg'), has: ['dumbbells', 'adjustable_bench'] as EquipmentId[] };
    for (const split of ['full_body', 'upper_lower', 'push_pull_legs'] as const) {
      const days = split === 'push_pull_legs' ? ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] : ['mon', 'wed', 'fri'];
      const plan = generatePlan({ split, days: days as Weekday[], inventory: dumbbellsOnly, experience: 'intermediate' });
      const lifts = plan.days.flatMap((d) => d.compounds.map((c) => c.exerciseId));
      expect(lifts.length).toBeGreaterThan(0);
      for (const id of lifts) expect(findExercise(id)!.requires.every((item) => dumbbellsOnly.has.includes(item)), id).toBe(true);
      expect(lifts).not.toContain('bench_press');
      expect(lifts).not.toContain('back_squat');
    }
    const fullBody = generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory: dumbbellsOnly, experience: 'intermediate' });
    expect(fullBody.days[0]!.compounds.map((c) => c.exerciseId)).toEqual(['goblet_squat', 'db_bench_press', 'one_arm_db_row']);
  });
});
