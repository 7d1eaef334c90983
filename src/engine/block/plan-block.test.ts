// Training blocks: volume per blade movement starts low and ramps, feedback and
// performance steer it with a reason, a deload ends it (brought forward when
// recovery fails), stalled or painful variants are rotated, and the next block
// starts from where this one ended.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber } from '../analytics/dates.js';
import { commercialGym } from '../inventory-presets.js';
import type { ComboLog, Feedback } from '../model.js';
import { generatePlan } from '../program/generate.js';
import { planBlock, summarizeBlock } from './index.js';

const inventory = commercialGym('kg');
const plan = generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory, experience: 'intermediate' });
const START = '2026-12-07'; // a Monday
const on = (week: number, day = 0) => dateOfDay(dayNumber(START) + (week - 1) * 7 + day);

/** `rounds` rounds of the incline row combo on a date: compound load × reps at RIR 2, shrug reps to failure. */
function rows(date: string, o: { rounds?: number; load?: number; reps?: number; shrug?: number; feedback?: Feedback; compoundId?: string } = {}): ComboLog[] {
  return Array.from({ length: o.rounds ?? 2 }, (_, i) => ({
    date,
    comboId: 'incline_row_retraction',
    compoundId: o.compoundId ?? 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit: 'kg' as const,
    compound: { load: o.load ?? 30, reps: o.reps ?? 10, rir: 2 },
    shrug: { load: o.load ?? 30, reps: o.shrug ?? 14, toFailure: true },
    secondsBetween: 2,
    ...(i === 0 && o.feedback ? { feedback: o.feedback } : {}),
  }));
}

const retraction = (b: ReturnType<typeof planBlock>, week: number) => b.weeks[week - 1]!.combos.find((c) => c.movement === 'retraction')!;
const why = (b: ReturnType<typeof planBlock>, week: number) => b.weeks[week - 1]!.decisions.find((d) => d.movement === 'retraction')!;

