// Which of the lifter's resistance bands to put on the landmine press: the one
// that evens the press out most, or the one that loads the shrug's top most.
import { formatLoad } from '../units.js';
import type { Unit } from '../types.js';
import type { LoggedBand, ResistanceBand } from '../model.js';
import { LANDMINE_DEFAULTS, LOOP_BAND, landmineCurve, type BandAnchor, type LandmineCurve, type LandmineSetup } from './landmine-curve.js';

export type BandGoal = 'flatten' | 'top';

export interface BandSuggestion {
  /** The band to use, or null when none beats pressing without one. */
  band: ResistanceBand | null;
  /** Its place in the inventory's list. */
  index: number | null;
  curve: LandmineCurve;
  /** One line, in plain words. */
  reason: string;
}

/** An inventory band as the model needs it, lengths defaulting to a common loop band. */
export function bandSpec(band: ResistanceBand) {
  return { tension: band.tension, restLength: band.restLength ?? LOOP_BAND.restLength, atStretch: band.atStretch ?? LOOP_BAND.atStretch };
}

const ratio = (x: number) => `${x.toFixed(2)}×`;

/** Where the bands go: the anchor, and optionally its exact place (see LandmineSetup). */
export interface BandPlace {
  anchor: BandAnchor;
  anchorX?: number;
  attach?: number;
}

export function suggestBand(bands: readonly ResistanceBand[], setup: Omit<LandmineSetup, 'band'>, place: BandPlace, goal: BandGoal = 'flatten'): BandSuggestion {
  const bare = landmineCurve(setup);
  const tried = bands.map((band, index) => ({ band, index, curve: landmineCurve({ ...setup, band: { ...bandSpec(band), ...place } }) }));
  const u = setup.unit;
  if (tried.length === 0) return { band: null, index: null, curve: bare, reason: 'You list no resistance bands, so the press goes without one.' };
  if (goal === 'top') {
    // The most load at the top of the reach; of equals, the first listed.
    const best = tried.reduce((a, b) => (b.curve.shrugTop.band > a.curve.shrugTop.band ? b : a));
    const top = best.curve.shrugTop.band;
    if (top <= 0) return { band: null, index: null, curve: bare, reason: 'None of your bands is stretched at the top of the reach from this anchor, so none adds load there.' };
    return { ...best, reason: `The ${formatLoad(best.band.tension, u)} band loads the top most: it adds ${formatLoad(top, u)} at the top of the shrug's reach.` };
  }
  const best = tried.reduce((a, b) => (b.curve.flatness < a.curve.flatness ? b : a));
  if (best.curve.flatness >= bare.flatness) {
    return { band: null, index: null, curve: bare, reason: `None of your bands evens the press out: without one the hardest point is ${ratio(bare.flatness)} the easiest, and every band makes that worse.` };
  }
  return {
    ...best,
    reason: `The ${formatLoad(best.band.tension, u)} band evens the press out most: the hardest point is ${ratio(best.curve.flatness)} the easiest, against ${ratio(bare.flatness)} without a band.`,
  };
}

/** Compounds a band may be logged with: the press whose top the landmine leaves light. */
export const BAND_COMPOUNDS: readonly string[] = ['half_kneeling_landmine_press'];

/**
 * A band as a round logs it: what it added at lockout with `load` on the
 * sleeve, on our default press (LANDMINE_DEFAULTS), to a hundredth.
 */
export function loggedBand(band: ResistanceBand & { anchor: BandAnchor }, load: number, unit: Unit): LoggedBand {
  const spec = bandSpec(band);
  const { lockout } = landmineCurve({ unit, load, ...LANDMINE_DEFAULTS, band: { ...spec, anchor: band.anchor } }, 2);
  return {
    tension: band.tension,
    ...(band.restLength !== undefined ? { restLength: band.restLength } : {}),
    ...(band.atStretch !== undefined ? { atStretch: band.atStretch } : {}),
    anchor: band.anchor,
    atLockout: Math.round(lockout.band * 100) / 100,
  };
}
