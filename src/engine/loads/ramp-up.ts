// The ramp-up ("work up to") sets before a working set.
//
// Dose (our design, not from the literature; docs/system.md, A training day): about
// 50% x 8, 70% x 4, 85% x 2 of the working load. Reps fall as the load rises so
// the ramp rehearses the groove and warms the joints without costing reps in a
// compound that must stop exactly 2-3 short of failure, nor in the shrug that
// follows it. Light working loads get fewer steps: a jump from nothing to a
// light load needs little rehearsal. A barbell ramp opens with the empty bar.
import type { Inventory } from '../model.js';
import type { Loading, Unit } from '../types.js';
import { convert } from '../units.js';
import { roundLoad, type Breakdown } from './round.js';

export interface RampSet {
  load: number;
  reps: number;
  breakdown: Breakdown;
  /** The set's share of the working load, in whole percent (bodyweight lifts: of bodyweight + added load). */
  percent: number;
}

interface Step {
  share: number;
  reps: number;
}

const HEAVY: Step[] = [
  { share: 0.5, reps: 8 },
  { share: 0.7, reps: 4 },
  { share: 0.85, reps: 2 },
];
const MODERATE: Step[] = [
  { share: 0.55, reps: 6 },
  { share: 0.8, reps: 3 },
];
const LIGHT: Step[] = [{ share: 0.6, reps: 5 }];

/** Working loads (kg) under which a ramp is light or moderate; our design, by implement. */
const BANDS_KG: Record<Exclude<Loading, 'bodyweight'>, { light: number; moderate: number }> = {
  barbell: { light: 40, moderate: 80 },
  landmine: { light: 10, moderate: 25 }, // plates on the sleeve
  dumbbell: { light: 10, moderate: 20 }, // per dumbbell
  machine: { light: 25, moderate: 50 },
};

const EMPTY_BAR_REPS = 8;
const EPS = 1e-7;

function ladderFor(loading: Exclude<Loading, 'bodyweight'>, working: number, unit: Unit): Step[] {
  const kg = convert(working, unit, 'kg');
  const bands = BANDS_KG[loading];
  return kg < bands.light ? LIGHT : kg < bands.moderate ? MODERATE : HEAVY;
}

/**
 * Ramp-up sets leading to `working` (in `unit`), each buildable, strictly rising
 * and below the working load; empty when nothing lighter can be built. For
 * bodyweight lifts `working` is the added load and `opts.bodyweight` is needed to
 * size the ramp (without it the ramp is empty): the sets use band help or
 * bodyweight alone, never belt plates.
 */
export function rampUp(working: number, unit: Unit, loading: Loading, inventory: Inventory, opts: { bodyweight?: number } = {}): RampSet[] {
  if (!Number.isFinite(working)) throw new RangeError(`working load must be a finite number, got ${working}`);
  const out: RampSet[] = [];
  const push = (load: number, reps: number, breakdown: Breakdown, percent: number) => {
    const last = out[out.length - 1];
    if (load >= working - EPS || (last && load <= last.load + EPS)) return; // below the work, strictly rising
    out.push({ load, reps, breakdown, percent: Math.round(percent) });
  };

  if (loading === 'bodyweight') {
    const bw = opts.bodyweight;
    if (bw === undefined || !(bw > 0)) return [];
    const total = bw + working;
    for (const step of HEAVY) {
      const target = Math.min(step.share * total - bw, 0); // no belt plates while ramping
      const b = roundLoad(target, unit, 'bodyweight', inventory, 'down');
      if (b) push(b.load, step.reps, b.breakdown, (100 * (bw + b.load)) / total);
    }
    // A belt-loaded set is always preceded by bodyweight alone, even when no band fits below it.
    const alone = working > 0 && (out.length === 0 || out[out.length - 1]!.load < 0) ? roundLoad(0, unit, 'bodyweight', inventory, 'nearest') : null;
    if (alone) push(0, HEAVY[HEAVY.length - 1]!.reps, alone.breakdown, (100 * bw) / total);
    return out;
  }

  if (!(working > 0)) return [];
  const bar = loading === 'barbell' ? roundLoad(0, unit, 'barbell', inventory, 'up') : null;
  if (bar && working >= 2 * bar.load) push(bar.load, EMPTY_BAR_REPS, bar.breakdown, (100 * bar.load) / working);
  for (const step of ladderFor(loading, working, unit)) {
    // Below the bar a barbell step is the empty bar.
    const b = roundLoad(step.share * working, unit, loading, inventory, 'down') ?? bar;
    if (b) push(b.load, step.reps, b.breakdown, (100 * b.load) / working);
  }
  return out;
}
