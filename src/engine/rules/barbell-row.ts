// The standing bent-over barbell row is a poor first half of a retraction combo:
// the lower back tends to give out before the blade muscles (docs/system.md, combo 2).
import type { ComboLog, PlannedCombo } from '../model.js';
import { movementOf } from './combos.js';
import { warn, type LogRule, type PlanRule } from './rule.js';

const ID = 'barbell_row_for_retraction';
const MESSAGE =
  'The standing barbell row tires the lower back before the blade muscles, so the set ends early. Use a chest-supported, one-arm or landmine row for this combo instead.';

function rowsForRetraction(round: ComboLog | PlannedCombo): boolean {
  return round.compoundId === 'barbell_row' && movementOf(round) === 'retraction';
}

export const barbellRowInPlan: PlanRule = {
  id: ID,
  severity: 'warning',
  check: (plan) =>
    plan.days.flatMap((day) => day.combos.filter(rowsForRetraction).map(() => warn(barbellRowInPlan, MESSAGE, day.weekday))),
};

/**
 * Why a compound the catalog leaves out of a combo is left out, when the system
 * says why: a round logged with it is refused with this reason, not only "not a
 * variant". Null when the system has no more to say.
 */
export function whyNotACompoundOf(comboId: string, compoundId: string): string | null {
  return compoundId === 'barbell_row' && movementOf({ comboId, compoundId, shrugId: '' }) === 'retraction' ? MESSAGE : null;
}

export const barbellRowInLog: LogRule = {
  id: ID,
  severity: 'warning',
  check: (log) => (rowsForRetraction(log) ? [warn(barbellRowInLog, MESSAGE, log.date)] : []),
};
