// Turns one CSV record into sets, a note, a rest or a skip with its reason,
// whatever the format: the format's own reader (formats/<name>.ts) does the
// reading, picked from the registry by the layout detection made.
import type { Unit } from '../engine/types.js';
import { RowSkip, cellReader } from './cells.js';
import { importFormat } from './formats/index.js';
import type { Field, Layout } from './header.js';
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
  /** One row's sets, in the order done: one set for most formats, several when a format writes an exercise's sets across one row. Never empty (a row with no set is a skip). */
  | { kind: 'sets'; session: SessionHead; sets: RowSet[] }
  /** Not a set, but text for the session's notes; still reported as a skipped row. */
  | { kind: 'note'; session: SessionHead; text: string; reason: string }
  /** The rest taken after the last set of this exercise in the session. */
  | { kind: 'rest'; session: SessionHead; exerciseName: string; seconds: number }
  | { kind: 'skip'; reason: string };

export interface RowContext<L extends Layout = Layout> {
  layout: L;
  defaultUnit: Unit;
  /** The trimmed text of a field's cell, '' when the header has no such column. */
  cell: (f: Field) => string;
  /** The trimmed text of the cell in column i, for columns a format finds itself. */
  cellAt: (i: number) => string;
}

export function readRow(record: string[], layout: Layout, defaultUnit: Unit): RowOutcome {
  if (record.length !== layout.fieldCount) {
    return { kind: 'skip', reason: `row has ${record.length} fields, the header has ${layout.fieldCount}` };
  }
  const ctx: RowContext = { layout, defaultUnit, cell: cellReader(record, layout), cellAt: (i) => (record[i] ?? '').trim() };
  try {
    return importFormat(layout.format).readRow(ctx);
  } catch (e) {
    if (e instanceof RowSkip) return { kind: 'skip', reason: e.message };
    throw e;
  }
}
