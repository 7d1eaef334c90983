// Turns one CSV record into a set, a note or a skip with its reason, whatever
// the format. Everything format-specific lives in the read-*-row modules.
import type { Unit } from '../engine/types.js';
import { RowSkip, cellReader } from './cells.js';
import type { Field, Layout } from './detect.js';
import { readFitNotesRow } from './read-fitnotes-row.js';
import { readHevyRow } from './read-hevy-row.js';
import { readStrongRow } from './read-strong-row.js';
import type { ImportedSet } from './types.js';

export interface SessionHead {
  date: string;
  startedAt: string;
  name: string;
  notes: string | null;
}

/** A set before the session collector numbers it and matches its exercise. */
export type RowSet = Omit<ImportedSet, 'exerciseId' | 'custom' | 'position' | 'restSeconds'>;

export type RowOutcome =
  | { kind: 'set'; session: SessionHead; set: RowSet }
  /** Not a set, but text for the session's notes; still reported as a skipped row. */
  | { kind: 'note'; session: SessionHead; text: string; reason: string }
  /** The rest taken after the last set of this exercise in the session. */
  | { kind: 'rest'; session: SessionHead; exerciseName: string; seconds: number }
  | { kind: 'skip'; reason: string };

export interface RowContext {
  layout: Layout;
  defaultUnit: Unit;
  cell: (f: Field) => string;
}

export function readRow(record: string[], layout: Layout, defaultUnit: Unit): RowOutcome {
  if (record.length !== layout.fieldCount) {
    return { kind: 'skip', reason: `row has ${record.length} fields, the header has ${layout.fieldCount}` };
  }
  const ctx: RowContext = { layout, defaultUnit, cell: cellReader(record, layout) };
  try {
    if (layout.format === 'hevy') return readHevyRow(ctx);
    if (layout.format === 'fitnotes') return readFitNotesRow(ctx);
    return readStrongRow(ctx);
  } catch (e) {
    if (e instanceof RowSkip) return { kind: 'skip', reason: e.message };
    throw e;
  }
}
