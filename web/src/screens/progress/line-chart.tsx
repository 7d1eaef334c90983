// A uPlot line chart sized to its box and coloured from the design tokens.
// uPlot and its CSS are imported here, on first draw, so they load only with
// the Progress screen and never with the app's first paint. The canvas is for
// the eye; the same points sit in a visually hidden table for screen readers,
// and the box says how many points uPlot drew (data-drawn-points).
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlotType from 'uplot';
import { shortDate } from '../history/format.js';
import { readColors, useSchemeVersion } from './chart-colors.js';
import { lastIndex, xRange, yRange } from './chart-ranges.js';
import { frameTurns, type Leave } from './frame-turns.js';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  unit: string;
  /** The second series gets its own scale on the right and the second colour. */
  right?: boolean;
}

interface LineChartProps {
  /** Calendar dates, YYYY-MM-DD, oldest first. */
  dates: string[];
  series: ChartSeries[];
  /** What the points are, e.g. "Estimated one-rep max, Barbell floor press" (the table's caption). */
  caption: string;
  height?: number;
}

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
const round = (v: number) => Math.round(v * 10) / 10;
/** Up to this many points each is drawn as a dot; past it the line alone reads better. */
const DOTS_UP_TO = 40;

/** One line of text under the chart: the point under the cursor, else the latest one. */
export function readout(dates: string[], series: ChartSeries[], hover: number | null): string {
  const i = hover ?? lastIndex(series.map((s) => s.values));
  const date = dates[i];
  if (date === undefined) return '';
  const values = series
    .map((s) => ({ s, v: s.values[i] }))
    .filter((x): x is { s: ChartSeries; v: number } => x.v != null)
    .map(({ s, v }) => `${s.label} ${round(v)} ${s.unit}`);
  return `${hover == null ? 'Latest, ' : ''}${shortDate(date)}: ${values.join(', ')}`;
}

type ChartCode = Promise<[{ default: typeof uPlotType }, unknown]>;
let chartCode: ChartCode | null = null;

/** uPlot and its CSS, fetched once; a failed fetch is tried again on the next call. */
export function loadChartCode(): ChartCode {
  const code: ChartCode =
    chartCode ??
    Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).catch((err: unknown) => {
      chartCode = null;
      throw err;
    });
  chartCode = code;
  return code;
}

/**
 * Charts are drawn one per frame: the first on the screen shows without
 * waiting for those below it (building a uPlot is 10-25 ms on a phone). A
 * chart unmounted before its turn leaves the queue, and the last one to go
 * takes the pending frame with it.
 */
const chartTurns = frameTurns();

/**
 * The chart's points as a table: one row per date, one column per series.
 * The wrapper is what is hidden: a table keeps its content's width whatever
 * width it is given, and a wide one would make the phone's page scroll sideways.
 */
function PointsTable({ dates, series, caption }: Pick<LineChartProps, 'dates' | 'series' | 'caption'>) {
  return (
    <div class="visually-hidden">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label} ({s.unit})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dates.map((d, i) => (
            <tr key={d}>
              <th scope="row">{shortDate(d)}</th>
              {series.map((s) => {
                const v = s.values[i];
                return <td key={s.label}>{v == null ? 'none' : round(v)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** How many values of the first series uPlot was given and drew. */
const drawnPoints = (u: uPlotType) => (u.data[1] ?? []).filter((v) => v != null).length;

export function LineChart({ dates, series, caption, height = 220 }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useSchemeVersion();
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<number | null>(null);

  useEffect(() => {
    let plot: uPlotType | null = null;
    let observer: ResizeObserver | null = null;
    let live = true;
    let leaveQueue: Leave | null = null;
    setHover(null);
    void loadChartCode().then(
      ([{ default: uPlot }]) => {
        // Unmounted while the code loaded: take no turn at all.
        if (!live) return;
        leaveQueue = chartTurns.take(() => {
          const el = box.current;
          if (!live || !el) return;
          const c = readColors(el);
          const font = '12px system-ui, sans-serif';
          const axis = (stroke: string): uPlotType.Axis => ({ stroke, font, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1 } });
          const colour = (s: ChartSeries) => (s.right ? c.line2 : c.line);
          const few = dates.length <= DOTS_UP_TO;
          const dot = dates.length <= 3 ? 9 : 6;
          const yScale: uPlotType.Scale = { range: (_u, min, max) => yRange(min, max) };
          const opts: uPlotType.Options = {
            width: el.clientWidth || 320,
            height,
            // Dates are calendar days: show them as written, not shifted to the phone's zone.
            tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
            scales: {
              // From the data, not uPlot's min/max: for one point uPlot has already widened those to ~1000 days.
              x: { time: true, range: (u) => xRange(u.data[0][0] ?? null, u.data[0][u.data[0].length - 1] ?? null) },
              y: yScale,
              ...(series.some((s) => s.right) ? { right: yScale } : {}),
            },
            axes: [
              axis(c.muted),
              { ...axis(c.muted), size: 44 },
              ...(series.some((s) => s.right) ? [{ ...axis(c.line2), scale: 'right', side: 1 as const, grid: { show: false }, size: 40 }] : []),
            ],
            series: [
              { value: (_u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)) },
              ...series.map((s) => ({
                label: s.label,
                stroke: colour(s),
                width: 2,
                ...(s.right ? { scale: 'right', dash: [6, 4] } : {}),
                // The right-hand series gets rings, so a dot at the same height still shows inside.
                points: s.right
                  ? { show: few, size: dot + 5, width: 2, fill: 'transparent', stroke: colour(s) }
                  : { show: few, size: dot, fill: colour(s), stroke: colour(s) },
                value: (_u: uPlotType, v: number | null) => (v == null ? '–' : `${round(v)} ${s.unit}`),
              })),
            ],
            // The readout under the chart replaces uPlot's legend, which is blank until the cursor is on the chart.
            legend: { show: false },
            // No drag-to-zoom: the period choice does that, and a drag on a phone is a scroll.
            cursor: { points: { size: 10 }, drag: { x: false, y: false } },
            hooks: {
              setCursor: [(u) => setHover(u.cursor.idx ?? null)],
              draw: [(u) => el.setAttribute('data-drawn-points', String(drawnPoints(u)))],
            },
          };
          plot = new uPlot(opts, [dates.map(toSeconds), ...series.map((s) => s.values)], el);
          if (typeof ResizeObserver !== 'undefined') {
            observer = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height }));
            observer.observe(el);
          }
        });
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      leaveQueue?.();
      observer?.disconnect();
      plot?.destroy();
    };
  }, [dates, series, height, scheme]);

  const text = readout(dates, series, hover);
  return (
    <>
      {failed ? (
        <p class="muted">The chart did not load; connect once and open Progress again.</p>
      ) : (
        <div ref={box} class="chart" style={{ minHeight: `${height}px` }} aria-hidden="true" />
      )}
      {text && <p class="chart-readout">{text}</p>}
      <PointsTable dates={dates} series={series} caption={caption} />
    </>
  );
}
