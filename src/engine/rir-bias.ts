// How far a lifter's RIR calls sit from the truth, learnt from calibration sets
// (a call of "2 left", then on to failure). A normal-normal model: each call's
// error (actual − called) is the lifter's bias plus noise, the bias starts at 0
// with a prior SD of 1 rep, so a few sets move it only part of the way to
// their mean. Method, choices and sources: docs/methods.md, "Reading your RIR".
import type { ComboLog } from './model.js';
import { TRUSTED_REPS } from './progression-maths.js';
import { dateOfDay, dayNumber, mondayOf } from './analytics/dates.js';

/** One call checked against failure. */
export interface RirObservation {
  date: string;
  calledRir: number;
  /** Reps actually left at the call: repsToFailure − repsAtCall. */
  actualRir: number;
  repsToFailure: number;
}

export type RirTrend = 'unknown' | 'steady' | 'improving' | 'drifting';

export interface RirBias {
  /** Posterior mean of actual − called, in reps; positive: more left than called. */
  bias: number;
  /** Posterior SD of the bias: how sure the estimate is. */
  sd: number;
  /** How far single calls scatter around the bias (one near-failure call's SD). */
  spread: number;
  /** Calibration sets used. */
  n: number;
  trend: RirTrend;
  /** Recent half's bias minus the older half's; null with too few sets. */
  trendChange: number | null;
  /** For the lifter: "you call 2 in reserve when you have about 3 (±1)". */
  sentence: string;
}

/** No bias until the lifter's own sets show one (our choice; docs/methods.md says why not Halperin's +1). */
export const PRIOR_MEAN = 0;
/** How much lifters differ in bias, in reps (our choice, on the scale of Halperin et al. 2022's ~1 rep). */
export const PRIOR_SD = 1;
/** SD of one call near failure: ±1 rep at RIR 1-3 in sets of ≤ 12 (Refalo et al. 2023). */
export const CALL_SD = 1;
/** SD of a call at RIR ≥ 4 or in a set past 12 reps: about 2 reps (Zourdos et al. 2021); 4 when both. */
export const FAR_CALL_SD = 2;
export const FAR_CALL_RIR = 4;
/** Pseudo-sets at CALL_SD that steady the scatter estimate while sets are few (our choice). */
export const PRIOR_CALLS = 4;
/** Whole-rep counts cannot show agreement finer than this (our choice). */
export const MIN_SPREAD = 0.5;
/** A trend needs this many sets, split into an older and a recent half. */
export const TREND_MIN = 4;

/** Calls from every calibration round among `logs`, oldest first. */
export function observationsFrom(logs: readonly ComboLog[]): RirObservation[] {
  const found: RirObservation[] = [];
  for (const log of logs) {
    const c = log.compound.calibration;
    if (!c) continue;
    const actualRir = c.repsToFailure - c.repsAtCall;
    if (![c.calledRir, c.repsAtCall, c.repsToFailure].every(Number.isFinite) || c.calledRir < 0 || actualRir < 0) {
      throw new RangeError(`calibration of ${log.date}: the call must be ≥ 0 and failure must come at or after the call`);
    }
    found.push({ date: log.date, calledRir: c.calledRir, actualRir, repsToFailure: c.repsToFailure });
  }
  return found;
}

/** The SD of one call's error: wider far from failure and in long sets. */
export function callSd(o: RirObservation): number {
  const far = o.calledRir >= FAR_CALL_RIR ? FAR_CALL_SD : 1;
  const long = o.repsToFailure > TRUSTED_REPS ? FAR_CALL_SD : 1;
  return CALL_SD * far * long;
}

/** A call's weight relative to a near-failure call: 1, 1/4 or 1/16. */
export function callWeight(o: RirObservation): number {
  return (CALL_SD / callSd(o)) ** 2;
}

interface Fit {
  bias: number;
  sd: number;
}

/** Posterior of the bias from weighted errors, each with variance spread² / weight. */
function fit(obs: readonly RirObservation[], spread: number): Fit {
  let precision = 1 / PRIOR_SD ** 2;
  let sum = PRIOR_MEAN / PRIOR_SD ** 2;
  for (const o of obs) {
    const w = callWeight(o) / spread ** 2;
    precision += w;
    sum += w * (o.actualRir - o.calledRir);
  }
  return { bias: sum / precision, sd: 1 / Math.sqrt(precision) };
}

