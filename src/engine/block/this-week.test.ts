// A day's session follows its week of the block: the rounds the block set, and
// in the deload week the deload's reps in reserve and words. Blocks follow one
// another from the week the plan was made.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../inventory-presets.js';
import type { ComboLog } from '../model.js';
import { generatePlan } from '../program/generate.js';
import { buildSession } from '../session.js';
import { blockOn, inBlockWeek } from './this-week.js';

const inventory = commercialGym('kg');
const plan = generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory, experience: 'intermediate' });
const profile = { unit: 'kg' as const, bodyweight: 80, experience: 'intermediate' as const };
const retractionDay = plan.days.find((d) => d.combos.some((c) => c.movement === 'retraction'))!.weekday;

describe('the block a date is in', () => {
  it('counts blocks from the Monday of the week the plan was made, one after another', () => {
    expect(blockOn({ plan, inventory, planMadeOn: '2026-12-03', history: [], date: '2026-12-03' })).toMatchObject({ week: 1, block: { start: '2026-11-30' } });
    expect(blockOn({ plan, inventory, planMadeOn: '2026-12-03', history: [], date: '2026-12-14' })!.week).toBe(3);
    // Five weeks on, the next block has begun.
    expect(blockOn({ plan, inventory, planMadeOn: '2026-12-03', history: [], date: '2027-01-05' })).toMatchObject({ week: 1, block: { start: '2027-01-04' } });
    expect(blockOn({ plan: { ...plan, days: plan.days.map((d) => ({ ...d, combos: [] })) }, inventory, planMadeOn: '2026-12-03', history: [], date: '2026-12-03' })).toBeNull();
  });
});

describe('a session in its block week', () => {
  const session = buildSession({ plan, weekday: retractionDay, profile, inventory, history: [] as ComboLog[] });
  const found = blockOn({ plan, inventory, planMadeOn: '2026-11-30', history: [], date: '2026-12-14' })!;

  it('takes the block week’s rounds for each combo', () => {
    const week3 = inBlockWeek(session, found.block.weeks[2]!, 5);
    expect(week3.blockWeek).toEqual({ week: 3, of: 5, deload: false });
    for (const c of week3.combos) expect(c.planned.rounds).toBe(4);
    expect(week3.combos[0]!.shrug.goal).toBe('to failure');
  });

  it('in the deload week stops the compound 4-5 short and the shrug 2-3 short, and says so', () => {
    const deload = inBlockWeek(session, found.block.weeks[4]!, 5);
    expect(deload.blockWeek.deload).toBe(true);
    for (const c of deload.combos) {
      expect(c.planned.rounds).toBe(3);
      expect(c.compound.targetRir).toEqual({ min: 4, max: 5 });
      expect(c.shrug.goal).toBe('deload week: stop 2-3 reps short of failure');
      expect(c.shrug.instruction).toMatch(/the one week the shrug does not go all the way/);
    }
  });
});
