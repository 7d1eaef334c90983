// The shape every rule shares: a stable id (logs and the UI key on it, so never
// rename one), a severity, and a check that returns zero or more warnings.
import type { ComboLog, Inventory, Severity, Warning, WeekPlan } from '../model.js';

export interface Rule<Input extends unknown[]> {
  id: string;
  severity: Severity;
  check: (...input: Input) => Warning[];
}

/** What is known about when a round was done, beyond the round itself. */
export interface RoundContext {
  /** In a training block's deload week: the compound stops 4-5 short and the shrug 2-3 short, on purpose. */
  deload?: boolean;
}

/** A rule over one logged round; `inventory` (the lifter's equipment) when known, for the rules about kit. */
export type LogRule = Rule<[log: ComboLog, inventory?: Inventory, context?: RoundContext]>;
export type PlanRule = Rule<[plan: WeekPlan, inventory: Inventory]>;
export type HistoryRule = Rule<[logs: ComboLog[]]>;

/** A warning from `rule` about `where`. */
export function warn(rule: { id: string; severity: Severity }, message: string, where: string): Warning {
  return { ruleId: rule.id, severity: rule.severity, message, where };
}
