// How far back a trend chart looks ("Recent" is the last three months). Imported years of history would otherwise
// squeeze the last weeks into a sliver at the right edge.
import { useState } from 'preact/hooks';
import { dateOfDay, dayNumber } from '../../../../src/engine/analytics/dates.js';
import { RadioCards } from '../../ui/choices.js';

export type Period = '3m' | '1y' | 'all';
const DAYS: Record<Period, number> = { '3m': 92, '1y': 366, all: Infinity };
const OPTIONS = [
  { value: '3m' as const, label: 'Recent' },
  { value: '1y' as const, label: 'Year' },
  { value: 'all' as const, label: 'All' },
];

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

export function usePeriod(): [Period, (p: Period) => void] {
  return useState<Period>('1y');
}

export function PeriodPick({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  // Three equal columns (the shared inline grid fits four narrow ones at 360 px, too narrow for "Recent").
  return (
    <div class="period-pick">
      <RadioCards legend="Period" inline options={OPTIONS} value={value} onChange={onChange} />
    </div>
  );
}
