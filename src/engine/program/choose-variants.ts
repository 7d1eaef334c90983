// Picks, for each of the six movements, the combo and compound variant the
// inventory supports, in the catalog's order of preference. A movement is left
// out only when no variant is possible, with what would bring it back.
import { CATALOG, findExercise, movement } from '../catalog/index.js';
import type { Inventory, Omission } from '../model.js';
import { EQUIPMENT_IDS, MOVEMENT_IDS } from '../types.js';
import type { Combo, EquipmentId, MovementId } from '../types.js';
import { orList } from './text.js';

export interface ComboChoice {
  combo: Combo;
  compoundId: string;
  /** Why this variant rather than the preferred one; empty when it is the preferred one. */
  note: string;
}

/** What to get to bring a left-out movement back. */
const BRINGS_BACK: Record<MovementId, string> = {
  retraction: 'a pair of dumbbells brings it back',
  protraction: 'a power rack with safety catches brings it back',
  elevation: 'a barbell and plates bring it back',
  depression: 'a dip station or parallel bars bring it back',
  downward_rotation: 'a lat-pulldown machine or a pull-up bar brings it back',
  upward_rotation: 'a landmine for your barbell brings it back',
};

/** How to use a fallback variant well. */
const VARIANT_HINTS: Record<string, string> = {
  pull_up: 'loop a band under the knees if you cannot reach 8 reps; add a belt once you pass 12',
  // One arm at a time, the other propped up: the lower back then holds out longer than the blade muscles (docs/system.md, combo 2).
  one_arm_db_row: 'lean your other hand on a bench or your knee, so your lower back does not tire before your shoulder blades',
  landmine_row: 'prop your other hand on your thigh, so your lower back does not tire before your shoulder blades',
};

export const equipmentName = (id: EquipmentId) => CATALOG.equipment.find((e) => e.id === id)!.name.toLowerCase();

/** Items a compound and the combo's shrug need that the inventory lacks. */
export function missing(combo: Combo, compoundId: string, inventory: Inventory): EquipmentId[] {
  const needs = [...findExercise(compoundId)!.requires, ...findExercise(combo.shrug)!.requires];
  return EQUIPMENT_IDS.filter((id) => needs.includes(id) && !inventory.has.includes(id));
}

function omission(id: MovementId, options: { combo: Combo; compoundId: string }[], inventory: Inventory): Omission {
  const lacking = EQUIPMENT_IDS.filter((e) => options.some((o) => missing(o.combo, o.compoundId, inventory).includes(e)));
  const name = movement(id).name.toLowerCase();
  // The floor press is only safe with catches to drop the bar on (docs/system.md, combo 3).
  const why = id === 'protraction' && lacking.includes('rack_with_catches') ? ', since a floor press without catches can pin you under the bar' : '';
  return { movement: id, reason: `no ${orList(lacking.map(equipmentName))}: ${name} is left out${why}; ${BRINGS_BACK[id]}` };
}

export function chooseVariants(inventory: Inventory): { chosen: ComboChoice[]; omitted: Omission[] } {
  const chosen: ComboChoice[] = [];
  const omitted: Omission[] = [];
  for (const id of MOVEMENT_IDS) {
    const options = CATALOG.combos
      .filter((c) => c.movement === id)
      .sort((a, b) => a.number - b.number)
      .flatMap((combo) => combo.compounds.map((compoundId) => ({ combo, compoundId })));
    const pick = options.find((o) => missing(o.combo, o.compoundId, inventory).length === 0);
    if (!pick) {
      omitted.push(omission(id, options, inventory));
      continue;
    }
    const preferred = options[0]!;
    let note = '';
    if (pick !== preferred) {
      const lacks = orList(missing(preferred.combo, preferred.compoundId, inventory).map(equipmentName));
      const hint = VARIANT_HINTS[pick.compoundId];
      note = `No ${lacks}, so ${findExercise(pick.compoundId)!.name.toLowerCase()} instead${hint ? `: ${hint}` : ''}.`;
    }
    chosen.push({ combo: pick.combo, compoundId: pick.compoundId, note });
  }
  return { chosen, omitted };
}
