// The rules engine: every check of a log, a week plan or a log history against
// the system, each rule a small module with a stable id and a severity.
import type { ComboLog, Inventory, Warning, WeekPlan } from '../model.js';
import { barbellRowInLog, barbellRowInPlan } from './barbell-row.js';
import { deadliftDaysInHistory, deadliftDaysInPlan } from './deadlift-spacing.js';
import { compoundFarFromFailure, compoundToFailure, shrugShortOfFailure } from './effort.js';
import { deadliftWithoutStraps, floorPressWithoutCatches } from './equipment.js';
import type { HistoryRule, LogRule, PlanRule } from './rule.js';
import { slowTransition } from './transition.js';

export type { HistoryRule, LogRule, PlanRule, Rule } from './rule.js';
export { FAR_FROM_FAILURE_RIR } from './effort.js';
export { MAX_TRANSITION_SECONDS } from './transition.js';

export const LOG_RULES: readonly LogRule[] = [barbellRowInLog, compoundToFailure, compoundFarFromFailure, shrugShortOfFailure, slowTransition];
export const PLAN_RULES: readonly PlanRule[] = [barbellRowInPlan, deadliftWithoutStraps, floorPressWithoutCatches, deadliftDaysInPlan];
export const HISTORY_RULES: readonly HistoryRule[] = [deadliftDaysInHistory];

export function checkLog(log: ComboLog): Warning[] {
  return LOG_RULES.flatMap((r) => r.check(log));
}

export function checkPlan(plan: WeekPlan, inventory: Inventory): Warning[] {
  return PLAN_RULES.flatMap((r) => r.check(plan, inventory));
}

/** Rules across logs (any order), such as deadlift combos on back-to-back dates. */
export function checkHistory(logs: ComboLog[]): Warning[] {
  return HISTORY_RULES.flatMap((r) => r.check(logs));
}
