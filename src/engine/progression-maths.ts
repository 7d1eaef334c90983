// The numbers behind progression: how much a logged RIR is trusted, how many
// reps a load allows, and the loads for a cut or a bigger jump, all rounded to
// what the inventory can build.
import { e1rm, workingLoad } from './e1rm.js';
import { nextLoadUp, roundLoad, type Buildable } from './loads/round.js';
import type { Inventory } from './model.js';
import type { Loading, Unit } from './types.js';

/**
 * RIR up to 3 on sets of up to 12 reps is good to about ±1 rep (Refalo et al.
 * 2023; Halperin et al. 2022); beyond, errors grow to 2-4 reps (Zourdos et al.
 * 2021), so that part counts at half weight. The halving is our own choice.
 */
export const TRUSTED_RIR = 3;
export const TRUSTED_REPS = 12;

/** A load jump is capped at 10% of the load moved (ACSM 2009, Ratamess et al.: add 2-10%). */
export const MAX_JUMP = 0.1;

/** The lift as progression sees it. */
export interface Lift {
  unit: Unit;
  loading: Loading;
  inventory: Inventory;
  /**
   * What the body adds to the logged load for e1RM maths: bodyweight on
   * bodyweight lifts (the log holds only belt or band), 0 otherwise; null when
   * a bodyweight lift was logged without bodyweight.
   */
  base: number | null;
}

/** The RIR that progression acts on: a logged RIR, with its least reliable part discounted. */
export function trustedRir(reps: number, rir: number): number {
  if (reps > TRUSTED_REPS) return rir / 2;
  return rir <= TRUSTED_RIR ? rir : TRUSTED_RIR + (rir - TRUSTED_RIR) / 2;
}

/** Whole reps the lifter can do at the logged load and still keep `keep` in reserve. */
export function repsKeeping(reps: number, rir: number, keep: number): number {
  return Math.floor(reps + trustedRir(reps, rir) - keep);
}

/** Estimated 1RM of the load moved (Epley), or null without bodyweight on a bodyweight lift. */
export function estimate(lift: Lift, load: number, reps: number, rir: number): number | null {
  if (lift.base === null) return null;
  const moved = lift.base + load;
  return moved > 0 ? e1rm(moved, reps, trustedRir(reps, rir)) : null;
}

/** Whole reps at `load` (in the log's terms) that keep `keep` in reserve, for a lifter with this e1RM; Epley inverted. */
export function repsAt(lift: Lift, e1rmValue: number, load: number, keep: number): number {
  const moved = (lift.base ?? 0) + load;
  if (moved <= 0) return Number.POSITIVE_INFINITY;
  return Math.floor(30 * (e1rmValue / moved - 1) - keep);
}

/**
 * The heaviest buildable load at or below the one that gives `reps` reps with
 * `keep` left; the lightest buildable one when even that is too heavy.
 */
export function loadFor(lift: Lift, e1rmValue: number, reps: number, keep: number): Buildable | null {
  const target = workingLoad(e1rmValue, reps, keep) - (lift.base ?? 0);
  const { unit, loading, inventory } = lift;
  return roundLoad(target, unit, loading, inventory, 'down') ?? roundLoad(target, unit, loading, inventory, 'up');
}

/**
 * A bigger step for a set that was clearly too easy: the load for the bottom of
 * the range with `keep` left, capped at MAX_JUMP over the load moved, never
 * less than the smallest buildable step.
 */
export function jumpFrom(lift: Lift, e1rmValue: number, logged: number, current: Buildable, reps: number, keep: number): Buildable | null {
  const up = nextLoadUp(current.load, lift.unit, lift.loading, lift.inventory);
  if (!up) return null;
  const base = lift.base ?? 0;
  const capped = Math.min(workingLoad(e1rmValue, reps, keep), (base + logged) * (1 + MAX_JUMP)) - base;
  const jump = roundLoad(capped, lift.unit, lift.loading, lift.inventory, 'down');
  return jump && jump.load > up.load ? jump : up;
}
