// The rules engine: every check of a log, a week plan or a log history against
// the system, each rule a small module with a stable id and a severity.
import type { ComboLog, Inventory, Warning, WeekPlan } from '../model.js';
import { barbellRowInLog, barbellRowInPlan } from './barbell-row.js';
import { deadliftDaysInHistory, deadliftDaysInPlan } from './deadlift-spacing.js';
import { compoundFarFromFailure, compoundToFailure, shrugShortOfFailure } from './effort.js';
import { deadliftWithoutStraps, deadliftWithoutStrapsInLog, floorPressWithoutCatches, floorPressWithoutCatchesInLog } from './equipment.js';
import type { HistoryRule, LogRule, PlanRule, RoundContext } from './rule.js';
import { slowTransition } from './transition.js';

export type { HistoryRule, LogRule, PlanRule, RoundContext, Rule } from './rule.js';
export { DELOAD_COMPOUND_RIR, DELOAD_SHRUG_RIR, FAR_FROM_FAILURE_RIR } from './effort.js';
export { MAX_TRANSITION_SECONDS } from './transition.js';

export const LOG_RULES: readonly LogRule[] = [barbellRowInLog, deadliftWithoutStrapsInLog, floorPressWithoutCatchesInLog, compoundToFailure, compoundFarFromFailure, shrugShortOfFailure, slowTransition];
export const PLAN_RULES: readonly PlanRule[] = [barbellRowInPlan, deadliftWithoutStraps, floorPressWithoutCatches, deadliftDaysInPlan];
export const HISTORY_RULES: readonly HistoryRule[] = [deadliftDaysInHistory];

export { kitMatters } from './equipment.js';
export { whyNotACompoundOf } from './barbell-row.js';

/** Every log rule on one round; pass the lifter's `inventory` when known, so the rules about kit speak too. */
export function checkLog(log: ComboLog, inventory?: Inventory, context?: RoundContext): Warning[] {
  return LOG_RULES.flatMap((r) => r.check(log, inventory, context));
}

/**
 * The log rules over many rounds and the rules across them, each warning once
 * (a kit warning is about the combo, so many rounds of it say it once).
 */
export function checkLogs(logs: ComboLog[], inventory?: Inventory): Warning[] {
  const seen = new Set<string>();
  return [...logs.flatMap((l) => checkLog(l, inventory)), ...checkHistory(logs)].filter((w) => {
    const key = `${w.ruleId}@${w.where ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function checkPlan(plan: WeekPlan, inventory: Inventory): Warning[] {
  return PLAN_RULES.flatMap((r) => r.check(plan, inventory));
}

/** Rules across logs (any order), such as deadlift combos on back-to-back dates. */
export function checkHistory(logs: ComboLog[]): Warning[] {
  return HISTORY_RULES.flatMap((r) => r.check(logs));
}
