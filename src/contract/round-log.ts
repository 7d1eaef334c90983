// A round on the wire as the engine's ComboLog: the one mapping between the
// two, used by the API's rules, the CLI's log files, the phone's offline
// prescriptions and the runner. No zod: the web app imports it as it is.
import { findCombo, findExercise } from '../engine/catalog/index.js';
import type { ComboLog, Feedback, ResistanceBand } from '../engine/model.js';
import { loggedBand } from '../engine/loads/landmine-band.js';
import type { BandAnchor } from '../engine/loads/landmine-curve.js';
import type { Unit } from '../engine/types.js';

/** What any wire round carries (a log-file entry, a body, a stored round). */
export interface WireRound {
  date: string;
  combo: string;
  compound: {
    exercise?: string | undefined;
    load: number;
    reps: number;
    rir: number;
    /** On a calibration set: the call, then on to failure. */
    calibration?: { calledRir: number; repsAtCall: number; repsToFailure: number } | undefined;
    /** On a landmine press done with a band; `atLockout` is worked out from the load when missing. */
    band?: (ResistanceBand & { anchor: BandAnchor; atLockout?: number | undefined }) | undefined;
  };
  shrug: { exercise?: string | undefined; load: number; reps: number; toFailure: boolean };
  secondsBetween: number;
  rampUp?: { load: number; reps: number }[] | undefined;
  restSeconds?: number | null | undefined;
  notes?: string | null | undefined;
  unit?: Unit | undefined;
  bodyweight?: number | null | undefined;
  /** The lifter's ratings of the session of this combo (a log file may carry them). */
  feedback?: Feedback | null | undefined;
}

/**
 * The round as the engine reads it, the combo's defaults filled in. Unit and
 * bodyweight come from the round, else from `fallback` (a log file's, a profile's).
 * A combo this catalog lacks (a round stored by a newer version) keeps the
 * exercises the round names; only a round that names none of them throws.
 */
export function toComboLog(r: WireRound, fallback: { unit: Unit; bodyweight?: number | null | undefined }): ComboLog {
  const combo = findCombo(r.combo);
  const compoundId = r.compound.exercise ?? combo?.compounds[0];
  const shrugId = r.shrug.exercise ?? combo?.shrug;
  if (compoundId === undefined || shrugId === undefined) throw new RangeError(`unknown combo "${r.combo}"`);
  const log: ComboLog = {
    date: r.date,
    comboId: r.combo,
    compoundId,
    shrugId,
    unit: r.unit ?? fallback.unit,
    compound: { load: r.compound.load, reps: r.compound.reps, rir: r.compound.rir },
    shrug: { load: r.shrug.load, reps: r.shrug.reps, toFailure: r.shrug.toFailure },
    secondsBetween: r.secondsBetween,
  };
  const bodyweight = r.bodyweight ?? fallback.bodyweight;
  if (bodyweight != null) log.bodyweight = bodyweight;
  if (r.rampUp && r.rampUp.length > 0) log.rampUp = r.rampUp.map((s) => ({ load: s.load, reps: s.reps }));
  if (r.restSeconds != null) log.restSeconds = r.restSeconds;
  if (r.notes != null) log.notes = r.notes;
  if (r.feedback && Object.keys(r.feedback).length > 0) log.feedback = { ...r.feedback };
  const c = r.compound.calibration;
  if (c) log.compound.calibration = { calledRir: c.calledRir, repsAtCall: c.repsAtCall, repsToFailure: c.repsToFailure };
  const band = r.compound.band;
  if (band) log.compound.band = band.atLockout !== undefined ? { ...loggedBand(band, r.compound.load, log.unit), atLockout: band.atLockout } : loggedBand(band, r.compound.load, log.unit);
  return log;
}

/** True when the round's compound is moved with the body (dips, pull-ups): bodyweight then matters. */
export function isBodyweightLift(r: Pick<WireRound, 'combo' | 'compound'>): boolean {
  const combo = findCombo(r.combo);
  return combo !== undefined && findExercise(r.compound.exercise ?? combo.compounds[0]!)?.loading === 'bodyweight';
}
