// Core vocabulary of the engine. Ids are stable: logs reference them forever,
// so an id may be added but never renamed or reused.

export type Unit = 'kg' | 'lb';

export const MOVEMENT_IDS = [
  'retraction',
  'protraction',
  'elevation',
  'depression',
  'downward_rotation',
  'upward_rotation',
] as const;
export type MovementId = (typeof MOVEMENT_IDS)[number];

export const MUSCLE_IDS = [
  // scapular muscles (the ones the shrugs target)
  'middle_trapezius',
  'upper_trapezius',
  'lower_trapezius',
  'rhomboids',
  'latissimus_dorsi',
  'serratus_anterior',
  'pectoralis_minor',
  'levator_scapulae',
  // muscles the compounds work as well
  'pectoralis_major',
  'anterior_deltoid',
  'rear_deltoid',
  'triceps',
  'biceps',
  'forearms',
  'spinal_erectors',
  'glutes',
  'hamstrings',
  'quadriceps',
] as const;
export type MuscleId = (typeof MUSCLE_IDS)[number];

export const EQUIPMENT_IDS = [
  'adjustable_bench',
  'dumbbells',
  'barbell',
  'landmine',
  'rack_with_catches',
  'dip_station',
  'dip_belt',
  'lat_pulldown',
  'pullup_bar',
  'assistance_band',
  'weight_belt',
  'lifting_straps',
  'resistance_band',
  'knee_pad',
] as const;
export type EquipmentId = (typeof EQUIPMENT_IDS)[number];

/** How an exercise's load is made, which decides how a target load is rounded. */
export type Loading =
  | 'barbell' // bar + the same plates on each side
  | 'landmine' // plates on the one loaded sleeve; the load is the plates
  | 'dumbbell' // one fixed dumbbell per hand; the load is one dumbbell
  | 'machine' // a weight stack with fixed steps
  | 'bodyweight'; // bodyweight + belt load, or bodyweight - band assistance

/** Movement pattern: how the generator matches a combo to the lifter's own compounds. */
export type Pattern =
  | 'horizontal_pull'
  | 'horizontal_press'
  | 'hinge'
  | 'dip'
  | 'vertical_pull'
  | 'vertical_press'
  | 'squat';

export interface Movement {
  id: MovementId;
  name: string;
  /** What the shoulder blade does, in a phrase. */
  bladeAction: string;
  primeMovers: MuscleId[];
  secondaryMovers: MuscleId[];
  /** The warm-up drill that practises this movement on its own. */
  drill: { name: string; cue: string };
  /**
   * Where the shrug's pause is held: the end of this movement's path, full
   * contraction. Not always "the top": after a pulldown the blades squeeze down and in.
   */
  fullContraction: string;
}

export interface Muscle {
  id: MuscleId;
  name: string;
  scapular: boolean;
  /** Which side of a front/back body map shows it. */
  view: 'front' | 'back';
}

export interface EquipmentItem {
  id: EquipmentId;
  name: string;
}

export interface Exercise {
  id: string;
  name: string;
  kind: 'compound' | 'shrug';
  pattern: Pattern | null;
  /** Set on shrugs: the blade movement isolated. */
  movement: MovementId | null;
  loading: Loading;
  unilateral: boolean;
  /** Every item needed; an alternative group means any one of them will do. */
  requires: EquipmentId[];
  optional: EquipmentId[];
  primeMuscles: MuscleId[];
  secondaryMuscles: MuscleId[];
  setup: string[];
  cues: string[];
  safety: string[];
}

export interface RepRange {
  min: number;
  max: number;
}

export interface Combo {
  id: string;
  /** Position in the system's list, 1-7. */
  number: number;
  name: string;
  movement: MovementId;
  /** Compound variants, preferred first. */
  compounds: string[];
  shrug: string;
  repRange: RepRange;
  /** The compound stops with this many reps left. */
  targetRir: RepRange;
  /** The shrug always goes to failure with a pause at full contraction. */
  shrugPauseSeconds: number;
  /** Patterns of the lifter's own compounds after which this combo fits. */
  fitsAfter: Pattern[];
  cues: string[];
  safety: string[];
}

export interface Catalog {
  movements: Movement[];
  muscles: Muscle[];
  equipment: EquipmentItem[];
  exercises: Exercise[];
  combos: Combo[];
}
