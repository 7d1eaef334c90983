// Front and back body outlines with each muscle shaded by its volume (four
// steps of the week's highest, plus none), a <title> per muscle for pointer and
// screen-reader users, and a legend. Which side shows a muscle is the
// catalog's `view`.
import { MUSCLES } from '../../../src/engine/catalog/movements.js';
import type { MuscleId } from '../../../src/engine/types.js';
import { bodyPath, FIGURE_H, FIGURE_W, HEAD, musclePath } from './muscle-shapes.js';
import './muscle-map.css';

export const LEVELS = 4;
/** Fill opacity of the accent colour per level (0: none). */
const OPACITY = [0, 0.25, 0.45, 0.7, 1] as const;

/** 0 for none, else 1..LEVELS by the share of the highest value (the highest is always LEVELS). */
export function shadeLevel(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(LEVELS, Math.max(1, Math.ceil((value / max) * LEVELS)));
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

interface MuscleMapProps {
  /** Hard sets per muscle; missing means none. */
  volume: Partial<Record<MuscleId, number>>;
  /** Names the picture, e.g. "Hard sets per muscle, week of 3 Mar". */
  label: string;
}

export function MuscleMap({ volume, label }: MuscleMapProps) {
  const max = Math.max(0, ...MUSCLES.map((m) => volume[m.id] ?? 0));
  const body = bodyPath();
  const figure = (view: 'front' | 'back', dx: number) => (
    <g transform={`translate(${dx} 0)`} class="mm-figure">
      <path class="mm-body" d={body} />
      <circle class="mm-body" cx={HEAD.cx} cy={HEAD.cy} r={HEAD.r} />
      {MUSCLES.filter((m) => m.view === view).map((m) => {
        const v = volume[m.id] ?? 0;
        const level = shadeLevel(v, max);
        return (
          <path key={m.id} class="mm-muscle" data-muscle={m.id} data-level={level} d={musclePath(m.id)} style={{ fillOpacity: OPACITY[level] }}>
            <title>{`${m.name}: ${v > 0 ? `${fmt(v)} hard ${v === 1 ? 'set' : 'sets'}` : 'no sets'}`}</title>
          </path>
        );
      })}
      <text class="mm-caption" x={FIGURE_W / 2} y={FIGURE_H + 14} text-anchor="middle">
        {view === 'front' ? 'Front' : 'Back'}
      </text>
    </g>
  );
  // The legend's steps in sets: level k covers up to k/LEVELS of the highest.
  const steps = Array.from({ length: LEVELS }, (_, i) => (max * (i + 1)) / LEVELS);
  return (
    <figure class="muscle-map">
      <svg viewBox={`0 0 ${2 * FIGURE_W} ${FIGURE_H + 20}`} role="group" aria-label={label}>
        {figure('front', 0)}
        {figure('back', FIGURE_W)}
      </svg>
      <figcaption>
        <ul class="mm-legend" aria-label="Shading">
          <li>
            <span class="mm-swatch" data-level="0" aria-hidden="true" /> none
          </li>
          {max > 0 &&
            steps.map((to, i) => (
              <li key={i}>
                <span class="mm-swatch" data-level={i + 1} style={{ opacity: OPACITY[i + 1] }} aria-hidden="true" />
                {i === LEVELS - 1 ? `up to ${fmt(to)} sets` : `≤ ${fmt(to)}`}
              </li>
            ))}
        </ul>
      </figcaption>
    </figure>
  );
}
