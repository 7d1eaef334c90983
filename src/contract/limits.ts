// Every bound the app puts on what a lifter enters, and the words for a value
// past one. Zod schemas (server), the CLI and the web forms all read this one
// module, so a field refuses the same values with the same message wherever it
// is typed. No zod here: the web app imports it as it is.
import type { Unit } from '../engine/types.js';

/** A number a lifter types: its range, and whether it must be whole. */
export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  /** Said with the range ("between 25 and 400 kg") when the rule belongs to one unit. */
  unit?: Unit;
}

// Logging a combo round: far outside any real lift, these catch typos (a
// 1,400 kg row), not lifters.
const ROUND_LOAD = 1000;
const ROUND_REPS = 100;

/** The ranges of the numbers in a logged round (API, CLI log files, the runner). */
export const ROUND = {
  /** Either sign: band help on a bodyweight lift is a negative load. */
  load: { min: -ROUND_LOAD, max: ROUND_LOAD },
  compoundReps: { min: 1, max: ROUND_REPS, integer: true },
  shrugReps: { min: 0, max: ROUND_REPS, integer: true },
  rampReps: { min: 0, max: ROUND_REPS, integer: true },
  rir: { min: 0, max: 10 },
  /** From racking the compound to the first shrug rep. */
  secondsBetween: { min: 0, max: 3600 },
  restSeconds: { min: 0, max: 3600 },
  notes: 2000,
  rampUpSets: 12,
  comboId: 80,
} as const satisfies Record<string, NumberRule | number>;

/**
 * The landmine curve's inputs (CLI now, the web chart later). Loads in the
 * lifter's unit, lengths in metres, angles in degrees above horizontal; wide
 * enough for any bar and lifter, short of vertical where the model breaks down.
 */
export const LANDMINE = {
  load: { min: 0.5, max: 500 },
  bandTension: { min: 0.5, max: 500 },
  bandLength: { min: 0.05, max: 5 },
  barLength: { min: 0.5, max: 3 },
  // From the pivot along the floor; 0 is the pivot itself.
  anchorAt: { min: 0, max: 3 },
  angle: { min: 0, max: 89 },
  reach: { min: 0, max: 0.5 },
  points: { min: 2, max: 201, integer: true },
} as const satisfies Record<string, NumberRule>;

/** Bodyweight in each unit: far outside any adult lifter, the bounds only catch typos. */
export const BODYWEIGHT: Record<Unit, NumberRule> = {
  kg: { min: 25, max: 400, unit: 'kg' },
  // 400 kg is 881.8 lb: the two ranges hold the same lifters, so a switch of unit never refuses a bodyweight.
  lb: { min: 55, max: 882, unit: 'lb' },
};

/**
 * What the store keeps and the export document takes back (POST /import/json).
 * A CSV import keeps to them too, so whatever it stores can be exported and
 * imported again unchanged; a row past one is skipped with the limit as its
 * reason. Wider than ROUND: imported history holds whatever another app logged.
 */
export const LIMITS = {
  /** Load in either unit, either sign (assistance is negative). */
  load: 10_000,
  reps: 100_000,
  seconds: 10_000_000,
  /** Metres. */
  distance: 100_000_000,
  restSeconds: 86_400,
  setNotes: 5000,
  sessionName: 200,
  sessionNotes: 10_000,
  /** A lifter's own exercise name. */
  exerciseName: 80,
  setsPerSession: 1000,
  /** Combo rounds in one session. */
  roundsPerSession: 100,
  /** A lifter's own exercises (the 2001st is refused). */
  customExercises: 2000,
  /**
   * A set's or round's place in its session. Deleting and adding again moves
   * the next one on, so it may pass the counts above; this is PostgreSQL's integer.
   */
  position: 2_147_483_647,
  /**
   * Plans and sessions are never refused for their number, so the document
   * takes as many as a body can hold: the import's body limit (50 MB) binds first.
   */
  programs: 1_000_000,
  sessions: 10_000_000,
} as const;

/** A set outside any combo (an accessory lift logged from the app): the stored ranges. */
export const LOOSE_SET = {
  load: { min: -LIMITS.load, max: LIMITS.load },
  reps: { min: 0, max: LIMITS.reps, integer: true },
  rir: ROUND.rir,
  restSeconds: { min: 0, max: LIMITS.restSeconds },
} as const satisfies Record<string, NumberRule>;

// The words, one place: the zod schemas and numberProblem both use these.
export const MUST_BE_NUMBER = 'must be a number';
export const MUST_BE_WHOLE = 'must be a whole number';
export const atLeast = (min: number) => `must be at least ${min}`;
export const atMost = (max: number) => `must be at most ${max}`;
export const between = (r: NumberRule) => `must be between ${r.min} and ${r.max}${r.unit ? ` ${r.unit}` : ''}`;
export const atMostChars = (max: number) => `must be at most ${max} characters`;
export const NOT_NEGATIVE_UNLESS_BODYWEIGHT = 'must not be negative (only bodyweight lifts take band help as a negative load)';

/** The message for a value that is past the rule's low end; a unit rule names its whole range. */
export const belowMessage = (r: NumberRule) => (r.unit ? between(r) : atLeast(r.min));
export const aboveMessage = (r: NumberRule) => (r.unit ? between(r) : atMost(r.max));

/** What is wrong with a number under a rule, in the server's words, or null when it is fine. */
export function numberProblem(value: unknown, rule: NumberRule): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return MUST_BE_NUMBER;
  if (rule.integer && !Number.isInteger(value)) return MUST_BE_WHOLE;
  if (value < rule.min) return belowMessage(rule);
  if (value > rule.max) return aboveMessage(rule);
  return null;
}

/**
 * A number as typed in a form (a decimal comma is taken as a point), checked
 * against the rule: the value, or the server's message for it.
 */
export function readNumber(text: string, rule: NumberRule): { value: number } | { problem: string } {
  const trimmed = text.trim().replace(',', '.');
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  const problem = numberProblem(value, rule);
  return problem === null ? { value } : { problem };
}

/** A typed load under `rule`: in range, and negative only as band help on a lift moved with the body. */
export function readLoad(text: string, rule: NumberRule, bodyweightLift: boolean): { value: number } | { problem: string } {
  const read = readNumber(text, rule);
  if ('value' in read && read.value < 0 && !bodyweightLift) return { problem: NOT_NEGATIVE_UNLESS_BODYWEIGHT };
  return read;
}

/** A typed load in a round (ROUND.load). */
export function readRoundLoad(text: string, bodyweightLift: boolean): { value: number } | { problem: string } {
  return readLoad(text, ROUND.load, bodyweightLift);
}

/** Names and labels are one line: a tab or line break in one is refused (notes may have them). */
export const ONE_LINE = /^[^\t\n\r\u2028\u2029]*$/;
export const ONE_LINE_MESSAGE = 'must be one line, without tabs or line breaks';

/**
 * Control characters no text may hold: every C0 control but tab and line
 * breaks, DEL, and the C1 controls. PostgreSQL cannot store NUL; the rest only
 * ever come from a broken client. The API refuses them, importers drop them.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
