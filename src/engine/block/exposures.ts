// A blade movement's exposures: each date a combo of it was logged, with what
// the log says about performance (the best compound set as an estimated 1RM, the
// shrug's reps to failure and their load) and the lifter's feedback that day.
import { findCombo } from '../catalog/index.js';
import { e1rm } from '../e1rm.js';
import type { ComboLog, Feedback } from '../model.js';
import type { MovementId } from '../types.js';
import { convert } from '../units.js';

export interface Exposure {
  date: string;
  movement: MovementId;
  comboId: string;
  compoundId: string;
  rounds: number;
  /** Best estimated 1RM of the day's compound sets, in the block's unit. */
  e1rm: number;
  /** Most shrug reps to failure that day, and the load they were done at (block's unit). */
  shrugReps: number;
  shrugLoad: number;
  feedback: Feedback;
}

/** Exposures of every movement, oldest first, loads in `unit`. Rounds of unknown combos are left out. */
export function exposures(logs: readonly ComboLog[], unit: ComboLog['unit']): Exposure[] {
  const byKey = new Map<string, Exposure>();
  const sorted = [...logs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const log of sorted) {
    const combo = findCombo(log.comboId);
    if (!combo) continue;
    const key = `${log.date}|${combo.movement}`;
    const load = convert(log.compound.load + (log.bodyweight ?? 0), log.unit, unit);
    const est = e1rm(Math.max(0, load), log.compound.reps, log.compound.rir);
    const shrugLoad = convert(log.shrug.load, log.unit, unit);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, {
        date: log.date,
        movement: combo.movement,
        comboId: combo.id,
        compoundId: log.compoundId,
        rounds: 1,
        e1rm: est,
        shrugReps: log.shrug.toFailure ? log.shrug.reps : 0,
        shrugLoad,
        feedback: { ...log.feedback },
      });
      continue;
    }
    seen.rounds += 1;
    seen.e1rm = Math.max(seen.e1rm, est);
    if (log.shrug.toFailure && log.shrug.reps > seen.shrugReps) {
      seen.shrugReps = log.shrug.reps;
      seen.shrugLoad = shrugLoad;
    }
    seen.feedback = { ...seen.feedback, ...log.feedback };
  }
  return [...byKey.values()];
}

/**
 * Whether `now` performed worse than `before`: the compound's estimated 1RM
 * fell by more than 2% (a rep's worth of noise), or, at the same shrug load or
 * heavier, fewer shrug reps to failure.
 */
export function performedWorse(before: Exposure, now: Exposure): boolean {
  if (now.e1rm < before.e1rm * 0.98) return true;
  return now.shrugLoad >= before.shrugLoad - 1e-9 && now.shrugReps < before.shrugReps;
}

/** Flat or falling: no real gain in estimated 1RM (under 1%) nor in shrug reps at the same load. */
export function stalled(before: Exposure, now: Exposure): boolean {
  const e1rmFlat = now.e1rm < before.e1rm * 1.01;
  const shrugFlat = now.shrugLoad <= before.shrugLoad + 1e-9 && now.shrugReps <= before.shrugReps;
  return e1rmFlat && shrugFlat;
}
