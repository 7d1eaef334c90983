// Weekly hard sets and reps per blade movement and per muscle. Each logged
// round is two hard sets: the compound, stopped at RIR 2-3 (close enough to
// failure to count as hard), and the shrug, taken to failure.
// A plain (imported) set that counts is one hard set more (plain-sets.ts).
import { MOVEMENT_IDS, MUSCLE_IDS } from '../types.js';
import type { MovementId, MuscleId } from '../types.js';
import { dateCache } from './dates.js';
import { resolver } from './lookups.js';
import type { MuscleWeights, Resolved, ShrugInfo } from './lookups.js';
import type { AnalyticsRound, SetsReps, WeekVolume } from './types.js';

const NM = MOVEMENT_IDS.length;
const NU = MUSCLE_IDS.length;
// One flat array per week: movement sets, movement reps, muscle sets, muscle reps.
const MV_REPS = NM;
const MU_SETS = 2 * NM;
const MU_REPS = 2 * NM + NU;
const SIZE = 2 * NM + 2 * NU;

function addMuscles(acc: Float64Array, w: MuscleWeights, reps: number): void {
  for (let i = 0; i < w.muscles.length; i++) {
    const m = w.muscles[i]!;
    const k = w.weights[i]!;
    acc[MU_SETS + m]! += k;
    acc[MU_REPS + m]! += k * reps;
  }
}

export interface VolumeAccumulator {
  add(week: string, log: AnalyticsRound, r: Resolved): void;
  /** One hard set outside any combo: a compound's muscles, or a shrug's movement and muscles. */
  addSet(week: string, w: MuscleWeights | ShrugInfo, reps: number): void;
  result(): WeekVolume[];
}

export function volumeAccumulator(): VolumeAccumulator {
  const weeks = new Map<string, Float64Array>();
  let lastWeek = '';
  let last: Float64Array | undefined;
  // Logs come in date order, so the week rarely changes from one to the next.
  function weekOf(week: string): Float64Array {
    if (week !== lastWeek || last === undefined) {
      last = weeks.get(week);
      if (last === undefined) weeks.set(week, (last = new Float64Array(SIZE)));
      lastWeek = week;
    }
    return last;
  }
  function addShrug(acc: Float64Array, s: ShrugInfo, reps: number): void {
    acc[s.movement]! += 1;
    acc[MV_REPS + s.movement]! += reps;
    addMuscles(acc, s, reps);
  }
  return {
    add(week, log, r) {
      const acc = weekOf(week);
      if (r.compound) addMuscles(acc, r.compound, log.compound.reps);
      if (r.shrug) addShrug(acc, r.shrug, log.shrug.reps);
    },
    addSet(week, w, reps) {
      const acc = weekOf(week);
      if ('movement' in w) addShrug(acc, w, reps);
      else addMuscles(acc, w, reps);
    },
    result() {
      return [...weeks.keys()].sort().map((week) => toWeek(week, weeks.get(week)!));
    },
  };
}

function toWeek(week: string, a: Float64Array): WeekVolume {
  const movements = {} as Record<MovementId, SetsReps>;
  MOVEMENT_IDS.forEach((id, i) => (movements[id] = { sets: a[i]!, reps: a[MV_REPS + i]! }));
  const muscles = {} as Record<MuscleId, SetsReps>;
  MUSCLE_IDS.forEach((id, i) => (muscles[id] = { sets: a[MU_SETS + i]!, reps: a[MU_REPS + i]! }));
  return { week, movements, muscles };
}

/** Weekly volume of a history on its own, weeks in date order. */
export function weeklyVolume(history: readonly AnalyticsRound[]): WeekVolume[] {
  const info = dateCache();
  const resolve = resolver();
  const acc = volumeAccumulator();
  for (const log of history) acc.add(info(log.date).week, log, resolve(log));
  return acc.result();
}
