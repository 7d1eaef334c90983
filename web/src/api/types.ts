// The JSON the API sends and takes, as the app uses it. The server's zod
// schemas (src/api/schemas) are the source of truth; these mirror them without
// pulling zod into the bundle. Engine types are shared as they are.
import type { DayCompound, Experience, Inventory, PlannedDay, SplitKind, Warning, WeekPlan, Weekday } from '../../../src/engine/model.js';
import type { Unit } from '../../../src/engine/types.js';

export type { DayCompound, Experience, Inventory, SplitKind, Unit, Warning, Weekday };

export interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
}

/** PUT /api/v1/profile body (src/api/schemas/profile.ts). The app always sends a full inventory. */
export interface ProfileBody {
  unit: Unit;
  bodyweight: number;
  experience: Experience;
  split: SplitKind;
  days?: Weekday[];
  customDays?: { weekday: Weekday; label: string; compounds: DayCompound[] }[];
  equipment: Inventory | { preset: 'commercial' | 'home' };
}

export interface ProfileView {
  unit: Unit;
  bodyweight: number;
  experience: Experience;
  split: SplitKind;
  days: Weekday[];
  customDays?: { weekday: Weekday; label: string; compounds: DayCompound[] }[];
  inventory: Inventory;
  updatedAt: string;
}

/** GET /api/v1/plan: the engine's WeekPlan plus where it came from. */
export interface PlanView extends WeekPlan {
  id: string;
  kind: 'generated' | 'edited' | 'assigned';
  createdBy: string;
  createdAt: string;
  parentId: string | null;
}
export type { PlannedDay };

/** PUT /api/v1/plan body (src/api/schemas/plan.ts). */
export interface PlanEdit {
  baseId?: string;
  days: {
    weekday: Weekday;
    label: string;
    compounds: DayCompound[];
    combos: { comboId: string; compoundId: string; rounds: number; restSeconds: number; after: string | null }[];
  }[];
}

/** POST /api/v1/combos body: one combo round with the client's ids (src/api/schemas/combo.ts). */
export interface ComboRoundBody {
  id: string;
  sessionId: string;
  /** The lifter's local date, YYYY-MM-DD. */
  date: string;
  combo: string;
  compound: { id: string; exercise?: string; load: number; reps: number; rir: number };
  shrug: { id: string; exercise?: string; load: number; reps: number; toFailure: boolean };
  /** Seconds from racking the compound to the first shrug rep. */
  secondsBetween: number;
  rampUp?: { id: string; load: number; reps: number }[];
  restSeconds?: number;
  notes?: string;
  unit?: Unit;
  bodyweight?: number;
}

/** A stored round as the API answers it (POST /combos, GET /history). */
export interface ComboLogView {
  id: string;
  sessionId: string;
  date: string;
  position: number;
  combo: string;
  compound: { id: string; exercise: string; load: number; reps: number; rir: number };
  shrug: { id: string; exercise: string; load: number; reps: number; toFailure: boolean };
  secondsBetween: number;
  rampUp: { id: string; load: number; reps: number }[];
  restSeconds: number | null;
  notes: string | null;
  unit: Unit;
  bodyweight: number | null;
  createdAt: string;
}

export interface HistorySession {
  id: string;
  date: string;
  startedAt: string | null;
  name: string | null;
  source: string;
  notes: string | null;
  combos: ComboLogView[];
}

export interface HistoryPage {
  sessions: HistorySession[];
  nextCursor: string | null;
  /** Names of the lifter's own exercises (custom:…) the page's sets use, by id. */
  exerciseNames: Record<string, string>;
}
