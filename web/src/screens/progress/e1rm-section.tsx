// Estimated one-rep max per compound over time: one lift at a time (a
// selector), so the chart stays readable on a phone.
import { useMemo, useState } from 'preact/hooks';
import { exerciseName, shortDate } from '../history/format.js';
import { ExercisePick, NoneThisYear } from './exercise-pick.js';
import { LineChart } from './line-chart.js';
import { inPeriod, PeriodPick, usePeriod } from './period.js';
import type { Analytics } from './use-analytics.js';

interface Props {
  analytics: Analytics;
  /** Asks for the whole log's series (the screen holds the last year's until then). */
  onShowAll: () => void;
}

export function E1rmSection({ analytics, onShowAll }: Props) {
  // With only the recent series here, a lift with an estimate on record is still listed when its recent points are none.
  const estimated = new Set(analytics.records.compounds.filter((r) => r.bestE1rm).map((r) => r.exerciseId));
  const trends = analytics.e1rmTrends.filter((t) => t.points.length > 0 || (analytics.from && estimated.has(t.exerciseId)));
  const [id, setId] = useState(trends[0]?.exerciseId ?? '');
  const [period, pick] = usePeriod(analytics.from !== undefined, onShowAll);
  const trend = trends.find((t) => t.exerciseId === id) ?? trends[0];
  const points = useMemo(() => (trend ? inPeriod(trend.points, period, analytics.asOf) : []), [trend, period, analytics.asOf]);
  const chart = useMemo(
    () => trend && { dates: points.map((p) => p.date), series: [{ label: 'e1RM', unit: analytics.unit, values: points.map((p) => p.e1rm) }] },
    [trend, points, analytics.unit],
  );
  if (!trend || !chart) return <p class="muted">Log a round and your estimated one-rep max shows here.</p>;
  const select = <ExercisePick label="Lift" ids={trends.map((t) => t.exerciseId)} value={trend.exerciseId} onChange={setId} />;
  if (points.length === 0) {
    return (
      <>
        {select}
        <NoneThisYear what={exerciseName(trend.exerciseId).toLowerCase()} onShowAll={() => pick('all')} />
      </>
    );
  }
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const best = points.reduce((a, b) => (b.e1rm > a.e1rm ? b : a));
  // An estimate: whole units say what it knows.
  const e = (n: number) => String(Math.round(n));
  const u = analytics.unit;
  return (
    <>
      {select}
      <PeriodPick value={period} onChange={pick} />
      <LineChart dates={chart.dates} series={chart.series} caption={`Estimated one-rep max, ${exerciseName(trend.exerciseId)}, by date`} />
      <p class="chart-summary">
        {exerciseName(trend.exerciseId)}: about {e(first.e1rm)} {u} on {shortDate(first.date)}
        {points.length > 1 ? `, ${e(last.e1rm)} ${u} on ${shortDate(last.date)}` : ''}; best {e(best.e1rm)} {u} ({shortDate(best.date)}).
      </p>
    </>
  );
}
