// The equipment form's state: an Inventory with every number still as typed,
// so a half-typed "2." is not lost. fromDraft checks it with the same limits
// as the server (src/contract/inventory.ts) and names each bad field.
import type { EquipmentId } from '../../../src/engine/types.js';
import type { Inventory, Unit } from '../api/types.js';
import { formatNumberList, parseNumberList } from './number-list.js';

export interface InventoryDraft {
  unit: Unit;
  has: EquipmentId[];
  barWeight: string;
  plates: { weight: string; pairs: string }[];
  dumbbells: string;
  machineSteps: string;
  bands: string;
  /** Resistance bands for the landmine press, by tension as typed. */
  resistanceBands: string;
  /** The bands as stored: lengths the form does not edit are kept for the tensions still listed. */
  resistanceBandsStored?: Inventory['resistanceBands'];
}

/** Errors by field: "barWeight", "plates.0.pairs", "dumbbells", … */
export type DraftErrors = Record<string, string>;

export function toDraft(inv: Inventory): InventoryDraft {
  return {
    unit: inv.unit,
    has: [...inv.has],
    barWeight: String(inv.barWeight),
    plates: [...inv.plates].sort((a, b) => b.weight - a.weight).map((p) => ({ weight: String(p.weight), pairs: String(p.pairs) })),
    dumbbells: formatNumberList(inv.dumbbells),
    machineSteps: formatNumberList(inv.machineSteps),
    bands: formatNumberList(inv.bands),
    resistanceBands: formatNumberList((inv.resistanceBands ?? []).map((b) => b.tension)),
    ...(inv.resistanceBands ? { resistanceBandsStored: inv.resistanceBands.map((b) => ({ ...b })) } : {}),
  };
}

const MAX_WEIGHT = 500;

export function fromDraft(d: InventoryDraft): { inventory: Inventory | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const num = (field: string, text: string, min: number, max: number, whole = false): number => {
    const n = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(n)) errors[field] = 'Enter a number.';
    else if (whole && !Number.isInteger(n)) errors[field] = 'Enter a whole number.';
    else if (n < min || n > max) errors[field] = `Enter a number from ${min} to ${max}.`;
    return n;
  };
  const list = (field: string, text: string, max: number): number[] => {
    const parsed = parseNumberList(text);
    if ('bad' in parsed) {
      errors[field] = `"${parsed.bad}" is not a weight. Write weights like 5, 7.5, 10 or 5 to 30 by 2.5.`;
      return [];
    }
    if (parsed.values.some((v) => v <= 0 || v > MAX_WEIGHT)) errors[field] = `Each weight must be above 0 and at most ${MAX_WEIGHT}.`;
    else if (parsed.values.length > max) errors[field] = `At most ${max} weights.`;
    return parsed.values;
  };

  const barWeight = num('barWeight', d.barWeight, 0, 100);
  const plates = d.plates.map((p, i) => ({
    weight: num(`plates.${i}.weight`, p.weight, 0.25, MAX_WEIGHT),
    pairs: num(`plates.${i}.pairs`, p.pairs, 1, 50, true),
  }));
  const seen = new Set<number>();
  plates.forEach((p, i) => {
    if (seen.has(p.weight)) errors[`plates.${i}.weight`] = 'This plate size is listed twice.';
    seen.add(p.weight);
  });
  const inventory: Inventory = {
    unit: d.unit,
    has: d.has,
    barWeight,
    plates,
    dumbbells: list('dumbbells', d.dumbbells, 200),
    machineSteps: list('machineSteps', d.machineSteps, 400),
    bands: list('bands', d.bands, 20),
  };
  const tensions = list('resistanceBands', d.resistanceBands, 20);
  if (tensions.length > 0) {
    // A band still listed keeps the lengths it was stored with; a new one takes the common loop band's.
    const stored = [...(d.resistanceBandsStored ?? [])];
    inventory.resistanceBands = tensions.map((tension) => {
      const i = stored.findIndex((b) => b.tension === tension);
      return i >= 0 ? stored.splice(i, 1)[0]! : { tension };
    });
  }
  return Object.keys(errors).length > 0 ? { inventory: null, errors } : { inventory, errors };
}
