// Spots logged rounds that look like typos or misreads before progression
// trusts them. A flagged log keeps the load where it is: one odd entry should
// not move the next session; the one after confirms or corrects it. An RIR
// beyond judgement is not flagged but capped (creditedRir): holding it would
// give a lower load for a higher RIR than a capped one.
import type { ComboLog } from './model.js';
import type { RepRange } from './types.js';
import { convert, formatLoad } from './units.js';

/**
 * Reps in reserve above this are not a judgement a lifter can make: estimates
 * already miss by 2-4 reps at RIR 3-4 in long sets (Zourdos et al. 2021) and by
 * more than 2 when 7-10 are left (Hackett 2017).
 */
export const MAX_PLAUSIBLE_RIR = 6;

/** The RIR progression gives credit for: a logged RIR, never more than MAX_PLAUSIBLE_RIR. */
export function creditedRir(rir: number): number {
  return Math.min(rir, MAX_PLAUSIBLE_RIR);
}

/** Compound reps beyond this multiple of the range's top suggest a typo, not a set. */
export const MAX_REPS_FACTOR = 2;

/**
 * Shrugs to failure with a pause on every rep often pass 15 reps (docs/methods.md);
 * beyond 40 the load was far too light or the entry is wrong.
 */
export const MAX_PLAUSIBLE_SHRUG_REPS = 40;

/**
 * A compound load this many times heavier (or this fraction lighter) than the
 * last logged one is flagged. Wide on purpose: light dumbbells step by 50%
 * (5 → 7.5 kg), and a typo such as 600 for 60 is far outside it.
 */
export const MAX_LOAD_RATIO = 1.5;

/** The load the lifter moved: bodyweight plus the added load for bodyweight lifts, else the logged load. */
export function movedLoad(log: ComboLog, bodyweightLift: boolean): number | null {
  if (!bodyweightLift) return log.compound.load;
  return log.bodyweight === undefined ? null : log.bodyweight + log.compound.load;
}

/** The most recent earlier log of the same combo and compound, if any. */
export function lastBefore(log: ComboLog, previous: ComboLog[]): ComboLog | undefined {
  let last: ComboLog | undefined;
  for (const p of previous) {
    if (p === log || p.comboId !== log.comboId || p.compoundId !== log.compoundId || p.date >= log.date) continue;
    if (!last || p.date >= last.date) last = p;
  }
  return last;
}

/** Why this log looks implausible, one short line each; empty when it looks like a real set. */
export function implausibilities(log: ComboLog, range: RepRange, bodyweightLift: boolean, previous: ComboLog[] = []): string[] {
  const found: string[] = [];
  const { reps } = log.compound;
  if (reps > MAX_REPS_FACTOR * range.max) {
    found.push(`${reps} reps is far above the ${range.min}-${range.max} range`);
  }
  if (log.shrug.reps > MAX_PLAUSIBLE_SHRUG_REPS) found.push(`${log.shrug.reps} shrug reps is far more than a set to failure usually gives`);
  const before = lastBefore(log, previous);
  const now = movedLoad(log, bodyweightLift);
  const then = before ? movedLoad(before, bodyweightLift) : null;
  if (before && now !== null && then !== null && now > 0 && then > 0) {
    const thenHere = convert(then, before.unit, log.unit);
    const ratio = now / thenHere;
    if (ratio > MAX_LOAD_RATIO || ratio < 1 / MAX_LOAD_RATIO) {
      found.push(`${formatLoad(log.compound.load, log.unit)} is far from the ${formatLoad(before.compound.load, before.unit)} logged on ${before.date}`);
    }
  }
  return found;
}
