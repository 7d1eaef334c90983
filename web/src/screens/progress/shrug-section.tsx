// Shrug reps over time with the load they were done at (dashed, right scale):
// more reps at the same load, or the same reps at more load, is progress.
import { useMemo, useState } from 'preact/hooks';
import { Field } from '../../ui/field.js';
import { exerciseName, num, shortDate } from '../history/format.js';
import { LineChart } from './line-chart.js';
import { inPeriod, PeriodPick, usePeriod } from './period.js';
import type { Analytics } from './use-analytics.js';

export function ShrugSection({ analytics }: { analytics: Analytics }) {
  const all = analytics.shrugSeries.filter((s) => s.points.length > 0);
  const [id, setId] = useState(all[0]?.exerciseId ?? '');
  const [period, setPeriod] = usePeriod();
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
  const last = s.points[s.points.length - 1]!;
  return (
    <>
      {all.length > 1 && (
        <Field label="Shrug">
          {(ids) => (
            <select {...ids} value={s.exerciseId} onChange={(e) => setId(e.currentTarget.value)}>
              {all.map((x) => (
                <option key={x.exerciseId} value={x.exerciseId}>
                  {exerciseName(x.exerciseId)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <PeriodPick value={period} onChange={setPeriod} />
      <LineChart dates={chart.dates} series={chart.series} caption={`${exerciseName(s.exerciseId)}: reps to failure and load, by date`} />
      <p class="chart-summary">
        Solid: reps to failure; dashed: load ({u}). Last: {last.reps} reps at {num(last.load)} {u} on {shortDate(last.date)}.
      </p>
    </>
  );
}
