// Rounding a target load to one the lifter can actually build with their
// inventory, whatever unit the target is in. Every loading becomes one sorted
// list of buildable loads (in integer ticks of the inventory's unit), computed
// once per inventory and cached, so a rounding is a binary search plus a
// breakdown: microseconds. Inventories are treated as immutable values: a
// changed inventory must be a new object.
import type { Inventory } from '../model.js';
import type { Loading, Unit } from '../types.js';
import { convert } from '../units.js';
import { buildPlateTable, platesFor, ticksPerUnit, type PlateTable } from './plates.js';

export type RoundMode = 'nearest' | 'down' | 'up';

/** How a load is built, in the inventory's unit (the physical plates). */
export type Breakdown =
  | { kind: 'barbell'; unit: Unit; bar: number; perSide: number[] }
  | { kind: 'landmine'; unit: Unit; plates: number[] }
  | { kind: 'dumbbell'; unit: Unit; each: number }
  | { kind: 'machine'; unit: Unit; step: number }
  | { kind: 'bodyweight'; unit: Unit; belt: number[]; band: number | null };

export interface Buildable {
  /** In the unit asked for. For bodyweight lifts: the load added (belt, > 0) or taken off (band, < 0); 0 is bodyweight alone. */
  load: number;
  unit: Unit;
  breakdown: Breakdown;
}

/** Buildable loads of one loading, ascending and distinct, in ticks. */
interface Ladder {
  ticks: number[];
  breakdown: (i: number) => Breakdown;
}

interface Tables {
  scale: number;
  ladders: Partial<Record<Loading, Ladder>>;
  pairs?: PlateTable; // one plate of each pair per side (barbell)
  loose?: PlateTable; // every plate usable on one side (landmine, belt)
}

// A tenth of a milligram: absorbs the 1e-9 snaps of a kg-lb-kg round trip (units.ts)
// yet is far finer than any plate, so "down" never passes the target by more.
const EPS_UNITS = 1e-7;
const cache = new WeakMap<Inventory, Tables>();

// A server parses the same inventory afresh on every request, so equal
// contents share tables too (a bounded map keyed by the contents).
const byContents = new Map<string, Tables>();
const MAX_CONTENTS = 256;

function contentsKey(inv: Inventory): string {
  const plates = inv.plates.map((p) => `${p.weight}x${p.pairs}`).join(',');
  return `${inv.unit}|${inv.barWeight}|${plates}|${inv.dumbbells.join(',')}|${inv.machineSteps.join(',')}|${inv.bands.join(',')}|${[...inv.has].sort().join(',')}`;
}

function tablesFor(inv: Inventory): Tables {
  let t = cache.get(inv);
  if (!t) {
    const key = contentsKey(inv);
    t = byContents.get(key);
    if (!t) {
      const weights = [inv.barWeight, ...inv.plates.map((p) => p.weight), ...inv.dumbbells, ...inv.machineSteps, ...inv.bands];
      t = { scale: ticksPerUnit(weights.filter((w) => Number.isFinite(w))), ladders: {} };
      if (byContents.size >= MAX_CONTENTS) byContents.delete(byContents.keys().next().value!);
      byContents.set(key, t);
    }
    cache.set(inv, t);
  }
  return t;
}

function pairTable(inv: Inventory, t: Tables): PlateTable {
  return (t.pairs ??= buildPlateTable(inv.plates.map((p) => ({ weight: p.weight, count: p.pairs })), t.scale));
}

function looseTable(inv: Inventory, t: Tables): PlateTable {
  return (t.loose ??= buildPlateTable(inv.plates.map((p) => ({ weight: p.weight, count: 2 * p.pairs })), t.scale));
}

/** Distinct positive weights, ascending, as [ticks, weight] pairs. */
function distinct(weights: number[], scale: number): [number, number][] {
  const byTicks = new Map<number, number>();
  for (const w of weights) if (w > 0 && Number.isFinite(w)) byTicks.set(Math.round(w * scale), w);
  return [...byTicks.entries()].sort((a, b) => a[0] - b[0]);
}

function fixedLadder(weights: number[], scale: number, make: (w: number) => Breakdown): Ladder {
  const entries = distinct(weights, scale);
  return { ticks: entries.map((e) => e[0]), breakdown: (i) => make(entries[i]![1]) };
}

