// How far back a trend chart looks ("Recent" is the last three months). Imported years of history would otherwise
// squeeze the last weeks into a sliver at the right edge. The picker is in period.tsx.
import { dateOfDay, dayNumber } from '../../../../src/engine/analytics/dates.js';

export type Period = '3m' | '1y' | 'all';
const DAYS: Record<Period, number> = { '3m': 92, '1y': 366, all: Infinity };

/** The first day a period (not "all") holds, counting back from asOf. */
export function periodStart(period: Exclude<Period, 'all'>, asOf: string): string {
  return dateOfDay(dayNumber(asOf) - DAYS[period]);
}

/** The points within the period before asOf; all of them when the period holds none. */
export function inPeriod<T extends { date: string }>(points: T[], period: Period, asOf: string): T[] {
  if (period === 'all') return points;
  const from = dayNumber(asOf) - DAYS[period];
  const kept = points.filter((p) => dayNumber(p.date) >= from);
  return kept.length > 0 ? kept : points;
}
