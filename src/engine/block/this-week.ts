// The block a date falls in, and a day's session as that week of the block has
// it: blocks follow one another from the week the plan was made, and each
// session takes its week's rounds per movement, and in the deload week the
// deload's reps in reserve, so Today, the plan and the block say the same.
import { dateOfDay, dayNumber, mondayOf } from '../analytics/dates.js';
import type { ComboLog, Inventory, WeekPlan } from '../model.js';
import type { Session } from '../session.js';
import { pauseWords } from '../shrug-words.js';
import { exposures } from './exposures.js';
import { planBlockFrom, type Block, type BlockWeek } from './plan-block.js';

export interface BlockOn {
  block: Block;
  /** 1-based week of the block `date` falls in. */
  week: number;
}

/** The block `date` falls in, counting blocks from the Monday of the week the plan was made. Null for a plan without combos. */
export function blockOn(input: { plan: WeekPlan; inventory: Inventory; planMadeOn: string; history: readonly ComboLog[]; date: string; weeks?: number }): BlockOn | null {
  if (input.plan.days.every((d) => d.combos.length === 0)) return null;
  const day = dayNumber(input.date);
  let start = mondayOf(dayNumber(input.planMadeOn));
  const seen = exposures(input.history, input.inventory.unit);
  // Each block ends where the next begins; a date before the plan counts in its first block.
  for (;;) {
    const block = planBlockFrom({ plan: input.plan, inventory: input.inventory, start: dateOfDay(start), ...(input.weeks ? { weeks: input.weeks } : {}) }, seen);
    const end = start + block.weeks.length * 7;
    if (day < end) return { block, week: Math.max(1, Math.floor((day - start) / 7) + 1) };
    start = end;
  }
}

/** The session with its block week's rounds for each combo; in the deload week, the deload's reps in reserve and words. */
export function inBlockWeek<S extends Pick<Session, 'combos'>>(session: S, week: BlockWeek, of: number): S & { blockWeek: { week: number; of: number; deload: boolean } } {
  const combos = session.combos.map((c) => {
    const planned = week.combos.find((k) => k.movement === c.planned.movement);
    if (!planned) return c;
    const withRounds = { ...c, planned: { ...c.planned, rounds: planned.rounds } };
    if (!week.deload) return withRounds;
    return {
      ...withRounds,
      compound: { ...c.compound, targetRir: planned.compoundRir },
      shrug: {
        ...c.shrug,
        goal: `deload week: stop ${planned.shrugRir.min}-${planned.shrugRir.max} reps short of failure`,
        instruction: `this deload week, stop ${planned.shrugRir.min}-${planned.shrugRir.max} reps short of failure (the one week the shrug does not go all the way); ${pauseWords(c.planned.movement, c.shrug.pauseSeconds)}`,
      },
    };
  });
  return { ...session, combos, blockWeek: { week: week.week, of, deload: week.deload } };
}
