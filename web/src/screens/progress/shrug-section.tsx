// Shrug reps over time with the load they were done at (dashed, right scale):
// more reps at the same load, or the same reps at more load, is progress.
import { useMemo, useState } from 'preact/hooks';
import { exerciseName, num, shortDate } from '../history/format.js';
import { ExercisePick, NoneThisYear } from './exercise-pick.js';
import { LineChart } from './line-chart.js';
import { inPeriod, PeriodPick, usePeriod } from './period.js';
import type { Analytics } from './use-analytics.js';

interface Props {
  analytics: Analytics;
  /** Asks for the whole log's series (the screen holds the last year's until then). */
  onShowAll: () => void;
}

export function ShrugSection({ analytics, onShowAll }: Props) {
  // With only the recent series here, a shrug with records is still listed when its recent points are none.
  const recorded = new Set(analytics.records.shrugs.filter((r) => r.atLoad.length > 0).map((r) => r.exerciseId));
  const all = analytics.shrugSeries.filter((s) => s.points.length > 0 || (analytics.from && recorded.has(s.exerciseId)));
  const [id, setId] = useState(all[0]?.exerciseId ?? '');
  const [period, pick] = usePeriod(analytics.from !== undefined, onShowAll);
  const s = all.find((x) => x.exerciseId === id) ?? all[0];
  const u = analytics.unit;
  const chart = useMemo(() => {
    if (!s) return undefined;
    const points = inPeriod(s.points, period, analytics.asOf);
    return {
      dates: points.map((p) => p.date),
      series: [
        { label: 'Reps', unit: 'reps', values: points.map((p) => p.reps) },
        { label: 'Load', unit: u, right: true, values: points.map((p) => p.load) },
      ],
    };
  }, [s, u, period, analytics.asOf]);
  if (!s || !chart) return <p class="muted">Your shrug sets show here once you log a round.</p>;
  const select = <ExercisePick label="Shrug" ids={all.map((x) => x.exerciseId)} value={s.exerciseId} onChange={setId} />;
  const last = s.points[s.points.length - 1];
  if (!last) {
    return (
      <>
        {select}
        <NoneThisYear what={`${exerciseName(s.exerciseId).toLowerCase()} sets`} onShowAll={() => pick('all')} />
      </>
    );
  }
  return (
    <>
      {select}
      <PeriodPick value={period} onChange={pick} />
      <LineChart dates={chart.dates} series={chart.series} caption={`${exerciseName(s.exerciseId)}: reps to failure and load, by date`} />
      <p class="chart-summary">
        Solid: reps to failure; dashed: load ({u}). Last: {last.reps} reps at {num(last.load)} {u} on {shortDate(last.date)}.
      </p>
    </>
  );
}
