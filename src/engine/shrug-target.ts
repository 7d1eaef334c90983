// The shrug's goal: one rep more than last time at the same load. Shrugs are
// tracked as reps at a load, never as an e1RM: sets to failure often run past
// 15 reps, where rep-max formulas lose their accuracy (Reynolds, Gordon &
// Robergs 2006; docs/methods.md, Shrug targets).
import { MAX_PLAUSIBLE_SHRUG_REPS } from './log-plausibility.js';
import type { ComboLog } from './model.js';
import type { Unit } from './types.js';
import { convert } from './units.js';

// Loads are equal when they differ by less than any plate could.
const SAME_LOAD = 1e-6;

/**
 * Reps to aim for on the shrug at `load` (in `unit`): last time's reps at that
 * load plus one. Last time is the latest date with a shrug to failure at that
 * load; of several rounds that day, the best counts. A set stopped short is not
 * the lifter's limit, so it never sets the mark. Null when there is no record
 * at that load yet: the set to failure then sets the mark.
 */
export function shrugTargetReps(log: ComboLog, load: number, unit: Unit, previous: ComboLog[] = []): number | null {
  let date = '';
  let best = -1;
  for (const l of [log, ...previous]) {
    if (l.comboId !== log.comboId || l.shrugId !== log.shrugId || l.date > log.date) continue;
    if (!l.shrug.toFailure || l.shrug.reps > MAX_PLAUSIBLE_SHRUG_REPS) continue;
    if (Math.abs(convert(l.shrug.load, l.unit, unit) - load) >= SAME_LOAD) continue;
    if (l.date > date) {
      date = l.date;
      best = l.shrug.reps;
    } else if (l.date === date) {
      best = Math.max(best, l.shrug.reps);
    }
  }
  return best < 0 ? null : best + 1;
}