describe('a training block', () => {
  it('starts at a low dose, ramps a round a week without feedback, and ends in a deload at half the rounds', () => {
    const b = planBlock({ plan, inventory, start: START });
    expect(b.weeks.map((w) => w.startsOn)).toEqual([on(1), on(2), on(3), on(4), on(5)]);
    expect(b.weeks.map((w) => retraction(b, w.week).rounds)).toEqual([2, 3, 4, 5, 3]);
    expect(b.deloadWeek).toBe(5);
    const deload = retraction(b, 5);
    expect(deload).toMatchObject({ compoundRir: { min: 4, max: 5 }, shrugRir: { min: 2, max: 3 } });
    expect(retraction(b, 2)).toMatchObject({ compoundRir: { min: 2, max: 3 }, shrugRir: { min: 0, max: 0 } });
    expect(why(b, 5).reason).toMatch(/the one week it does/);
    expect(b.weeks.every((w) => w.status === 'planned')).toBe(true);
  });

  it('adds a round when recovered early and performing, holds when healed just in time', () => {
    const early = planBlock({ plan, inventory, start: START, history: rows(on(1), { feedback: { soreness: 'healed_early', pump: 'some' } }) });
    expect(why(early, 2)).toMatchObject({ change: 'add', from: 2, to: 3 });
    expect(why(early, 2).reason).toMatch(/recovered early and performing/);
    const justInTime = planBlock({ plan, inventory, start: START, history: rows(on(1), { feedback: { soreness: 'just_in_time' } }) });
    expect(why(justInTime, 2)).toMatchObject({ change: 'hold', to: 2 });
    expect(justInTime.weeks[0]!.status).toBe('logged');
  });

  it('holds a movement\'s rounds after a week gone by without a session of it, and ramps only weeks still ahead', () => {
    // Retraction trained in weeks 1 and 3, nothing of it in week 2: week 3 keeps week 2's rounds.
    const b = planBlock({ plan, inventory, start: START, history: [...rows(on(1), { feedback: { soreness: 'healed_early' } }), ...rows(on(3), { feedback: { soreness: 'healed_early' } })] });
    expect(why(b, 2)).toMatchObject({ change: 'add', from: 2, to: 3 });
    expect(why(b, 3)).toMatchObject({ change: 'hold', from: 3, to: 3 });
    expect(why(b, 3).reason).toBe('retraction: no session of this movement that week: rounds held at 3');
    // Week 4 has nothing logged yet and nothing after it: the planned ramp.
    expect(why(b, 4)).toMatchObject({ change: 'add', from: 3, to: 4 });
  });

  it('takes a round away when still sore, and brings the deload forward when still sore twice running', () => {
    const once = planBlock({ plan, inventory, start: START, history: [...rows(on(1), { feedback: { soreness: 'healed_early' } }), ...rows(on(2), { rounds: 3, feedback: { soreness: 'still_sore' } })] });
    expect(why(once, 3)).toMatchObject({ change: 'cut', from: 3, to: 2 });
    const twice = planBlock({
      plan,
      inventory,
      start: START,
      history: [...rows(on(1), { feedback: { soreness: 'still_sore' } }), ...rows(on(2), { feedback: { soreness: 'still_sore' } })],
    });
    expect(twice.deloadWeek).toBe(3);
    expect(twice.weeks).toHaveLength(3);
    expect(twice.weeks[2]!.deload).toBe(true);
    expect(why(twice, 3).change).toBe('deload');
  });

  it('brings the deload forward when performance falls two sessions running', () => {
    const b = planBlock({ plan, inventory, start: START, history: [...rows(on(1), { reps: 12 }), ...rows(on(2), { reps: 10, shrug: 12 }), ...rows(on(3), { reps: 8, shrug: 10 })] });
    expect(b.deloadWeek).toBe(4);
    expect(b.weeks[2]!.decisions.find((d) => d.movement === 'retraction')).toBeDefined();
  });

  it('cuts a round and suggests another variant when the joints hurt', () => {
    const b = planBlock({ plan, inventory, start: START, history: rows(on(1), { feedback: { joints: 'pain' } }) });
    expect(why(b, 2)).toMatchObject({ change: 'cut', to: 1 });
    expect(b.rotations).toEqual([expect.objectContaining({ comboId: 'incline_row_retraction', from: 'incline_db_row', reason: expect.stringMatching(/joints hurt/) })]);
    expect(b.rotations[0]!.to).not.toBe('incline_db_row');
  });

  it('suggests another variant after three sessions without progress while recovering fine', () => {
    const flat = [1, 2, 3, 4].flatMap((w) => rows(on(w), { feedback: { soreness: 'just_in_time' } }));
    const b = planBlock({ plan, inventory, start: START, history: flat });
    expect(b.rotations).toEqual([expect.objectContaining({ comboId: 'incline_row_retraction', reason: expect.stringMatching(/three sessions without progress/) })]);
    const progressing = [1, 2, 3, 4].flatMap((w) => rows(on(w), { reps: 8 + w, feedback: { soreness: 'just_in_time' } }));
    expect(planBlock({ plan, inventory, start: START, history: progressing }).rotations).toEqual([]);
  });

  it('starts the next block a round under where this one ended', () => {
    const last = rows(on(4), { rounds: 5 });
    const next = planBlock({ plan, inventory, start: on(6), history: last });
    expect(retraction(next, 1).rounds).toBe(4);
    expect(why(next, 1).reason).toMatch(/a round under where the last block ended \(5\)/);
    expect(next.weeks[0]!.combos.find((c) => c.movement === 'elevation')!.rounds).toBe(2);
  });

  it('refuses a block outside 4-6 weeks', () => {
    expect(() => planBlock({ plan, inventory, start: START, weeks: 3 })).toThrow(/4-6 weeks/);
    expect(() => planBlock({ plan, inventory, start: START, weeks: 7 })).toThrow(/4-6 weeks/);
    expect(planBlock({ plan, inventory, start: START, weeks: 6 }).weeks).toHaveLength(6);
  });

  it('never goes past five rounds nor under one, and always ends in one deload week, whatever the feedback', () => {
    const rating = fc.record({
      soreness: fc.constantFrom(undefined, 'never_sore', 'healed_early', 'just_in_time', 'still_sore'),
      joints: fc.constantFrom(undefined, 'none', 'some', 'pain'),
      reps: fc.integer({ min: 6, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 0, maxLength: 5 }), fc.integer({ min: 4, max: 6 }), (weeks, n) => {
        const history = weeks.flatMap((r, i) => rows(on(i + 1), { reps: r.reps, feedback: Object.fromEntries(Object.entries({ soreness: r.soreness, joints: r.joints }).filter(([, v]) => v !== undefined)) as Feedback }));
        const b = planBlock({ plan, inventory, start: START, weeks: n, history });
        const all = b.weeks.flatMap((w) => w.combos.map((c) => c.rounds));
        expect(Math.max(...all)).toBeLessThanOrEqual(5);
        expect(Math.min(...all)).toBeGreaterThanOrEqual(1);
        expect(b.weeks.filter((w) => w.deload).map((w) => w.week)).toEqual([b.deloadWeek]);
        expect(b.weeks.at(-1)!.deload).toBe(true);
        expect(planBlock({ plan, inventory, start: START, weeks: n, history })).toEqual(b);
      }),
      { numRuns: 60, seed: 77 },
    );
  });
});

describe('a block summary', () => {
  it('counts hard sets, follows the estimated 1RM and shrug reps, and reads the soreness trend', () => {
    const history = [
      ...rows(on(1), { reps: 10, shrug: 14, feedback: { soreness: 'healed_early' } }),
      ...rows(on(2), { rounds: 3, reps: 11, shrug: 15, feedback: { soreness: 'healed_early' } }),
      ...rows(on(3), { rounds: 4, reps: 12, shrug: 15, feedback: { soreness: 'still_sore' } }),
    ];
    const b = planBlock({ plan, inventory, start: START, history });
    const s = summarizeBlock(b, history, 'kg');
    const r = s.movements.find((m) => m.movement === 'retraction')!;
    expect(r.loggedRounds.slice(0, 3)).toEqual([2, 3, 4]);
    expect(r.sets).toBe(18);
    // Epley: 30 × (1 + 12/30) = 42 → 30 × (1 + 14/30) = 44.
    expect(r.e1rm).toEqual({ first: 42, last: 44, change: 2 });
    expect(r.shrug).toEqual({ first: { reps: 14, load: 30 }, last: { reps: 15, load: 30 } });
    expect(r.soreness).toEqual(['healed_early', 'healed_early', 'still_sore']);
    expect(s.trend).toMatchObject({ stillSoreFirstHalf: 0, stillSoreSecondHalf: 1 });
    expect(s.muscles.find((m) => m.muscle === 'rhomboids')!.sets).toBeGreaterThan(0);
    expect(r.nextStartRounds).toBe(r.plannedRounds.at(-2)! - 1);
  });
});
