// Plain sets (history imported from Strong, Hevy or FitNotes: sessions of sets,
// no combos) counted into the same accumulators as combo rounds, in one pass.
// The rules:
// - Warm-up sets are not hard sets and are ignored everywhere. So are sets with
//   no reps (a plank, a run): there is nothing to count.
// - A catalog compound's normal, failure and drop sets are hard sets: they count
//   toward weekly per-muscle volume (prime movers 1, secondary 0.5, as a combo's
//   compound does; Pelland et al. 2024/2025, docs/methods.md) and toward that
//   compound's e1RM trend and records.
// - A catalog shrug (barbell_shrug from "Shrug (Barbell)") is a hard set for its
//   movement, like a combo's shrug, and joins that shrug's reps-at-load series,
//   its records and movement coverage.
// - The lifter's own exercises (custom:<uuid>) count nowhere: we do not know
//   which muscles they work. They are not errors either.
import type { PlainSet } from '../model.js';
import type { CoverageAccumulator } from './coverage.js';
import type { DateInfo } from './dates.js';
import { catalogShrug, compoundMuscles, loadingOf } from './lookups.js';
import type { MuscleWeights, ShrugInfo } from './lookups.js';
import type { ShrugAccumulator } from './shrugs.js';
import type { StrengthAccumulator } from './strength.js';
import type { VolumeAccumulator } from './volume.js';

export type Counted =
  | { compound: MuscleWeights; bodyweight: boolean; shrug?: undefined }
  | { shrug: ShrugInfo; compound?: undefined }
  | null;

/** How a plain set of this exercise counts: as a catalog compound, a catalog shrug, or (null) not at all. */
export function plainCounted(exerciseId: string): Counted {
  const compound = compoundMuscles(exerciseId);
  if (compound) return { compound, bodyweight: loadingOf(exerciseId) === 'bodyweight' };
  const shrug = catalogShrug(exerciseId);
  return shrug ? { shrug } : null;
}

/**
 * Reps in reserve for the e1RM of a plain set. Epley needs reps to failure
 * (reps + RIR; docs/methods.md). A failure set had none left. Apps record RPE only
 * when the lifter bothers, so a normal or drop set without one is taken as
 * RIR 0: the e1RM is then a conservative lower bound, never an overestimate.
 */
export function plainSetRir(set: PlainSet): number {
  return set.kind === 'failure' ? 0 : (set.rir ?? 0);
}

/** Not a warm-up and has reps: a set that counts if its exercise does (plainCounted). */
export const hardCandidate = (set: PlainSet) => set.kind !== 'warmup' && !(set.reps < 1);

export interface PlainSetSinks {
  volume: VolumeAccumulator;
  strength: StrengthAccumulator;
  shrugs: ShrugAccumulator;
  cover: CoverageAccumulator;
}

/** Adds every plain set up to asOf into the sinks; returns how many counted as hard sets. */
export function addPlainSets(sets: readonly PlainSet[], asOf: string, info: (date: string) => DateInfo, sinks: PlainSetSinks): number {
  const seen = new Map<string, Counted>();
  let lastId = '';
  let last: Counted = null;
  let counted = 0;
  for (const set of sets) {
    // ISO dates compare as strings.
    if (!hardCandidate(set) || set.date > asOf) continue;
    // Sets of one exercise come in runs: resolve once per run.
    if (set.exerciseId !== lastId) {
      lastId = set.exerciseId;
      let c = seen.get(lastId);
      if (c === undefined) seen.set(lastId, (c = plainCounted(lastId)));
      last = c;
    }
    if (last === null) continue;
    const d = info(set.date);
    counted++;
    if (last.shrug) {
      sinks.volume.addSet(d.week, last.shrug, set.reps);
      sinks.shrugs.addSet(set);
      sinks.cover.addShrug(d.day, set.date, last.shrug.movement);
    } else {
      sinks.volume.addSet(d.week, last.compound, set.reps);
      sinks.strength.addSet(set, last.bodyweight, plainSetRir(set));
    }
  }
  return counted;
}
