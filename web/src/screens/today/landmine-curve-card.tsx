// How hard the half-kneeling landmine press is along the way: the plates'
// pull across the bar falls as it rises, a band's grows as it stretches.
// The card draws both against bar position (engine/loads/landmine-curve.ts),
// says the key points in words, and suggests the band from the lifter's that
// evens the press out most. Folded until opened, so the set stays quick.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type uPlotType from 'uplot';
import { bandSpec, suggestBand } from '../../../../src/engine/loads/landmine-band.js';
import { LANDMINE_DEFAULTS, landmineCurve, type CurvePoint, type LandmineCurve } from '../../../../src/engine/loads/landmine-curve.js';
import type { ResistanceBand } from '../../../../src/engine/model.js';
import type { Unit } from '../../../../src/engine/types.js';
import { formatLoad } from '../../../../src/engine/units.js';
import { readColors } from '../progress/chart-colors.js';
import { loadChartCode } from '../progress/line-chart.js';
import type { BandChoice } from './runner-state.js';

interface CurveCardProps {
  load: number;
  unit: Unit;
  bands: readonly ResistanceBand[];
  chosen: BandChoice | undefined;
  onChoose: (band: BandChoice) => void;
}

const HEIGHT = 200;
const one = (x: number) => Math.round(x * 10) / 10;
const pct = (p: CurvePoint) => Math.round(p.position * 100);

/** The press with the chosen band (or none), on our default press. */
function curveOf(load: number, unit: Unit, band: BandChoice | undefined): LandmineCurve {
  return landmineCurve({ unit, load, ...LANDMINE_DEFAULTS, ...(band ? { band: { ...bandSpec(band), anchor: band.anchor } } : {}) });
}

/** The key points in a sentence: bottom, middle, lockout, and how uneven the press is. */
export function curveWords(curve: LandmineCurve, banded: boolean): string {
  const u = curve.unit;
  const f = (p: CurvePoint) => formatLoad(one(p.combined), u);
  const band = banded ? ` The band adds ${formatLoad(one(curve.lockout.band), u)} at lockout and ${formatLoad(one(curve.shrugTop.band), u)} at the top of the shrug.` : '';
  return `Bottom ${f(curve.bottom)}, halfway ${f(curve.middle)}, lockout ${f(curve.lockout)}: the hardest point is ${curve.flatness.toFixed(2)}× the easiest.${band}`;
}

function CurveChart({ plates, banded }: { plates: LandmineCurve; banded: LandmineCurve | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let plot: uPlotType | null = null;
    let live = true;
    void loadChartCode().then(
      ([{ default: uPlot }]) => {
        const el = box.current;
        if (!live || !el) return;
        const c = readColors(el);
        const font = '12px system-ui, sans-serif';
        const axis = (label: string): uPlotType.Axis => ({ stroke: c.muted, font, label, labelFont: font, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1 } });
        const u = plates.unit;
        plot = new uPlot(
          {
            width: el.clientWidth || 320,
            height: HEIGHT,
            scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.ceil(max * 1.1)] } },
            axes: [{ ...axis('bar position, % of the way up'), values: (_u, ticks) => ticks.map((t) => `${t}%`) }, { ...axis(u), size: 44 }],
            series: [
              {},
              { label: 'Plates', stroke: c.muted, width: 2, dash: [6, 4], points: { show: false } },
              ...(banded ? [{ label: 'Plates and band', stroke: c.line, width: 3, points: { show: false } }] : []),
            ],
            legend: { show: false },
            cursor: { drag: { x: false, y: false } },
          },
          [plates.points.map((p) => p.position * 100), plates.points.map((p) => p.combined), ...(banded ? [banded.points.map((p) => p.combined)] : [])],
          el,
        );
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      plot?.destroy();
    };
  }, [plates, banded]);
  if (failed) return <p class="muted">The chart did not load; the key points are below.</p>;
  return <div ref={box} class="chart curve-chart" style={{ minHeight: `${HEIGHT}px` }} aria-hidden="true" />;
}

export function LandmineCurveCard({ load, unit, bands, chosen, onChoose }: CurveCardProps) {
  const [open, setOpen] = useState(false);
  const plates = useMemo(() => curveOf(load, unit, undefined), [load, unit]);
  const banded = useMemo(() => (chosen ? curveOf(load, unit, chosen) : null), [load, unit, chosen]);
  const anchor = chosen?.anchor ?? 'under_knee';
  const suggestion = useMemo(
    () => (bands.length > 0 ? suggestBand(bands, { unit, load, ...LANDMINE_DEFAULTS }, { anchor }) : null),
    [bands, unit, load, anchor],
  );
  const suggested = suggestion?.band ?? null;
  const isChosen = suggested !== null && chosen !== undefined && suggested.tension === chosen.tension && suggested.restLength === chosen.restLength;
  const shown = banded ?? plates;
  return (
    <details class="curve-card" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>How the press feels along the way</summary>
      <p class="muted">The landmine pivots at the floor: the plates pull less across the bar the higher it goes, so the top is the easy part. A band anchored below pulls more the further it stretches.</p>
      {open && <CurveChart plates={plates} banded={banded} />}
      <p class="curve-key">
        <span class="curve-swatch plates" /> Plates
        {banded && (
          <>
            {' '}
            <span class="curve-swatch banded" /> Plates and the {formatLoad(chosen!.tension, unit)} band
          </>
        )}
      </p>
      <p class="curve-words">{curveWords(shown, banded !== null)}</p>
      {suggestion && (
        <p class="curve-suggestion">
          {suggestion.reason}
          {suggested && !isChosen && (
            <>
              {' '}
              <button type="button" class="btn btn-quiet" onClick={() => onChoose({ ...suggested, anchor })}>
                Use the {formatLoad(suggested.tension, unit)} band
              </button>
            </>
          )}
        </p>
      )}
      {bands.length === 0 && <p class="muted">Add your resistance bands in Settings → Equipment to see what one would do here.</p>}
      {/* Hidden by its wrapper: a table keeps its own width, and a wide one would scroll the phone's page sideways. */}
      <div class="visually-hidden">
      <table>
        <caption>Force across the bar along the press, in {unit}</caption>
        <thead>
          <tr>
            <th scope="col">Bar position</th>
            <th scope="col">Plates</th>
            {banded && <th scope="col">Plates and band</th>}
          </tr>
        </thead>
        <tbody>
          {[plates.bottom, plates.middle, plates.lockout, plates.shrugTop].map((p, i) => (
            <tr key={i}>
              <th scope="row">{['bottom', 'halfway', 'lockout', 'top of the shrug'][i]} ({pct(p)}%)</th>
              <td>{one(p.combined)}</td>
              {banded && <td>{one([banded.bottom, banded.middle, banded.lockout, banded.shrugTop][i]!.combined)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </details>
  );
}
