// Are all six blade movements getting trained? Counts shrug sets per movement
// in a recent window and names the movements left behind.
import { CATALOG, movement } from '../catalog/index.js';
import { MOVEMENT_IDS } from '../types.js';
import { dateCache, dateOfDay, dayNumber } from './dates.js';
import { resolver } from './lookups.js';
import type { Resolved } from './lookups.js';
import type { AnalyticsRound, Coverage, MovementCoverage } from './types.js';

/** Default window, in weeks: long enough to see a whole rotation of a split. */
export const DEFAULT_COVERAGE_WEEKS = 4;

// Our own heuristic, not a published number: fewer than a third of the sets the
// other movements average reads as left behind, not as normal week-to-week noise.
const NEGLECT_RATIO = 1 / 3;

export interface CoverageAccumulator {
  add(day: number, log: AnalyticsRound, r: Resolved): void;
  /** A catalog shrug done outside any combo, by its movement index. */
  addShrug(day: number, date: string, movement: number): void;
  result(): Coverage;
}

export function coverageAccumulator(asOf: string, weeks = DEFAULT_COVERAGE_WEEKS): CoverageAccumulator {
  const last = dayNumber(asOf);
  const first = last - 7 * weeks + 1;
  const sets = MOVEMENT_IDS.map(() => 0);
  const lastDate: (string | null)[] = MOVEMENT_IDS.map(() => null);
  function addShrug(day: number, date: string, i: number): void {
    if (day > last) return;
    if (day >= first) sets[i]!++;
    const seen = lastDate[i];
    if (seen == null || date > seen) lastDate[i] = date;
  }
  return {
    add(day, log, r) {
      if (r.shrug !== undefined) addShrug(day, log.date, r.shrug.movement);
    },
    addShrug,
    result() {
      return coverageResult(asOf, weeks, sets, lastDate);
    },
  };
}

/** The first day a coverage window of `weeks` ending on asOf counts. */
export const coverageFrom = (asOf: string, weeks: number) => dateOfDay(dayNumber(asOf) - 7 * weeks + 1);

/**
 * Coverage from its counts: shrug sets per movement (by index) inside the
 * window and each movement's last date up to asOf. Shared by the accumulator
 * and the timeline (timeline.ts), which counts them another way.
 */
export function coverageResult(asOf: string, weeks: number, sets: readonly number[], lastDate: readonly (string | null)[]): Coverage {
  const movements = MOVEMENT_IDS.map((id, i) => ({ movement: id, sets: sets[i]!, lastTrained: lastDate[i] ?? null }));
  const total = sets.reduce((a, b) => a + b, 0);
  const neglected = movements.flatMap((m) => {
    const othersMean = (total - m.sets) / (movements.length - 1);
    if (m.sets > 0 && m.sets >= NEGLECT_RATIO * othersMean) return [];
    return [{ ...m, message: neglectMessage(m, weeks, othersMean) }];
  });
  return { weeks, from: coverageFrom(asOf, weeks), to: asOf, movements, neglected };
}

function neglectMessage(m: MovementCoverage, weeks: number, othersMean: number): string {
  const name = movement(m.movement).name.toLowerCase();
  const combo = CATALOG.combos.find((c) => c.movement === m.movement)!;
  const span = weeks === 1 ? 'the past week' : `the past ${weeks} weeks`;
  if (m.lastTrained === null) return `You have not logged any ${name} work yet. The ${combo.name} combo trains it.`;
  if (m.sets === 0) return `No ${name} sets in ${span}; the last was on ${m.lastTrained}. Bring back the ${combo.name} combo.`;
  const avg = Math.round(othersMean * 10) / 10;
  return `Only ${m.sets} ${name} ${m.sets === 1 ? 'set' : 'sets'} in ${span}, against about ${avg} for each other movement. Give it more room.`;
}

/** Coverage of a history on its own, as of a date. */
export function coverage(history: readonly AnalyticsRound[], asOf: string, weeks = DEFAULT_COVERAGE_WEEKS): Coverage {
  const info = dateCache();
  const resolve = resolver();
  const acc = coverageAccumulator(asOf, weeks);
  for (const log of history) acc.add(info(log.date).day, log, resolve(log));
  return acc.result();
}
