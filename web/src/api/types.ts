// The JSON the API sends and takes, as the app uses it: the server's own
// contract (src/contract), imported as types only, so nothing here can drift
// from what the server checks and no zod reaches the bundle.
export type { DayCompound, Experience, Inventory, PlannedDay, SplitKind, Warning, WeekPlan, Weekday } from '../../../src/engine/model.js';
export type { Unit } from '../../../src/engine/types.js';
export type { ApiToken, CoachLink, Invite, Accepted, LoginBody, Me, NewToken, PasswordChange, RegisterBody, User } from '../../../src/contract/account.js';
export type { ProfileBody, ProfileView } from '../../../src/contract/profile.js';
export type { PlanEdit, PlanView } from '../../../src/contract/plan.js';
export type { Round, RoundBody, RoundEdit } from '../../../src/contract/round.js';
export type { HistoryPage, HistorySession, HistorySet } from '../../../src/contract/history.js';
export type { LooseSet, LooseSetBody } from '../../../src/contract/loose-set.js';
export type { CsvImportReport } from '../../../src/contract/interop.js';
