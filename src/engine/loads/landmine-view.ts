// The landmine press's curve as a lifter sees it: the plates alone, the plates
// with the band chosen (or, with none chosen, the suggested one), the key points
// and the suggestion with its reason. One function, so the API and the phone say the same.
import type { ResistanceBand } from '../model.js';
import type { Unit } from '../types.js';
import { bandSpec, suggestBand, type BandGoal, type BandSuggestion } from './landmine-band.js';
import { LANDMINE_DEFAULTS, anchorX, landmineCurve, type BandAnchor, type LandmineCurve, type LandmineSetup } from './landmine-curve.js';

export interface LandmineViewInput {
  unit: Unit;
  load: number;
  bands: readonly ResistanceBand[];
  anchor: BandAnchor;
  goal?: BandGoal;
  /** The band to draw: one of the lifter's, or none; undefined takes the suggested one. */
  band?: ResistanceBand | null;
  pointCount?: number;
}

export interface LandmineView {
  setup: LandmineSetup;
  /** The plates alone. */
  bare: LandmineCurve;
  /** With the band drawn (the same as `bare` without one). */
  curve: LandmineCurve;
  band: (ResistanceBand & { anchor: BandAnchor; anchorX: number }) | null;
  suggestion: BandSuggestion;
  /** The band's part of the force at lockout, 0 to 1. */
  bandShareAtLockout: number;
}

export function landmineView(input: LandmineViewInput): LandmineView {
  const { length, hand, fromDeg, toDeg, reach } = LANDMINE_DEFAULTS;
  const base = { unit: input.unit, load: input.load, length, hand, fromDeg, toDeg, reach };
  const points = input.pointCount ?? LANDMINE_DEFAULTS.pointCount;
  const suggestion = suggestBand(input.bands, base, { anchor: input.anchor }, input.goal ?? 'flatten');
  const band = input.band === undefined ? suggestion.band : input.band;
  const setup: LandmineSetup = band ? { ...base, band: { ...bandSpec(band), anchor: input.anchor } } : base;
  const curve = landmineCurve(setup, points);
  const lock = curve.lockout;
  return {
    setup,
    bare: landmineCurve(base, points),
    curve,
    band: band ? { ...band, anchor: input.anchor, anchorX: anchorX(setup) } : null,
    suggestion,
    bandShareAtLockout: lock.combined > 0 ? lock.band / lock.combined : 0,
  };
}
