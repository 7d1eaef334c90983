import type { Command } from 'commander';
import { LANDMINE } from '../../contract/limits.js';
import { suggestBand, type BandSuggestion, bandSpec } from '../../engine/loads/landmine-band.js';
import { LANDMINE_DEFAULTS, LOOP_BAND, anchorX, landmineCurve, type BandAnchor, type CurvePoint, type LandmineCurve, type LandmineSetup } from '../../engine/loads/landmine-curve.js';
import { inventoryInUnit } from '../../engine/inventory-presets.js';
import { formatLoad } from '../../engine/units.js';
import { CliError } from '../errors.js';
import { loadInventory, parseNumber, parseUnit } from '../options.js';

interface LandmineOptions {
  load: string;
  units: string;
  band?: string;
  bandRest?: string;
  bandStretch?: string;
  anchor: string;
  anchorAt?: string;
  equipment?: string;
  goal: string;
  length: string;
  hand: string;
  from: string;
  to: string;
  reach: string;
  points: string;
  json?: boolean;
}

const ANCHORS: Record<string, BandAnchor> = { knee: 'under_knee', landmine: 'under_landmine' };
const ANCHOR_WORDS: Record<BandAnchor, string> = { under_knee: 'under your down knee', under_landmine: 'under the landmine' };

function parseAnchor(word: string): BandAnchor {
  const a = ANCHORS[word.toLowerCase()];
  if (!a) throw new CliError(`--anchor: "${word}" is not an anchor; use knee or landmine`);
  return a;
}

function setupOf(o: LandmineOptions): Omit<LandmineSetup, 'band'> {
  const fromDeg = parseNumber('--from', o.from, LANDMINE.angle);
  const toDeg = parseNumber('--to', o.to, LANDMINE.angle);
  if (toDeg <= fromDeg) throw new CliError(`--to ${o.to}: must be above --from (${o.from}°): the bar rises as you press`);
  return {
    unit: parseUnit(o.units),
    load: parseNumber('--load', o.load, LANDMINE.load),
    length: parseNumber('--length', o.length, LANDMINE.barLength),
    hand: parseNumber('--hand', o.hand, LANDMINE.barLength),
    fromDeg,
    toDeg,
    reach: parseNumber('--reach', o.reach, LANDMINE.reach),
  };
}

const n = (x: number) => x.toFixed(2).padStart(7);
const deg = (x: number) => `${Number(x.toFixed(1))}°`;

function render(curve: LandmineCurve, setup: LandmineSetup, bare: LandmineCurve, suggestion: BandSuggestion | null): string {
  const u = setup.unit;
  const out = [`Half-kneeling landmine press: ${formatLoad(setup.load, u)} on the sleeve, plates ${setup.length} m from the pivot, hand at ${setup.hand} m, ${deg(setup.fromDeg)} to ${deg(setup.toDeg)}`];
  const band = setup.band;
  if (suggestion) out.push(`Suggested band: ${suggestion.reason}`);
  if (band) out.push(`Band: ${formatLoad(band.tension, u)} at ${band.atStretch} m of stretch, ${band.restLength} m at rest, anchored ${ANCHOR_WORDS[band.anchor]} (${anchorX(setup).toFixed(2)} m from the pivot)`);
  else out.push('No band.');
  out.push('', `Force to hold the bar, across it at your hand (${u}):`, '              angle  landmine     band  combined');
  const row = (name: string, p: CurvePoint) => `  ${name.padEnd(10)} ${deg(p.angleDeg).padStart(6)} ${n(p.landmine)}  ${n(p.band)}   ${n(p.combined)}`;
  out.push(row('bottom', curve.bottom), row('middle', curve.middle), row('lockout', curve.lockout), row('shrug top', curve.shrugTop));
  out.push('', `Hardest point ${curve.flatness.toFixed(2)}× the easiest${band ? ` (${bare.flatness.toFixed(2)}× without the band)` : ''}.`);
  if (band) out.push(`The band adds ${formatLoad(curve.lockout.band, u)} at lockout and ${formatLoad(curve.shrugTop.band, u)} at the top of the shrug's reach.`);
  const top = Math.max(...curve.points.map((p) => p.combined));
  out.push('', 'Along the press (0 = bottom, 1 = lockout):');
  for (const p of curve.points) out.push(`  ${p.position.toFixed(2)} ${deg(p.angleDeg).padStart(6)} ${n(p.combined)} ${'█'.repeat(Math.round((30 * p.combined) / top))}`);
  return out.join('\n');
}

