// A uPlot line chart sized to its box and coloured from the design tokens.
// uPlot and its CSS are imported here, on first draw, so they load only with
// the Progress screen and never with the app's first paint.
import { useEffect, useRef, useState } from 'preact/hooks';
import type uPlotType from 'uplot';
import { readColors, useSchemeVersion } from './chart-colors.js';

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
  height?: number;
}

const toSeconds = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
const round = (v: number) => Math.round(v * 10) / 10;

export function LineChart({ dates, series, height = 220 }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useSchemeVersion();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let plot: uPlotType | null = null;
    let observer: ResizeObserver | null = null;
    let live = true;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
      ([{ default: uPlot }]) => {
        const el = box.current;
        if (!live || !el) return;
        const c = readColors(el);
        const font = '12px system-ui, sans-serif';
        const axis = (stroke: string): uPlotType.Axis => ({ stroke, font, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1 } });
        const colour = (s: ChartSeries) => (s.right ? c.line2 : c.line);
        const opts: uPlotType.Options = {
          width: el.clientWidth || 320,
          height,
          // Dates are calendar days: show them as written, not shifted to the phone's zone.
          tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
          scales: { x: { time: true }, ...(series.some((s) => s.right) ? { right: { auto: true } } : {}) },
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
              points: { show: true, size: 6, fill: colour(s), stroke: colour(s) },
              value: (_u: uPlotType, v: number | null) => (v == null ? '–' : `${round(v)} ${s.unit}`),
            })),
          ],
          cursor: { points: { size: 8 } },
        };
        plot = new uPlot(opts, [dates.map(toSeconds), ...series.map((s) => s.values)], el);
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => plot?.setSize({ width: el.clientWidth, height }));
          observer.observe(el);
        }
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      observer?.disconnect();
      plot?.destroy();
    };
  }, [dates, series, height, scheme]);

  if (failed) return <p class="muted">The chart did not load; connect once and open Progress again.</p>;
  return <div ref={box} class="chart" style={{ minHeight: `${height}px` }} aria-hidden="true" />;
}
