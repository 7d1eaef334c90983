// Which plate sums can be built, and from which plates: a bounded-knapsack
// dynamic programme over integer "ticks" (the inventory's unit times a power of
// ten), so float noise never decides whether a load is buildable. Built once per
// inventory (round.ts caches it); afterwards a breakdown costs one walk over the
// plate sizes.

/** One plate size and how many of those plates may be used. */
export interface PlateKind {
  weight: number;
  count: number;
}

export interface PlateTable {
  /** Reachable sums, ascending, in ticks (0 always included). */
  sums: number[];
  /** Plate sizes ascending, in the inventory's unit and in cells of `cell` ticks. */
  kinds: { weight: number; count: number; cells: number }[];
  /** Ticks per DP cell: the greatest common divisor of the plate sizes. */
  cell: number;
  /** fewest[i][s]: fewest plates of the i smallest sizes summing to s cells (NONE if impossible). */
  fewest: Uint16Array[];
}

const NONE = 0xffff;

/** The smallest power of ten (up to 10^6) that makes every weight a whole number of ticks. */
export function ticksPerUnit(weights: number[]): number {
  for (let scale = 1; scale < 1e6; scale *= 10) {
    if (weights.every((w) => Math.abs(w * scale - Math.round(w * scale)) < 1e-6)) return scale;
  }
  return 1e6; // finer than a milligram: round the rest away
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Builds the table for these plates; sizes that are not positive, or counts under one, are ignored. */
export function buildPlateTable(plates: PlateKind[], scale: number): PlateTable {
  const merged = new Map<number, { weight: number; count: number }>();
  for (const p of plates) {
    const ticks = Math.round(p.weight * scale);
    const count = Math.floor(p.count);
    if (!(ticks > 0) || !(count > 0)) continue;
    const m = merged.get(ticks);
    if (m) m.count += count;
    else merged.set(ticks, { weight: p.weight, count });
  }
  const sorted = [...merged.entries()].sort((a, b) => a[0] - b[0]);
  const cell = sorted.reduce((g, [t]) => gcd(t, g), 0) || 1;
  const kinds = sorted.map(([t, k]) => ({ weight: k.weight, count: Math.min(k.count, NONE - 1), cells: t / cell }));
  const size = kinds.reduce((s, k) => s + k.cells * k.count, 0) + 1;

  const first = new Uint16Array(size).fill(NONE);
  first[0] = 0;
  const fewest = [first];
  for (const k of kinds) {
    const prev = fewest[fewest.length - 1]!;
    const next = new Uint16Array(size).fill(NONE);
    for (let s = 0; s < size; s++) {
      let best = NONE;
      for (let n = 0, rest = s; n <= k.count && rest >= 0; n++, rest -= k.cells) {
        const f = prev[rest]!;
        if (f !== NONE && f + n < best) best = f + n;
      }
      next[s] = best;
    }
    fewest.push(next);
  }
  const last = fewest[fewest.length - 1]!;
  const sums: number[] = [];
  for (let s = 0; s < size; s++) if (last[s] !== NONE) sums.push(s * cell);
  return { sums, kinds, cell, fewest };
}

/**
 * The plates that make `ticks` (one of `table.sums`): the fewest plates, and
 * among equally few the largest first, listed largest first.
 */
export function platesFor(table: PlateTable, ticks: number): number[] {
  let s = ticks / table.cell;
  const top = table.fewest[table.kinds.length]!;
  if (!Number.isInteger(s) || s < 0 || s >= top.length || top[s] === NONE) {
    throw new RangeError(`${ticks} ticks cannot be built from these plates`);
  }
  const out: number[] = [];
  for (let i = table.kinds.length; i > 0; i--) {
    const k = table.kinds[i - 1]!;
    const want = table.fewest[i]![s]!;
    const prev = table.fewest[i - 1]!;
    for (let n = Math.min(k.count, Math.floor(s / k.cells)); n >= 0; n--) {
      const f = prev[s - n * k.cells]!;
      if (f !== NONE && f + n === want) {
        for (let j = 0; j < n; j++) out.push(k.weight);
        s -= n * k.cells;
        break;
      }
    }
  }
  return out;
}
