// The lifter-facing data the engine takes in and gives out: inventory, profile,
// logs, plans. Loads are plain numbers in the unit named alongside them.
import type { EquipmentId, MovementId, Pattern, RepRange, Unit } from './types.js';

export type Experience = 'beginner' | 'intermediate' | 'advanced';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Plates of one size, counted in pairs (one for each side of a bar). */
export interface PlatePair {
  weight: number;
  pairs: number;
}

/**
 * What the lifter can load, all in `unit`. A kg gym may be set up for a lb
 * lifter and the other way round: the engine converts exactly between them.
 */
export interface Inventory {
  unit: Unit;
  /** Tools present (bench, rack, landmine, straps...). */
  has: EquipmentId[];
  barWeight: number;
  plates: PlatePair[];
  /** Fixed dumbbell weights, each available as a pair. */
  dumbbells: number[];
  /** Weight-stack steps of cable and pulldown machines. */
  machineSteps: number[];
  /** Assistance bands, each by how much bodyweight it takes off. */
  bands: number[];
  /** Resistance bands, which add load (the landmine press). Optional: inventories saved before them still read. */
  resistanceBands?: ResistanceBand[];
}

/** A resistance band as its maker lists it; lengths default to a 104 cm loop listed at double its length. */
export interface ResistanceBand {
  /** The band's pull at `atStretch`, in the inventory's unit. */
  tension: number;
  /** Metres between its ends when just taut. */
  restLength?: number;
  /** Metres past `restLength` at which `tension` is listed. */
  atStretch?: number;
}

export interface Profile {
  unit: Unit;
  bodyweight: number;
  experience: Experience;
}

/** One of the lifter's own compounds on a training day: a catalog id or their own. */
export interface DayCompound {
  exerciseId: string;
  /** Only for exercises outside the catalog: how to match combos to it. */
  name?: string;
  pattern?: Pattern;
}

export interface TrainingDay {
  weekday: Weekday;
  /** Short label: "Push", "Upper A", "Full body"... */
  label: string;
  compounds: DayCompound[];
}

export type SplitKind = 'full_body' | 'upper_lower' | 'push_pull_legs' | 'custom';

export interface ProgramInput {
  split: SplitKind;
  /** Training days in the week; for custom splits, their own compounds. */
  days: Weekday[];
  customDays?: TrainingDay[];
  inventory: Inventory;
  experience: Experience;
}

export interface PlannedCombo {
  comboId: string;
  movement: MovementId;
  compoundId: string;
  shrugId: string;
  rounds: number;
  restSeconds: number;
  repRange: RepRange;
  targetRir: RepRange;
  /** The lifter's own compound this combo follows, if any. */
  after: string | null;
  /** Why this combo sits here (or why this variant was chosen). */
  reason: string;
}

export interface PlannedDay {
  weekday: Weekday;
  label: string;
  compounds: DayCompound[];
  combos: PlannedCombo[];
}

export type Severity = 'info' | 'warning' | 'danger';

export interface Warning {
  /** Stable rule id, e.g. "compound_to_failure". */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Where it applies: a weekday, a combo id, a log index... */
  where?: string;
}

export interface Omission {
  movement: MovementId;
  reason: string;
}

export interface WeekPlan {
  split: SplitKind;
  experience: Experience;
  days: PlannedDay[];
  /** Movements the week cannot cover, with why and what to do instead. */
  omitted: Omission[];
  /** Beginners practise the movement drills before doing combos. */
  drillWeeks: number;
  warnings: Warning[];
}

/** A single set as done: load in `unit`; for bodyweight lifts the load is what is added (negative for band help). */
export interface LoggedSet {
  load: number;
  reps: number;
}

/**
 * A calibration set: the lifter stops where they believe `calledRir` reps
 * remain, says so, then carries on to failure. The reps left at the call are
 * repsToFailure - repsAtCall. The round's compound then holds the set as done:
 * repsToFailure reps at RIR 0.
 */
export interface RirCalibration {
  calledRir: number;
  repsAtCall: number;
  repsToFailure: number;
}

/**
 * A resistance band on the half-kneeling landmine press: the band as the
 * lifter's equipment lists it, where it was anchored, and what it added at
 * lockout (force at the hand, in the round's unit; loads/landmine-band.ts).
 */
export interface LoggedBand extends ResistanceBand {
  anchor: 'under_landmine' | 'under_knee';
  atLockout: number;
}

/** One round of a combo as the lifter logged it. */
export interface ComboLog {
  /** ISO date (YYYY-MM-DD) of the session. */
  date: string;
  comboId: string;
  compoundId: string;
  shrugId: string;
  unit: Unit;
  /** Bodyweight on the day, for bodyweight lifts (in `unit`). */
  bodyweight?: number;
  rampUp?: LoggedSet[];
  /** `calibration` only on a calibration round, which replaces the usual stop (see RirCalibration); `band` only on a landmine press pressed with one. */
  compound: LoggedSet & { rir: number; calibration?: RirCalibration; band?: LoggedBand };
  shrug: LoggedSet & { toFailure: boolean };
  /** Seconds from racking the compound to the first shrug rep. */
  secondsBetween: number;
  restSeconds?: number;
  notes?: string;
  /** How the lifter rated this combo's session, when asked (block/feedback.ts). */
  feedback?: Feedback;
}

/**
 * Two taps after a combo, per blade movement: the pump now; and, asked at the
 * next session of that movement, how the last one's soreness healed and how the
 * joints felt. Each optional: a lifter may skip any.
 */
export interface Feedback {
  pump?: 'none' | 'some' | 'a_lot';
  soreness?: 'never_sore' | 'healed_early' | 'just_in_time' | 'still_sore';
  joints?: 'none' | 'some' | 'pain';
}

/** How another app marks a set outside any combo (Strong's W/D/F letters, Hevy's set types). */
export type PlainSetKind = 'warmup' | 'normal' | 'failure' | 'dropset';

/** One set of a plain session, imported from another app: no combo, no compound/shrug pairing. */
export interface PlainSet {
  /** ISO date (YYYY-MM-DD) of the session. */
  date: string;
  /** A catalog exercise id, or the lifter's own (`custom:<uuid>`). */
  exerciseId: string;
  unit: Unit;
  /** In `unit`; for bodyweight lifts what is added (negative for band help). */
  load: number;
  reps: number;
  /** Reps in reserve when the app recorded an RPE; null when it did not. */
  rir: number | null;
  kind: PlainSetKind;
  /** Bodyweight on the day, for bodyweight lifts (in `unit`). */
  bodyweight?: number;
}