function buildLadder(loading: Loading, inv: Inventory, t: Tables): Ladder {
  const unit = inv.unit;
  const scale = t.scale;
  switch (loading) {
    case 'barbell': {
      if (!(inv.barWeight > 0)) return { ticks: [], breakdown: () => ({ kind: 'barbell', unit, bar: 0, perSide: [] }) };
      const table = pairTable(inv, t);
      const bar = Math.round(inv.barWeight * scale);
      return {
        ticks: table.sums.map((s) => bar + 2 * s),
        breakdown: (i) => ({ kind: 'barbell', unit, bar: inv.barWeight, perSide: platesFor(table, table.sums[i]!) }),
      };
    }
    case 'landmine': {
      const table = looseTable(inv, t);
      return { ticks: table.sums, breakdown: (i) => ({ kind: 'landmine', unit, plates: platesFor(table, table.sums[i]!) }) };
    }
    case 'dumbbell':
      return fixedLadder(inv.dumbbells, scale, (w) => ({ kind: 'dumbbell', unit, each: w }));
    case 'machine':
      return fixedLadder(inv.machineSteps, scale, (w) => ({ kind: 'machine', unit, step: w }));
    case 'bodyweight': {
      // Bands (negated, most help first), bodyweight alone, then belt loads.
      const bands = inv.has.includes('assistance_band') ? distinct(inv.bands, scale).reverse() : [];
      const belted = inv.has.includes('dip_belt') || inv.has.includes('weight_belt');
      const table = belted ? looseTable(inv, t) : null;
      const beltSums = table ? table.sums.filter((s) => s > 0) : [];
      const nBands = bands.length;
      const ticks = [...bands.map((b) => -b[0]), 0, ...beltSums];
      return {
        ticks,
        breakdown: (i) => {
          if (i < nBands) return { kind: 'bodyweight', unit, belt: [], band: bands[i]![1] };
          if (i === nBands) return { kind: 'bodyweight', unit, belt: [], band: null };
          return { kind: 'bodyweight', unit, belt: platesFor(table!, beltSums[i - nBands - 1]!), band: null };
        },
      };
    }
  }
}

function ladderFor(loading: Loading, inv: Inventory): { ladder: Ladder; scale: number } {
  const t = tablesFor(inv);
  const ladder = (t.ladders[loading] ??= buildLadder(loading, inv, t));
  return { ladder, scale: t.scale };
}

/** Index of the first tick value >= x. */
function lowerBound(ticks: number[], x: number): number {
  let lo = 0;
  let hi = ticks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ticks[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Pick = RoundMode | 'above' | 'below';

function pick(ticks: number[], x: number, eps: number, how: Pick): number {
  const down = lowerBound(ticks, x + eps) - 1; // largest <= x (within eps)
  const up = lowerBound(ticks, x - eps); // smallest >= x (within eps)
  switch (how) {
    case 'down':
      return down;
    case 'up':
      return up < ticks.length ? up : -1;
    case 'above': {
      const i = lowerBound(ticks, x + eps);
      return i < ticks.length ? i : -1;
    }
    case 'below':
      return up - 1;
    case 'nearest': {
      if (down < 0) return up < ticks.length ? up : -1;
      if (up >= ticks.length) return down;
      return x - ticks[down]! <= ticks[up]! - x + eps ? down : up; // ties go down
    }
  }
}

function find(target: number, unit: Unit, loading: Loading, inventory: Inventory, how: Pick): Buildable | null {
  if (!Number.isFinite(target)) throw new RangeError(`target load must be a finite number, got ${target}`);
  const { ladder, scale } = ladderFor(loading, inventory);
  const x = convert(target, unit, inventory.unit) * scale;
  const i = pick(ladder.ticks, x, EPS_UNITS * scale, how);
  if (i < 0) return null;
  return { load: convert(ladder.ticks[i]! / scale, inventory.unit, unit), unit, breakdown: ladder.breakdown(i) };
}

/**
 * The buildable load closest to `target` (ties go down); 'down' takes the largest
 * at or below it, 'up' the smallest at or above it. Null when nothing fits.
 */
export function roundLoad(target: number, unit: Unit, loading: Loading, inventory: Inventory, mode: RoundMode = 'nearest'): Buildable | null {
  return find(target, unit, loading, inventory, mode);
}

/** The smallest buildable load strictly above `current`, or null at the top of the inventory. */
export function nextLoadUp(current: number, unit: Unit, loading: Loading, inventory: Inventory): Buildable | null {
  return find(current, unit, loading, inventory, 'above');
}

/** The largest buildable load strictly below `current`, or null at the bottom. */
export function nextLoadDown(current: number, unit: Unit, loading: Loading, inventory: Inventory): Buildable | null {
  return find(current, unit, loading, inventory, 'below');
}
