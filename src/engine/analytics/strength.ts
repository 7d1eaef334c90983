// Compound strength over time: the best estimated 1RM of each session
// (Epley with reps + RIR, see e1rm.ts) and the compound records.
import { e1rm } from '../e1rm.js';
import type { PlainSet } from '../model.js';
import type { Unit } from '../types.js';
import { convert } from '../units.js';
import { resolver } from './lookups.js';
import type { Resolved } from './lookups.js';
import type { AnalyticsRound, CompoundRecord, E1rmPoint, E1rmTrend } from './types.js';

interface PerCompound {
  byDate: Map<string, E1rmPoint>;
  record: CompoundRecord;
}

export interface StrengthAccumulator {
  add(log: AnalyticsRound, r: Resolved): void;
  /** A compound set outside any combo; `rir` is what the caller settled on for it (see plain-sets.ts). */
  addSet(set: PlainSet, bodyweightLift: boolean, rir: number): void;
  trends(): E1rmTrend[];
  records(): CompoundRecord[];
}

/** Ties go to the earlier date, so a record dates from when it was first set. */
const beats = (value: number, date: string, best: number, bestDate: string) =>
  value > best || (value === best && date < bestDate);

export function strengthAccumulator(unit: Unit): StrengthAccumulator {
  const byCompound = new Map<string, PerCompound>();
  let lastId = '';
  let last: PerCompound | undefined;

  // `load` is the logged load in `unit`; `moved` what the e1RM is taken on, or
  // undefined when it cannot be known (a bodyweight lift without bodyweight).
  function record(id: string, date: string, load: number, reps: number, rir: number, moved: number | undefined): void {
    // Sets of one compound come in runs: skip the Map while the id repeats.
    let c = id === lastId ? last : byCompound.get(id);
    if (c === undefined) {
      const rec = { exerciseId: id, bestE1rm: null, heaviestLoad: { load, reps, date } };
      byCompound.set(id, (c = { byDate: new Map(), record: rec }));
    }
    lastId = id;
    last = c;
    const heaviest = c.record.heaviestLoad;
    // Heavier wins; at the same load more reps, then the earlier date.
    if (load > heaviest.load || (load === heaviest.load && (reps > heaviest.reps || (reps === heaviest.reps && date < heaviest.date)))) {
      c.record.heaviestLoad = { load, reps, date };
    }
    if (moved === undefined || !(moved >= 0) || reps < 1 || rir < 0) return;
    const est = e1rm(moved, reps, rir);
    const point = c.byDate.get(date);
    if (point === undefined || est > point.e1rm) c.byDate.set(date, { date, e1rm: est, load: moved, reps, rir });
    const best = c.record.bestE1rm;
    if (best === null || beats(est, date, best.value, best.date)) c.record.bestE1rm = { value: est, date };
  }

  // A bodyweight lift moves the body plus the belt (minus any band help); without
  // the day's bodyweight there is nothing to estimate from.
  const bodyMoved = (logged: number, from: Unit, bodyweight: number | undefined) =>
    bodyweight === undefined ? undefined : convert(bodyweight + logged, from, unit);

  return {
    add(log, r) {
      const { reps, rir } = log.compound;
      const load = convert(log.compound.load, log.unit, unit);
      record(log.compoundId, log.date, load, reps, rir, r.bodyweight ? bodyMoved(log.compound.load, log.unit, log.bodyweight) : load);
    },
    addSet(set, bodyweightLift, rir) {
      const load = convert(set.load, set.unit, unit);
      record(set.exerciseId, set.date, load, set.reps, rir, bodyweightLift ? bodyMoved(set.load, set.unit, set.bodyweight) : load);
    },
    trends() {
      return sortedIds(byCompound).map((id) => {
        const points = [...byCompound.get(id)!.byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        return { exerciseId: id, points };
      });
    },
    records() {
      return sortedIds(byCompound).map((id) => byCompound.get(id)!.record);
    },
  };
}

export function sortedIds(m: Map<string, unknown>): string[] {
  return [...m.keys()].sort();
}

/** Per compound, the best e1RM of each session date, in date order. */
export function e1rmTrends(history: readonly AnalyticsRound[], unit: Unit): E1rmTrend[] {
  const resolve = resolver();
  const acc = strengthAccumulator(unit);
  for (const log of history) acc.add(log, resolve(log));
  return acc.trends();
}
