// How hard a half-kneeling landmine press is along its path, with and without
// a resistance band. A statics model in the plane of the bar: the bar pivots
// at its floor end, the plates pull straight down, a band pulls from its
// anchor on the floor towards where it hooks over the bar. Forces stay in the
// load's unit (kg-force or lb-force); lengths are in metres. docs/methods.md,
// "Landmine and band curve", lists the assumptions.
import type { Unit } from '../types.js';

export type BandAnchor = 'under_landmine' | 'under_knee';

/** A band as the lifter's equipment lists it: its pull at a listed stretch. */
export interface BandSpec {
  /** Pull of the whole band (both strands of a loop) at `atStretch`, in the load's unit. */
  tension: number;
  /** Length between its two ends when just taut, metres. */
  restLength: number;
  /** Elongation past `restLength` at which `tension` is listed, metres. */
  atStretch: number;
}

export interface LandmineSetup {
  unit: Unit;
  /** Plates on the sleeve. */
  load: number;
  /** Pivot to the plates' centre, metres. */
  length: number;
  /** Pivot to the hand, metres. */
  hand: number;
  /** Bar angle above horizontal at the bottom and at lockout, degrees. */
  fromDeg: number;
  toDeg: number;
  /** How far the hand travels past lockout in the shrug's reach, metres along its arc. */
  reach: number;
  /** The bar's own weight and the pivot-to-centre distance of its mass; none by default, as the app's landmine load counts plates only. */
  bar?: { weight: number; centre: number };
  band?: BandSpec & {
    anchor: BandAnchor;
    /** Floor distance from the pivot to the anchor, towards the lifter; defaults per anchor (see `anchorX`). */
    anchorX?: number;
    /** Pivot to where the band hooks over the bar; the sleeve by default. */
    attach?: number;
  };
}

export interface CurvePoint {
  /** 0 = bottom, 1 = lockout, above 1 = into the shrug's reach. */
  position: number;
  angleDeg: number;
  /** Force the hand must apply across the bar (along its path) to hold it still. */
  landmine: number;
  band: number;
  combined: number;
  /** The band's elongation past its rest length, metres (0 when slack). */
  bandStretch: number;
}

export interface LandmineCurve {
  unit: Unit;
  points: CurvePoint[];
  bottom: CurvePoint;
  middle: CurvePoint;
  lockout: CurvePoint;
  shrugTop: CurvePoint;
  /** Hardest over easiest combined force along the press (1 = perfectly flat). */
  flatness: number;
}

/** Our defaults for a standard 2.2 m bar pressed half-kneeling; see docs/methods.md. */
export const LANDMINE_DEFAULTS = { length: 1.9, hand: 1.8, fromDeg: 35, toDeg: 60, reach: 0.08, pointCount: 21 } as const;
/** A common 104 cm (41-inch) loop band, its tension listed at double its length. */
export const LOOP_BAND = { restLength: 1.04, atStretch: 1.04 } as const;
/** Front edge of a landmine's base plate, metres from the pivot. */
export const LANDMINE_BASE_X = 0.25;
/** The down knee sits this far behind the hand at the bottom of the press. */
export const KNEE_BEHIND_HAND = 0.2;
// Flatness is taken on a fixed grid, so it does not change with the chart's resolution.
const FLATNESS_GRID = 200;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Where the band's floor anchor sits, metres from the pivot towards the lifter. */
export function anchorX(setup: LandmineSetup): number {
  const band = setup.band;
  if (!band) return 0;
  if (band.anchorX !== undefined) return band.anchorX;
  return band.anchor === 'under_landmine' ? LANDMINE_BASE_X : setup.hand * Math.cos(rad(setup.fromDeg)) + KNEE_BEHIND_HAND;
}

function check(s: LandmineSetup): void {
  const endDeg = s.toDeg + (s.reach / s.hand) * (180 / Math.PI);
  const fail = (why: string) => {
    throw new RangeError(`landmine: ${why}`);
  };
  if (!(s.load >= 0)) fail('the load cannot be negative');
  if (!(s.load > 0 || (s.bar?.weight ?? 0) > 0)) fail('there must be some weight on the bar');
  if (!(s.length > 0) || !(s.hand > 0)) fail('the bar length and the hand\'s distance must be above 0');
  if (!(s.fromDeg >= 0 && s.fromDeg < s.toDeg)) fail('the press must start at 0° or above and rise');
  if (!(s.reach >= 0) || !(endDeg < 90)) fail('the bar must stay short of vertical, shrug included');
  if (s.band && !(s.band.tension >= 0 && s.band.restLength > 0 && s.band.atStretch > 0)) fail('a band needs a tension of 0 or more and a rest length and listed stretch above 0');
}

function pointAt(s: LandmineSetup, position: number, ax: number): CurvePoint {
  const angleDeg = s.fromDeg + position * (s.toDeg - s.fromDeg);
  const th = rad(angleDeg);
  // Moment of gravity about the pivot, held by a force across the bar at the hand.
  const barMoment = s.bar ? s.bar.weight * s.bar.centre : 0;
  const landmine = ((s.load * s.length + barMoment) * Math.cos(th)) / s.hand;
  let band = 0;
  let bandStretch = 0;
  if (s.band) {
    const b = s.band.attach ?? s.length;
    const px = b * Math.cos(th);
    const py = b * Math.sin(th);
    const len = Math.hypot(px - ax, py);
    bandStretch = Math.max(0, len - s.band.restLength);
    const tension = (s.band.tension * bandStretch) / s.band.atStretch;
    // The band's line passes ax·py/len from the pivot: its lever arm.
    band = len === 0 ? 0 : (tension * ax * py) / len / s.hand;
  }
  return { position, angleDeg, landmine, band, combined: landmine + band, bandStretch };
}

/** The force to hold the bar at `pointCount` evenly spaced places on the press, and its key points. */
export function landmineCurve(setup: LandmineSetup, pointCount: number = LANDMINE_DEFAULTS.pointCount): LandmineCurve {
  check(setup);
  if (!Number.isInteger(pointCount) || pointCount < 2) throw new RangeError('landmine: at least 2 points along the press');
  const ax = anchorX(setup);
  const at = (p: number) => pointAt(setup, p, ax);
  const grid = Array.from({ length: FLATNESS_GRID + 1 }, (_, i) => at(i / FLATNESS_GRID).combined);
  const pastLockout = setup.reach / setup.hand / rad(setup.toDeg - setup.fromDeg);
  return {
    unit: setup.unit,
    points: Array.from({ length: pointCount }, (_, i) => at(i / (pointCount - 1))),
    bottom: at(0),
    middle: at(0.5),
    lockout: at(1),
    shrugTop: at(1 + pastLockout),
    flatness: Math.max(...grid) / Math.min(...grid),
  };
}
