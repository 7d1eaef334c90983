// Catalog facts the analysis needs per log, resolved once into index arrays so
// the hot loop over a long history does no catalog searches.
import { CATALOG, findCombo, findExercise, movement } from '../catalog/index.js';
import { MOVEMENT_IDS, MUSCLE_IDS } from '../types.js';
import type { Loading, MovementId, MuscleId } from '../types.js';
import type { AnalyticsRound } from './types.js';

/** Weight of a set toward a secondary muscle (Pelland et al. 2024/2025, docs/methods.md: indirect sets count half). */
export const INDIRECT_WEIGHT = 0.5;

/** Muscles a set works, as parallel arrays of muscle index and set weight. */
export interface MuscleWeights {
  muscles: number[];
  weights: number[];
}

export interface ShrugInfo extends MuscleWeights {
  movement: number;
}

export const movementIndex = new Map<MovementId, number>(MOVEMENT_IDS.map((m, i) => [m, i]));
export const muscleIndex = new Map<MuscleId, number>(MUSCLE_IDS.map((m, i) => [m, i]));

function weigh(prime: MuscleId[], secondary: MuscleId[]): MuscleWeights {
  const muscles: number[] = [];
  const weights: number[] = [];
  for (const m of prime) muscles.push(muscleIndex.get(m)!), weights.push(1);
  for (const m of secondary) muscles.push(muscleIndex.get(m)!), weights.push(INDIRECT_WEIGHT);
  return { muscles, weights };
}

const compoundWeights = new Map<string, MuscleWeights>();
const loadingById = new Map<string, Loading>();
for (const e of CATALOG.exercises) {
  loadingById.set(e.id, e.loading);
  if (e.kind === 'compound') compoundWeights.set(e.id, weigh(e.primeMuscles, e.secondaryMuscles));
}

// A shrug counts in full for its movement's prime movers and half for the secondary ones.
const shrugByMovement = MOVEMENT_IDS.map((id, i): ShrugInfo => {
  const m = movement(id);
  return { movement: i, ...weigh(m.primeMovers, m.secondaryMovers) };
});

/** Muscles a compound works; undefined for a lifter's own exercise outside the catalog. */
export function compoundMuscles(exerciseId: string): MuscleWeights | undefined {
  return compoundWeights.get(exerciseId);
}

/** The movement a shrug trains, by the shrug itself or else by its combo. */
export function shrugInfo(shrugId: string, comboId: string): ShrugInfo | undefined {
  return catalogShrug(shrugId) ?? byMovement(findCombo(comboId)?.movement);
}

/** The movement a catalog shrug trains; undefined for compounds and exercises outside the catalog. */
export function catalogShrug(exerciseId: string): ShrugInfo | undefined {
  return byMovement(findExercise(exerciseId)?.movement);
}

function byMovement(id: MovementId | null | undefined): ShrugInfo | undefined {
  return id === undefined || id === null ? undefined : shrugByMovement[movementIndex.get(id)!];
}

export function loadingOf(exerciseId: string): Loading | undefined {
  return loadingById.get(exerciseId);
}

/** What the analysis needs to know about a logged round's exercises. */
export interface Resolved {
  /** Undefined for a lifter's own compound outside the catalog. */
  compound: MuscleWeights | undefined;
  bodyweight: boolean;
  shrug: ShrugInfo | undefined;
}

/** Resolves each log's exercises, reusing the last answer while rounds of one combo follow each other. */
export function resolver(): (log: AnalyticsRound) => Resolved {
  let combo = '';
  let compound = '';
  let shrug = '';
  let last: Resolved = { compound: undefined, bodyweight: false, shrug: undefined };
  return (log) => {
    if (log.comboId === combo && log.compoundId === compound && log.shrugId === shrug) return last;
    ({ comboId: combo, compoundId: compound, shrugId: shrug } = log);
    return (last = {
      compound: compoundMuscles(compound),
      bodyweight: loadingOf(compound) === 'bodyweight',
      shrug: shrugInfo(shrug, combo),
    });
  };
}
