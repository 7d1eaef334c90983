// Ready-made inventories for the two common cases, in kg or lb. Each call
// returns a fresh object (rounding caches tables per inventory object).
import type { Inventory } from './model.js';
import { EQUIPMENT_IDS, type EquipmentId, type Unit } from './types.js';
import { convert } from './units.js';

/** from, from + step, ... up to and including `to`. */
function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(Math.round((from + i * step) * 1000) / 1000);
  return out;
}

/** A well-stocked commercial gym: every item the combos use. */
export function commercialGym(unit: Unit): Inventory {
  const has = [...EQUIPMENT_IDS];
  if (unit === 'kg') {
    return {
      unit,
      has,
      barWeight: 20,
      plates: [
        { weight: 25, pairs: 6 },
        { weight: 20, pairs: 4 },
        { weight: 15, pairs: 2 },
        { weight: 10, pairs: 3 },
        { weight: 5, pairs: 3 },
        { weight: 2.5, pairs: 3 },
        { weight: 1.25, pairs: 2 },
      ],
      dumbbells: range(2.5, 50, 2.5),
      machineSteps: range(5, 120, 5),
      bands: [10, 20, 30, 45],
    };
  }
  return {
    unit,
    has,
    barWeight: 45,
    plates: [
      { weight: 45, pairs: 6 },
      { weight: 35, pairs: 2 },
      { weight: 25, pairs: 3 },
      { weight: 10, pairs: 3 },
      { weight: 5, pairs: 3 },
      { weight: 2.5, pairs: 3 },
    ],
    dumbbells: range(5, 120, 5),
    machineSteps: range(10, 300, 10),
    bands: [20, 45, 65, 100],
  };
}

// No lat pulldown, dip station or landmine at home: pull-ups, floor press,
// deadlifts and dumbbell rows carry the combos there.
const HOME: EquipmentId[] = [
  'barbell',
  'adjustable_bench',
  'dumbbells',
  'rack_with_catches',
  'pullup_bar',
  'assistance_band',
  'resistance_band',
  'dip_belt',
  'lifting_straps',
];

/** A garage gym: bar and a modest plate set, adjustable bench, a dumbbell set, rack, pull-up bar, bands, dip belt. */
export function homeGym(unit: Unit): Inventory {
  if (unit === 'kg') {
    return {
      unit,
      has: [...HOME],
      barWeight: 20,
      plates: [
        { weight: 20, pairs: 2 },
        { weight: 10, pairs: 2 },
        { weight: 5, pairs: 2 },
        { weight: 2.5, pairs: 2 },
        { weight: 1.25, pairs: 1 },
      ],
      dumbbells: range(2.5, 30, 2.5),
      machineSteps: [],
      bands: [10, 20, 30],
    };
  }
  return {
    unit,
    has: [...HOME],
    barWeight: 45,
    plates: [
      { weight: 45, pairs: 2 },
      { weight: 25, pairs: 2 },
      { weight: 10, pairs: 2 },
      { weight: 5, pairs: 2 },
      { weight: 2.5, pairs: 1 },
    ],
    dumbbells: range(5, 60, 5),
    machineSteps: [],
    bands: [20, 45, 65],
  };
}

/**
 * The lifter's equipment in `unit`, after a switch between kg and lb.
 * - convert: the same bar, plates and dumbbells, weighed in the new unit
 *   (a 20 kg bar reads 44.09 lb), so every load is still built from what is
 *   really in the gym;
 * - standard: the standard set of the new unit (45 lb bar and lb plates, or
 *   20 kg and kg plates), keeping which kinds of equipment the lifter has.
 * An inventory already in `unit` comes back as it is.
 */
export function inventoryInUnit(inventory: Inventory, unit: Unit, how: 'convert' | 'standard' = 'convert'): Inventory {
  if (inventory.unit === unit) return inventory;
  // To a hundredth: finer than any scale weighs a plate, and coarse enough that
  // the plate maths works on a small grid (raw conversions share no common step).
  const to = (w: number) => Math.round(convert(w, inventory.unit, unit) * 100) / 100;
  // Resistance bands are the lifter's own whichever way: the same bands, weighed in the new unit.
  const resistance = inventory.resistanceBands ? { resistanceBands: inventory.resistanceBands.map((b) => ({ ...b, tension: to(b.tension) })) } : {};
  if (how === 'standard') {
    // A gym with weight stacks gets the commercial numbers, one without the garage's.
    const numbers = inventory.machineSteps.length > 0 ? commercialGym(unit) : homeGym(unit);
    return {
      ...numbers,
      has: [...inventory.has],
      machineSteps: inventory.machineSteps.length > 0 ? numbers.machineSteps : [],
      dumbbells: inventory.dumbbells.length > 0 ? numbers.dumbbells : [],
      bands: inventory.bands.length > 0 ? numbers.bands : [],
      plates: inventory.plates.length > 0 ? numbers.plates : [],
      ...resistance,
    };
  }
  return {
    unit,
    has: [...inventory.has],
    barWeight: to(inventory.barWeight),
    plates: inventory.plates.map((p) => ({ weight: to(p.weight), pairs: p.pairs })),
    dumbbells: inventory.dumbbells.map(to),
    machineSteps: inventory.machineSteps.map(to),
    bands: inventory.bands.map(to),
    ...resistance,
  };
}