export function registerLandmineCommand(program: Command): void {
  program
    .command('landmine')
    .description('how hard the half-kneeling landmine press is along its path, with an optional resistance band; see docs/methods.md')
    .requiredOption('-l, --load <load>', 'plates on the sleeve')
    .option('-u, --units <units>', 'kg or lb', 'kg')
    .option('-b, --band <tension>', "the band's listed tension, in --units")
    .option('--band-rest <metres>', "the band's length when just taut", String(LOOP_BAND.restLength))
    .option('--band-stretch <metres>', 'the stretch its tension is listed at (default: its rest length, i.e. at double length)')
    .option('-a, --anchor <anchor>', 'where the band is pinned: knee or landmine', 'knee')
    .option('--anchor-at <metres>', 'floor distance from the pivot to the anchor (default: 0.25 m for the landmine, 0.2 m behind your hand at the bottom for the knee)')
    .option('-e, --equipment <equipment>', 'without --band: suggest one of the resistance bands in this JSON inventory file')
    .option('-g, --goal <goal>', 'what the suggestion aims for: flat (even out the press) or top (load the shrug\'s top)', 'flat')
    .option('--length <metres>', 'pivot to the plates', String(LANDMINE_DEFAULTS.length))
    .option('--hand <metres>', 'pivot to your hand', String(LANDMINE_DEFAULTS.hand))
    .option('--from <degrees>', 'bar angle above the floor at the bottom', String(LANDMINE_DEFAULTS.fromDeg))
    .option('--to <degrees>', 'bar angle at lockout', String(LANDMINE_DEFAULTS.toDeg))
    .option('--reach <metres>', "how far the hand travels past lockout in the shrug's reach", String(LANDMINE_DEFAULTS.reach))
    .option('--points <n>', 'points along the press', String(LANDMINE_DEFAULTS.pointCount))
    .option('--json', 'print JSON for machines')
    .action((o: LandmineOptions) => {
      const base = setupOf(o);
      const anchor = parseAnchor(o.anchor);
      const place = { anchor, ...(o.anchorAt === undefined ? {} : { anchorX: parseNumber('--anchor-at', o.anchorAt, LANDMINE.anchorAt) }) };
      const points = parseNumber('--points', o.points, LANDMINE.points);
      if (o.goal !== 'flat' && o.goal !== 'top') throw new CliError(`--goal: "${o.goal}" is not a goal; use flat or top`);
      let suggestion: BandSuggestion | null = null;
      let setup: LandmineSetup = base;
      if (o.band !== undefined) {
        const restLength = parseNumber('--band-rest', o.bandRest ?? String(LOOP_BAND.restLength), LANDMINE.bandLength);
        const atStretch = o.bandStretch === undefined ? restLength : parseNumber('--band-stretch', o.bandStretch, LANDMINE.bandLength);
        setup = { ...base, band: { tension: parseNumber('--band', o.band, LANDMINE.bandTension), restLength, atStretch, ...place } };
      } else if (o.equipment !== undefined) {
        // A file in the other unit: the same bands, weighed in --units.
        const inventory = inventoryInUnit(loadInventory(o.equipment, base.unit), base.unit);
        suggestion = suggestBand(inventory.resistanceBands ?? [], base, place, o.goal === 'top' ? 'top' : 'flatten');
        if (suggestion.band) setup = { ...base, band: { ...bandSpec(suggestion.band), ...place } };
      }
      const curve = landmineCurve(setup, points);
      const bare = landmineCurve(base, points);
      if (o.json) {
        const { points: all, ...key } = curve;
        console.log(JSON.stringify({ setup: { ...setup, anchorX: setup.band ? anchorX(setup) : null }, key: { ...key, flatnessWithoutBand: bare.flatness }, points: all, suggestion: suggestion && { band: suggestion.band, index: suggestion.index, reason: suggestion.reason } }, null, 2));
        return;
      }
      console.log(render(curve, setup, bare, suggestion));
    });
}
