// Analytics cut down to recent series: the weekly volume, e1RM trends and shrug
// series from a date on, everything else (counts, records, coverage) as it was
// over the whole log. A lifter with ten imported years opens Progress on the
// last months; the whole series are a second request when asked for.
import { isoWeekKey } from './dates.js';
import type { Analytics } from './types.js';

/** The analytics with series starting at `from` (YYYY-MM-DD); weeks that contain `from` stay whole. */
export function seriesFrom(a: Analytics, from: string): Analytics {
  const week = isoWeekKey(from);
  // ISO dates compare as strings. A series with nothing in the window stays, empty, so its lift is still listed.
  const since = <T extends { date: string }>(points: T[]) => points.filter((p) => p.date >= from);
  return {
    ...a,
    from,
    weekly: a.weekly.filter((w) => w.week >= week),
    e1rmTrends: a.e1rmTrends.map((t) => ({ ...t, points: since(t.points) })),
    shrugSeries: a.shrugSeries.map((s) => ({ ...s, points: since(s.points) })),
  };
}
