// What analytics report. Every load is in the unit the caller asked for.
import type { ComboLog, PlainSet } from '../model.js';
import type { MovementId, MuscleId, Unit } from '../types.js';

/**
 * What analytics read of a combo round: a ComboLog is one, and the store's
 * lean read for analytics (analyticsRounds) gives no more than this.
 */
export type AnalyticsRound = Pick<ComboLog, 'date' | 'comboId' | 'compoundId' | 'shrugId' | 'unit' | 'bodyweight'> & {
  compound: Pick<ComboLog['compound'], 'load' | 'reps' | 'rir'>;
  shrug: Pick<ComboLog['shrug'], 'load' | 'reps'>;
};

/** Hard sets (indirect work weighted 0.5) and the reps done in them, weighted alike. */
export interface SetsReps {
  sets: number;
  reps: number;
}

export interface WeekVolume {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  movements: Record<MovementId, SetsReps>;
  muscles: Record<MuscleId, SetsReps>;
}

/** The best compound set of one session. */
export interface E1rmPoint {
  date: string;
  e1rm: number;
  /** The load moved: for bodyweight lifts, bodyweight plus what was added. */
  load: number;
  reps: number;
  rir: number;
}

export interface E1rmTrend {
  exerciseId: string;
  points: E1rmPoint[];
}

export interface ShrugPoint {
  date: string;
  load: number;
  reps: number;
}

export interface ShrugSeries {
  exerciseId: string;
  points: ShrugPoint[];
}

export interface CompoundRecord {
  exerciseId: string;
  /** Null when no set could be estimated (a bodyweight lift logged without bodyweight). */
  bestE1rm: { value: number; date: string } | null;
  /** The heaviest logged load (for bodyweight lifts, the added load). */
  heaviestLoad: { load: number; reps: number; date: string };
}

export interface ShrugRecord {
  exerciseId: string;
  /** Most reps at each load, lightest load first; the date is when it was first done. */
  atLoad: { load: number; reps: number; date: string }[];
}

export interface Records {
  compounds: CompoundRecord[];
  shrugs: ShrugRecord[];
}

export interface MovementCoverage {
  movement: MovementId;
  /** Shrug sets for this movement inside the window. */
  sets: number;
  lastTrained: string | null;
}

export interface Coverage {
  weeks: number;
  /** The window: the first and last day counted. */
  from: string;
  to: string;
  movements: MovementCoverage[];
  neglected: (MovementCoverage & { message: string })[];
}

export interface Analytics {
  asOf: string;
  unit: Unit;
  /**
   * Set when the series (weekly, e1rmTrends, shrugSeries) start at this date
   * rather than at the first log (seriesFrom); counts, records and coverage
   * always cover the whole log.
   */
  from?: string;
  /** What was counted: logs dated after asOf are left out. */
  combos: number;
  /** Plain (imported) sets counted as hard sets: warm-ups and the lifter's own exercises are not. */
  plainSets: number;
  /** Hard sets in all: two per combo round plus the plain sets counted. */
  sets: number;
  weekly: WeekVolume[];
  e1rmTrends: E1rmTrend[];
  shrugSeries: ShrugSeries[];
  records: Records;
  coverage: Coverage;
}

export interface AnalyzeOptions {
  /** ISO date the analysis is made on: the engine has no clock. */
  asOf: string;
  /** Coverage window in weeks (default 4). */
  weeks?: number;
  unit: Unit;
  /** Sets of plain sessions (imported history), oldest first; rules in plain-sets.ts. */
  plainSets?: readonly PlainSet[];
}
