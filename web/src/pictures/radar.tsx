// A six-axis radar (or any n ≥ 3) of one value per axis, drawn in SVG. The
// picture is for the eye; the same numbers sit in a visually hidden table for
// screen readers. Axis 0 points up and the rest follow clockwise.
import './radar.css';

export interface RadarAxis {
  id: string;
  label: string;
  value: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Where `value` lies on axis i of n, for a radar of radius r around (cx, cy) reaching `max`. */
export function radarPoint(i: number, n: number, value: number, max: number, r: number, cx: number, cy: number): Point {
  const angle = (2 * Math.PI * i) / n;
  const d = max > 0 ? (Math.max(0, Math.min(value, max)) / max) * r : 0;
  return { x: cx + d * Math.sin(angle), y: cy - d * Math.cos(angle) };
}

export function radarPoints(values: readonly number[], max: number, r: number, cx: number, cy: number): Point[] {
  return values.map((v, i) => radarPoint(i, values.length, v, max, r, cx, cy));
}

/** The outer ring's value: at least 4, rounded up to an even number so the half ring is whole. */
export function radarMax(values: readonly number[]): number {
  const top = Math.max(4, ...values);
  return Math.ceil(top / 2) * 2;
}

const pts = (ps: Point[]) => ps.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
const fmt = (n: number) => String(Math.round(n * 10) / 10);

const W = 340;
const H = 310;
const CX = W / 2;
const CY = H / 2;
const R = 92;

interface RadarProps {
  axes: RadarAxis[];
  /** What the numbers are, e.g. "Hard sets this week per blade movement" (the table's caption). */
  caption: string;
  /** The unit after each value, e.g. "sets"; `unitOne` after a 1 ("set"). */
  unit: string;
  unitOne?: string;
  /** The first column's heading in the table. */
  axisName: string;
}

export function Radar({ axes, caption, unit, unitOne = unit, axisName }: RadarProps) {
  const n = axes.length;
  const max = radarMax(axes.map((a) => a.value));
  const ring = (f: number) => pts(axes.map((_, i) => radarPoint(i, n, max * f, max, R, CX, CY)));
  return (
    <figure class="radar">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <polygon key={f} class="radar-ring" points={ring(f)} />
        ))}
        {axes.map((a, i) => {
          const end = radarPoint(i, n, max, max, R, CX, CY);
          return <line key={a.id} class="radar-axis" data-axis={a.id} x1={CX} y1={CY} x2={end.x} y2={end.y} />;
        })}
        <text class="radar-scale" x={CX + 4} y={CY - R / 2 - 2}>
          {fmt(max / 2)}
        </text>
        <text class="radar-scale" x={CX + 4} y={CY - R - 2}>
          {fmt(max)}
        </text>
        <polygon class="radar-area" points={pts(radarPoints(axes.map((a) => a.value), max, R, CX, CY))} />
        {axes.map((a, i) => {
          const p = radarPoint(i, n, a.value, max, R, CX, CY);
          return <circle key={a.id} class="radar-dot" cx={p.x} cy={p.y} r={3.5} />;
        })}
        {axes.map((a, i) => (
          <AxisLabel key={a.id} axis={a} unit={a.value === 1 ? unitOne : unit} at={radarPoint(i, n, max, max, R + 16, CX, CY)} />
        ))}
      </svg>
      <table class="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{axisName}</th>
            <th scope="col">{unit[0]!.toUpperCase() + unit.slice(1)}</th>
          </tr>
        </thead>
        <tbody>
          {axes.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.label}</th>
              <td>{fmt(a.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A label beyond the axis end: words on two lines at most, then the value. */
function AxisLabel({ axis, unit, at }: { axis: RadarAxis; unit: string; at: Point }) {
  const side = at.x > CX + 1 ? 'start' : at.x < CX - 1 ? 'end' : 'middle';
  const words = axis.label.split(' ');
  const lines = words.length > 1 ? [words[0]!, words.slice(1).join(' ')] : [axis.label];
  const all = [...lines, `${fmt(axis.value)} ${unit}`];
  // Above the centre the block grows upward, below it downward, beside it centred.
  const top = at.y < CY - 1 ? at.y - (all.length - 1) * 14 : at.y > CY + 1 ? at.y + 10 : at.y - ((all.length - 1) * 14) / 2 + 4;
  return (
    <text class="radar-label" data-axis={axis.id} text-anchor={side} x={at.x} y={top}>
      {all.map((line, k) => (
        <tspan key={k} x={at.x} dy={k === 0 ? 0 : 14} class={k === all.length - 1 ? 'radar-value' : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