/** Scatter of calls around their weighted mean, pulled toward CALL_SD by PRIOR_CALLS pseudo-sets. */
function spreadOf(obs: readonly RirObservation[]): number {
  const weights = obs.map(callWeight);
  const total = weights.reduce((a, b) => a + b, 0);
  if (obs.length === 0 || total === 0) return CALL_SD;
  const mean = obs.reduce((a, o, i) => a + weights[i]! * (o.actualRir - o.calledRir), 0) / total;
  const squares = obs.reduce((a, o, i) => a + weights[i]! * (o.actualRir - o.calledRir - mean) ** 2, 0);
  return Math.max(MIN_SPREAD, Math.sqrt((PRIOR_CALLS * CALL_SD ** 2 + squares) / (PRIOR_CALLS + obs.length - 1)));
}

function trendOf(obs: readonly RirObservation[], spread: number): { trend: RirTrend; trendChange: number | null } {
  if (obs.length < TREND_MIN) return { trend: 'unknown', trendChange: null };
  const half = Math.floor(obs.length / 2);
  const older = fit(obs.slice(0, half), spread);
  const recent = fit(obs.slice(half), spread);
  const change = recent.bias - older.bias;
  // A move smaller than the two halves' combined uncertainty is read as no move at all.
  const noise = Math.hypot(older.sd, recent.sd);
  if (Math.abs(recent.bias) < Math.abs(older.bias) - noise) return { trend: 'improving', trendChange: change };
  if (Math.abs(change) > noise) return { trend: 'drifting', trendChange: change };
  return { trend: 'steady', trendChange: change };
}

const half = (x: number) => Math.round(x * 2) / 2;
/** Uncertainty is rounded up, never down, to the half rep. */
const halfUp = (x: number) => Math.ceil(x * 2 - 1e-9) / 2;

function sentenceFor(bias: number, sd: number, n: number, trend: RirTrend, call: number): string {
  if (n === 0) return 'no calibration sets yet: your RIR calls are read as you say them';
  const have = Math.max(0, half(call + bias));
  const more = trend === 'improving' ? ', closer than before' : trend === 'drifting' ? ', further off than before' : '';
  return `you call ${call} in reserve when you have about ${have} (±${Math.max(0.5, halfUp(sd))})${more}`;
}

/**
 * The lifter's RIR bias from calibration calls, shrunk toward 0 while they are
 * few. `call` is the RIR the sentence speaks of (a calibration set calls 2).
 */
export function estimateRirBias(observations: readonly RirObservation[], call = 2): RirBias {
  // Oldest first; the sort is stable, so same-day sets keep their given order.
  const obs = [...observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const spread = spreadOf(obs);
  const { bias, sd } = fit(obs, spread);
  const { trend, trendChange } = trendOf(obs, spread);
  return { bias, sd, spread, n: obs.length, trend, trendChange, sentence: sentenceFor(bias, sd, obs.length, trend, call) };
}

/** The lifter's bias from every calibration round among `logs` (any combo, any order). */
export function rirBiasOf(logs: readonly ComboLog[], call = 2): RirBias {
  return estimateRirBias(observationsFrom(logs), call);
}

/** The RIR a calibration set calls before the lifter carries on to failure. */
export const CALIBRATION_CALL = 2;

/**
 * Whether a calibration set of `comboId` is due: once a block per combo, so
 * none of that combo logged on or after `since` (the block's first day).
 */
export function calibrationDue(logs: readonly ComboLog[], comboId: string, since: string): boolean {
  return !logs.some((l) => l.comboId === comboId && l.compound.calibration !== undefined && l.date >= since);
}

/** Without a block, a calibration set is offered once in this many days. */
export const CALIBRATION_EVERY_DAYS = 28;

/**
 * Whether to offer a calibration set of `comboId` on `today`: not in a deload
 * week (the one week nothing goes to failure), and once in the block the day
 * is in (its week `blockWeek.week`, blocks starting on a Monday), else once in
 * CALIBRATION_EVERY_DAYS.
 */
export function offerCalibration(logs: readonly ComboLog[], comboId: string, today: string, blockWeek?: { week: number; deload: boolean }): boolean {
  if (blockWeek?.deload) return false;
  const day = dayNumber(today);
  const since = blockWeek ? mondayOf(day) - 7 * (blockWeek.week - 1) : day - (CALIBRATION_EVERY_DAYS - 1);
  return calibrationDue(logs, comboId, dateOfDay(since));
}
