// What a logged round or set takes from outside its body: today's date bounds
// it, and the lifter's profile fills the unit (and a bodyweight lift's
// bodyweight) left out. Shared by POST /combos and POST /sets.
import { convert } from '../../engine/units.js';
import type { Unit } from '../../engine/types.js';
import { BODYWEIGHT, numberProblem } from '../../contract/limits.js';
import { profiles, type Db } from '../../store/index.js';
import { ApiError } from '../errors.js';

/**
 * A round is logged on or after the day it was done, so a date past tomorrow
 * (the lifter's day may run ahead of the server's UTC one) is a typo; kept, it
 * would stand as "the last round" and steer every later prescription.
 */
export function refuseFutureDate(date: string, now: Date): void {
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (date > tomorrow) {
    throw new ApiError('bad_request', `The date ${date} has not come yet.`, [{ field: 'date', message: `must be no later than ${tomorrow}` }]);
  }
}

export interface Settled {
  unit: Unit;
  bodyweight: number | null;
  /** What came from the profile: a retry compares those with what was stored, not with today's profile. */
  defaulted: ('unit' | 'bodyweight')[];
}

/**
 * Unit and bodyweight from the body, else the profile. `needsBodyweight`: a
 * bodyweight lift sent without one, which needs the body's weight to progress.
 * The profile is read only when something is missing.
 */
export async function settleFromProfile(db: Db, userId: string, sent: { unit?: Unit | undefined; bodyweight?: number | undefined }, needsBodyweight: boolean): Promise<Settled> {
  const profile = sent.unit === undefined || needsBodyweight ? (await profiles.getProfile(db, userId))?.document : undefined;
  const unit = sent.unit ?? profile?.unit;
  if (!unit) throw new ApiError('bad_request', 'Say which unit the loads are in, or set up your profile first.', [{ field: 'unit', message: 'is needed until your profile is set up' }]);
  // A round that names its unit had its bodyweight checked against it already; one that takes the profile's is checked here.
  const problem = sent.unit === undefined && sent.bodyweight !== undefined ? numberProblem(sent.bodyweight, BODYWEIGHT[unit]) : null;
  if (problem) throw new ApiError('bad_request', `The bodyweight ${problem} (the unit is your profile's).`, [{ field: 'bodyweight', message: problem }]);
  const fromProfile = needsBodyweight && profile !== undefined;
  const bodyweight = sent.bodyweight ?? (fromProfile ? convert(profile.bodyweight, profile.unit, unit) : null);
  const defaulted = [...(sent.unit === undefined ? ['unit' as const] : []), ...(fromProfile ? ['bodyweight' as const] : [])];
  return { unit, bodyweight, defaulted };
}
