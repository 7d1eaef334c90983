// Shrugs go to failure and often run past 15 reps, where e1RM formulas lose
// accuracy (Reynolds, Gordon & Robergs 2006, docs/methods.md), so they are tracked
// as reps at a load: every set in order, and the most reps done at each load.
import type { PlainSet } from '../model.js';
import type { Unit } from '../types.js';
import { convert } from '../units.js';
import { sortedIds } from './strength.js';
import type { AnalyticsRound, ShrugPoint, ShrugRecord, ShrugSeries } from './types.js';

export type Best = { load: number; reps: number; date: string };

interface PerShrug {
  points: ShrugPoint[];
  /** Keyed by load in thousandths, so a kg load and its lb twin meet despite float noise. */
  atLoad: Map<number, Best>;
}

export interface ShrugAccumulator {
  add(log: AnalyticsRound): void;
  /** A catalog shrug done outside any combo (an imported "Shrug (Barbell)"). */
  addSet(set: PlainSet): void;
  series(): ShrugSeries[];
  records(): ShrugRecord[];
}

/** Most reps at a load (keyed in thousandths), ties to the earlier date, then to the set offered first. */
export function offerAtLoad(atLoad: Map<number, Best>, load: number, reps: number, date: string): void {
  const key = Math.round(load * 1000);
  const best = atLoad.get(key);
  if (best === undefined || reps > best.reps || (reps === best.reps && date < best.date)) atLoad.set(key, { load, reps, date });
}

/** A shrug's records at load, lightest load first. */
export const atLoadRecords = (atLoad: Map<number, Best>): Best[] => [...atLoad.values()].sort((a, b) => a.load - b.load);

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function shrugAccumulator(unit: Unit): ShrugAccumulator {
  const byShrug = new Map<string, PerShrug>();
  let lastId = '';
  let last: PerShrug | undefined;
  function point(id: string, date: string, load: number, reps: number): void {
    let s = id === lastId ? last : byShrug.get(id);
    if (s === undefined) byShrug.set(id, (s = { points: [], atLoad: new Map() }));
    lastId = id;
    last = s;
    s.points.push({ date, load, reps });
    offerAtLoad(s.atLoad, load, reps, date);
  }
  return {
    add(log) {
      point(log.shrugId, log.date, convert(log.shrug.load, log.unit, unit), log.shrug.reps);
    },
    addSet(set) {
      point(set.exerciseId, set.date, convert(set.load, set.unit, unit), set.reps);
    },
    series() {
      // A stable sort keeps the rounds of one session in logged order.
      return sortedIds(byShrug).map((id) => ({ exerciseId: id, points: byShrug.get(id)!.points.sort(byDate) }));
    },
    records() {
      return sortedIds(byShrug).map((id) => ({ exerciseId: id, atLoad: atLoadRecords(byShrug.get(id)!.atLoad) }));
    },
  };
}

/** Per shrug exercise, every set as reps at a load, in date order. */
export function shrugSeries(history: readonly AnalyticsRound[], unit: Unit): ShrugSeries[] {
  const acc = shrugAccumulator(unit);
  for (const log of history) acc.add(log);
  return acc.series();
}
