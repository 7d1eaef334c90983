// Combos that need a piece of kit the inventory lacks to be done as the system
// intends (straps for the deadlift shrug) or safely (catches for the floor press).
import type { Inventory, PlannedCombo, WeekPlan } from '../model.js';
import type { EquipmentId } from '../types.js';
import { isDeadliftCombo, isFloorPressCombo } from './combos.js';
import { warn, type PlanRule } from './rule.js';

/** Ids of the planned combos that match, when the inventory lacks `item`; each id once. */
function combosLacking(plan: WeekPlan, inventory: Inventory, item: EquipmentId, matches: (c: PlannedCombo) => boolean): string[] {
  if (inventory.has.includes(item)) return [];
  return [...new Set(plan.days.flatMap((d) => d.combos.filter(matches).map((c) => c.comboId)))];
}

export const deadliftWithoutStraps: PlanRule = {
  id: 'deadlift_without_straps',
  severity: 'warning',
  check: (plan, inventory) =>
    combosLacking(plan, inventory, 'lifting_straps', isDeadliftCombo).map((id) =>
      warn(deadliftWithoutStraps, 'No lifting straps in your equipment: grip will likely give out before the traps on the shrug. Straps let the shrug reach real failure.', id),
    ),
};

export const floorPressWithoutCatches: PlanRule = {
  id: 'floor_press_without_catches',
  severity: 'danger',
  check: (plan, inventory) =>
    combosLacking(plan, inventory, 'rack_with_catches', isFloorPressCombo).map((id) =>
      warn(floorPressWithoutCatches, 'No rack with safety catches: a failed floor press or protraction shrug can pin the bar on you. Do this combo only inside a rack with the catches set.', id),
    ),
};
