// Domain shapes of the training log, as the API reads and writes them. Ids are
// made by the client (uuids), so an upload can be retried safely.
import type { Feedback, LoggedBand, RirCalibration } from '../../engine/model.js';
import type { Unit } from '../../engine/types.js';
import type { SessionSource, SetKind } from '../schema.js';

export type { SessionSource, SetKind };

export interface SetInput {
  id: string;
  kind: SetKind;
  /** Catalog or custom exercise id. In a combo it defaults by kind: the shrug's for shrug sets, else the compound's. */
  exerciseId?: string;
  load: number;
  /** Defaults to the combo's unit. */
  unit?: Unit;
  reps: number;
  rir?: number | null;
  toFailure?: boolean;
  seconds?: number | null;
  distance?: number | null;
  notes?: string | null;
  /** Rest taken after this set (imports; a combo round keeps its rest on the round). */
  restSeconds?: number | null;
}

/**
 * One combo round to write: the stored round (below) less what the store
 * fills in, with sets as input. Exactly one 'compound' set (with rir) and one
 * 'shrug' set; others are ramp-up or warm-up.
 */
export type ComboInput = Pick<StoredComboLog, 'comboId' | 'compoundExerciseId' | 'shrugExerciseId' | 'unit' | 'secondsBetween'> &
  Partial<Pick<StoredComboLog, 'bodyweight' | 'restSeconds' | 'notes' | 'feedback' | 'calibration' | 'band'>> & {
    /** Order within the session; defaults to after the session's last combo. */
    position?: number;
    sets: SetInput[];
  };

export type LogComboInput = ComboInput & {
  sessionId: string;
  /** YYYY-MM-DD. */
  sessionDate: string;
  sessionName?: string | null;
  sessionStartedAt?: string | null;
  comboLogId: string;
  /**
   * Fields the server filled in from the profile rather than the client sent.
   * A retry compares them with what was stored the first time, not with
   * today's profile, so changing bodyweight between two sends is no conflict.
   */
  defaulted?: readonly ('unit' | 'bodyweight')[];
};

export interface StoredSet {
  id: string;
  position: number;
  kind: SetKind;
  exerciseId: string;
  load: number;
  unit: Unit;
  reps: number;
  rir: number | null;
  toFailure: boolean;
  seconds: number | null;
  distance: number | null;
  notes: string | null;
  restSeconds: number | null;
}

/**
 * Where a round sorts in the lifter's log: by session date, then the session's
 * creation, then session, then position in it (training-history.ts).
 */
export interface RoundPlace {
  date: string;
  sessionCreatedAt: string;
  sessionId: string;
  position: number;
}

export interface StoredComboLog {
  id: string;
  sessionId: string;
  date: string;
  position: number;
  comboId: string;
  compoundExerciseId: string;
  shrugExerciseId: string;
  unit: Unit;
  bodyweight: number | null;
  secondsBetween: number;
  restSeconds: number | null;
  notes: string | null;
  createdAt: string;
  sets: StoredSet[];
  /** The lifter's ratings of the session of this combo, when given. */
  feedback: Feedback | null;
  /** On a calibration round: the call, and the reps at it and at failure. */
  calibration: RirCalibration | null;
  /** On a landmine press done with a band: the band and what it added at lockout. */
  band: LoggedBand | null;
}

export interface StoredSession {
  id: string;
  date: string;
  startedAt: string | null;
  name: string | null;
  source: SessionSource;
  notes: string | null;
  createdAt: string;
  comboLogs: StoredComboLog[];
  /** Sets outside any combo (imported workouts, accessory work). */
  sets: StoredSet[];
}

/**
 * A session written whole, sets only: a workout from another app, or a
 * session from an export document (which may be the app's own: see services/restore.ts).
 */
export interface ImportSession {
  id: string;
  date: string;
  startedAt?: string | null;
  name?: string | null;
  source: SessionSource;
  notes?: string | null;
  /** position: where the set stands in the session; its place in the list when left out. */
  sets: Array<SetInput & { exerciseId: string; unit: Unit; position?: number }>;
}

/** One set outside any combo, logged from the app (an accessory lift). */
export interface LogSetInput extends SetInput {
  sessionId: string;
  /** YYYY-MM-DD. */
  sessionDate: string;
  exerciseId: string;
  unit: Unit;
  /** As LogComboInput.defaulted (a loose set stores no bodyweight): a retry compares the unit with the stored one, not today's profile. */
  defaulted?: LogComboInput['defaulted'];
}

export interface StoredLooseSet extends StoredSet {
  sessionId: string;
  date: string;
}
