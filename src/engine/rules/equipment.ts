// Combos that need a piece of kit the inventory lacks to be done as the system
// intends (straps for the deadlift shrug) or safely (catches for the floor press).
// The same words when a plan is built, when a round is logged and when the
// next one is prescribed from it: where they fire, the lifter's kit is the same.
import type { ComboLog, Inventory, PlannedCombo, WeekPlan } from '../model.js';
import type { EquipmentId } from '../types.js';
import { isDeadliftCombo, isFloorPressCombo } from './combos.js';
import { warn, type LogRule, type PlanRule } from './rule.js';

type Round = ComboLog | PlannedCombo;

interface KitRule {
  id: string;
  severity: 'warning' | 'danger';
  item: EquipmentId;
  matches: (c: Round) => boolean;
  message: string;
}

const STRAPS: KitRule = {
  id: 'deadlift_without_straps',
  severity: 'warning',
  item: 'lifting_straps',
  matches: isDeadliftCombo,
  message: 'No lifting straps in your equipment: grip will likely give out before the traps on the shrug. Straps let the shrug reach real failure.',
};

const CATCHES: KitRule = {
  id: 'floor_press_without_catches',
  severity: 'danger',
  item: 'rack_with_catches',
  matches: isFloorPressCombo,
  message: 'No rack with safety catches: a failed floor press or protraction shrug can pin the bar on you. Do this combo only inside a rack with the catches set.',
};

/** Ids of the planned combos that match, when the inventory lacks the rule's item; each id once. */
function combosLacking(plan: WeekPlan, inventory: Inventory, rule: KitRule): string[] {
  if (inventory.has.includes(rule.item)) return [];
  return [...new Set(plan.days.flatMap((d) => d.combos.filter(rule.matches).map((c) => c.comboId)))];
}

function planRule(rule: KitRule): PlanRule {
  const self: PlanRule = { id: rule.id, severity: rule.severity, check: (plan, inventory) => combosLacking(plan, inventory, rule).map((id) => warn(self, rule.message, id)) };
  return self;
}

/** At log time, said about the combo (not the date), so many rounds of it give one warning. */
function logRule(rule: KitRule): LogRule {
  const self: LogRule = {
    id: rule.id,
    severity: rule.severity,
    check: (log, inventory) => (inventory && !inventory.has.includes(rule.item) && rule.matches(log) ? [warn(self, rule.message, log.comboId)] : []),
  };
  return self;
}

export const deadliftWithoutStraps = planRule(STRAPS);
export const floorPressWithoutCatches = planRule(CATCHES);
export const deadliftWithoutStrapsInLog = logRule(STRAPS);
export const floorPressWithoutCatchesInLog = logRule(CATCHES);

/** Whether a round's warnings depend on the lifter's kit: only then need a caller look it up. */
export function kitMatters(round: Round): boolean {
  return STRAPS.matches(round) || CATCHES.matches(round);
}
