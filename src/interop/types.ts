// Plain objects the importers produce and the exporters take: no database ids,
// no engine state. The store layer maps them to its own rows.
import type { Unit } from '../engine/types.js';
import type { ImportFormat } from './formats/index.js';

/** The exports bladework can read: one entry each in formats/index.ts. */
export type { ImportFormat };

export type SetKind = 'warmup' | 'normal' | 'failure' | 'dropset';

export interface ImportedSet {
  /** The name as the other app wrote it. */
  exerciseName: string;
  /** Catalog id when the name matches one, else `custom:<slug>`. */
  exerciseId: string;
  custom: boolean;
  /** 1-based order of the set within its session, in file order. */
  position: number;
  kind: SetKind;
  /** Weight on the bar (or added to bodyweight; negative for assistance), in `unit`. */
  load: number | null;
  unit: Unit;
  reps: number | null;
  rpe: number | null;
  seconds: number | null;
  /** Metres, whatever unit the file used. */
  distance: number | null;
  notes: string | null;
  /** Rest taken after the set (Strong's Rest Timer row that follows it). */
  restSeconds: number | null;
}

export interface ImportedSession {
  /** Stable across re-imports of the same file: `<startedAt>|<name>`. */
  key: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Local date and time, no zone: YYYY-MM-DDTHH:MM:SS (exports carry no zone either). */
  startedAt: string;
  name: string;
  notes: string | null;
  sets: ImportedSet[];
}

export interface SkippedRow {
  /** The row's number in the file, the header being row 1 (what a spreadsheet shows). */
  row: number;
  reason: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** Data rows read, not counting the header. Always rowsImported + restsKept + skipped.length. */
  rowsRead: number;
  rowsImported: number;
  /** Rest Timer rows kept as the rest after the set before them. */
  restsKept: number;
  skipped: SkippedRow[];
  sessions: number;
  /** Names that matched no catalog exercise, once each, in order of first appearance. */
  customExercises: string[];
}

export interface ImportResult {
  sessions: ImportedSession[];
  report: ImportReport;
}
