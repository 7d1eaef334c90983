// Loads and how to build them, in words for the gym floor: "20 kg bar + 20, 5
// per side", "a 22.5 kg dumbbell in each hand", "bodyweight + 10 kg on the belt".
import type { Breakdown } from '../../../../src/engine/loads/round.js';
import type { Unit } from '../../../../src/engine/types.js';
import { formatLoad } from '../../../../src/engine/units.js';

const num = (x: number) => String(Number(x.toFixed(2)));

/** Plates listed heaviest first, equal ones grouped: "20, 20, 5" → "2 × 20, 5". */
function plateList(plates: number[]): string {
  const groups: { w: number; n: number }[] = [];
  for (const w of [...plates].sort((a, b) => b - a)) {
    const last = groups.at(-1);
    if (last && last.w === w) last.n += 1;
    else groups.push({ w, n: 1 });
  }
  return groups.map((g) => (g.n > 1 ? `${g.n} × ${num(g.w)}` : num(g.w))).join(', ');
}

/** The load as the lifter reads it: for bodyweight lifts the added or assisted part. */
export function loadText(load: number, unit: Unit, bodyweightLift: boolean): string {
  if (!bodyweightLift) return formatLoad(load, unit);
  if (Math.abs(load) < 1e-9) return 'bodyweight';
  // Help from a band is said as the band, so it never reads as a negative weight.
  return load > 0 ? `bodyweight + ${formatLoad(load, unit)}` : `bodyweight − ${formatLoad(-load, unit)} band`;
}

/** How to build it, or '' when there is nothing to add (a bare bodyweight set). */
export function breakdownText(b: Breakdown, unilateral = false): string {
  switch (b.kind) {
    case 'barbell':
      return b.perSide.length === 0 ? `empty ${num(b.bar)} ${b.unit} bar` : `${num(b.bar)} ${b.unit} bar + ${plateList(b.perSide)} per side`;
    case 'landmine':
      return b.plates.length === 0 ? 'empty sleeve' : `${plateList(b.plates)} ${b.unit} on the sleeve`;
    case 'dumbbell':
      return unilateral ? `one ${num(b.each)} ${b.unit} dumbbell` : `a ${num(b.each)} ${b.unit} dumbbell in each hand`;
    case 'machine':
      return `stack at ${num(b.step)} ${b.unit}`;
    case 'bodyweight':
      if (b.band !== null) return `the ${num(b.band)} ${b.unit} assistance band`;
      return b.belt.length === 0 ? '' : `${plateList(b.belt)} ${b.unit} on the belt`;
  }
}

/**
 * Under a load field of a bodyweight lift: how the typed number reads, so a
 * negative one is seen as band help ("Reads: bodyweight − 20 kg band").
 */
export function bandHint(text: string, unit: Unit): string {
  const n = Number(text.trim().replace('−', '-').replace(',', '.'));
  const base = 'Band help is a negative number, added weight a positive one.';
  return text.trim() !== '' && Number.isFinite(n) ? `${base} Reads: ${loadText(n, unit, true)}.` : base;
}
