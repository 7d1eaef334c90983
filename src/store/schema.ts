// Row types of every table, as Kysely sees them. Portable column types only:
// text for ids, ISO timestamps and JSON documents; integer for small counts and
// 0/1 flags; double precision for loads. Domain shapes live in the repos.
import type { Generated } from 'kysely';
import type { Unit } from '../engine/types.js';
import type { SessionSource, SetKind } from '../contract/sets.js';

export { SET_KINDS, type SessionSource, type SetKind } from '../contract/sets.js';

export type TokenKind = 'session' | 'api';
export type ProgramKind = 'generated' | 'edited' | 'assigned';
export type CoachLinkStatus = 'pending' | 'active' | 'revoked';


export interface UsersTable {
  id: string;
  /** Stored lowercased, so the unique index is case-insensitive. */
  email: string;
  password_hash: string;
  display_name: string;
  created_at: string;
  /** Bumped by every write that changes the training views (migration 0004). */
  revision: Generated<number>;
  /** The secret import ids are derived from (migration 0007); null until first needed. */
  import_key: string | null;
}

export interface AuthTokensTable {
  /** SHA-256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  kind: TokenKind;
  name: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
}

export interface LoginFailuresTable {
  email: string;
  at: string;
  /** The client address the wrong password came from; '' for rows older than migration 0008. */
  address: string;
}

/** Where an account has signed in before (migration 0008). */
export interface SignInKnownAddressesTable {
  email: string;
  address: string;
  /** The latest successful sign-in from this address. */
  signed_in_at: string;
}

/** When an address was first told to wait out an account's short, account-wide backoff (migration 0008). */
export interface SignInWaitsTable {
  email: string;
  address: string;
  since: string;
}

export interface ProfilesTable {
  user_id: string;
  /** JSON of ProfileDocument. */
  document: string;
  updated_at: string;
}

export interface CustomExercisesTable {
  id: string;
  user_id: string;
  name: string;
  pattern: string | null;
  created_at: string;
}

export interface ProgramsTable {
  id: string;
  user_id: string;
  created_by: string;
  kind: ProgramKind;
  /** JSON of ProgramInput. */
  input: string;
  /** JSON of WeekPlan. */
  plan: string;
  created_at: string;
  parent_id: string | null;
}

export interface TrainingSessionsTable {
  id: string;
  user_id: string;
  /** YYYY-MM-DD, the lifter's calendar day. */
  date: string;
  started_at: string | null;
  name: string | null;
  source: SessionSource;
  notes: string | null;
  created_at: string;
}

export interface ComboLogsTable {
  id: string;
  user_id: string;
  session_id: string;
  position: number;
  combo_id: string;
  compound_exercise_id: string;
  shrug_exercise_id: string;
  unit: Unit;
  bodyweight: number | null;
  seconds_between: number;
  rest_seconds: number | null;
  notes: string | null;
  created_at: string;
  /** JSON of the engine's Feedback, or null (migration 0010). */
  feedback: string | null;
  /** JSON of the engine's RirCalibration on a calibration round, else null (migration 0011). */
  calibration: string | null;
  /** JSON of the engine's LoggedBand on a landmine press done with a band, else null (migration 0011). */
  band: string | null;
}

export interface SetsTable {
  id: string;
  user_id: string;
  session_id: string;
  combo_log_id: string | null;
  position: number;
  /** A catalog exercise id or a custom exercise id. */
  exercise_id: string;
  kind: SetKind;
  load: number;
  unit: Unit;
  reps: number;
  rir: number | null;
  /** 0 or 1. */
  to_failure: number;
  seconds: number | null;
  distance: number | null;
  notes: string | null;
  /** Rest taken after the set, when an imported file recorded it (migration 0005). */
  rest_seconds: number | null;
}

export interface CoachLinksTable {
  id: string;
  coach_id: string;
  athlete_id: string | null;
  code_hash: string;
  status: CoachLinkStatus;
  created_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

/** A deleted round or set (migration 0007): its id is never taken again, and a replayed upload of it is told so. */
export interface DeletionsTable {
  id: string;
  user_id: string;
  kind: 'round' | 'set';
  deleted_at: string;
}

export interface Schema {
  users: UsersTable;
  auth_tokens: AuthTokensTable;
  login_failures: LoginFailuresTable;
  sign_in_known_addresses: SignInKnownAddressesTable;
  sign_in_waits: SignInWaitsTable;
  profiles: ProfilesTable;
  custom_exercises: CustomExercisesTable;
  programs: ProgramsTable;
  training_sessions: TrainingSessionsTable;
  combo_logs: ComboLogsTable;
  sets: SetsTable;
  coach_links: CoachLinksTable;
  deletions: DeletionsTable;
}
