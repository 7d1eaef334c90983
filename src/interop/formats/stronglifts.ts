// StrongLifts 5×5: one row per exercise of a workout, its sets across the row
// as column pairs `Set 1 (Reps)`, `Set 1 (KG)` … (or `(LB)`: the unit is in the
// header), an empty pair meaning no such set. Real exports also carry summary
// columns (Workout, Program Name, Body Weight (KG), SetsxReps, e1RM, Volume,
// Start Time (h:mm), …), quote every cell and start with a byte-order mark.
// Header checked against exports quoted in public repositories on GitHub;
// StrongLifts does not document it.
import type { Unit } from '../../engine/types.js';
import { RowSkip, decimal } from '../cells.js';
import { localDateTime, type LocalDateTime } from '../dates.js';
import { findColumns, layoutOf, weightUnit, type ColumnNames, type Header, type Layout } from '../header.js';
import type { RowContext, RowOutcome, RowSet } from '../read-row.js';
import { detection, type ImportFormatSpec, type Need } from './format.js';

const NAMES: ColumnNames = { date: ['date (yyyy/mm/dd)'], name: ['workout name'], exercise: ['exercise'], notes: ['notes'] };
const MARKED_BY = ['Set 1 (Reps)'];

interface SetColumns {
  /** The N of `Set N (…)`, as the file numbers it. */
  n: number;
  reps: number;
  weight: number;
}

interface StrongLiftsLayout extends Layout {
  /** Each set's column pair, in set order. */
  sets: SetColumns[];
  /** `Start Time (h:mm)`, when the file has it. */
  startTime: number | null;
}

/** Pairs the `Set N (Reps)` and `Set N (KG|LB)` columns by N; each N needs both, and set 1 must be there. */
function setColumns(header: Header): { sets: SetColumns[]; unit: Unit | null; needs: Need[] } {
  const byN = new Map<number, { reps?: number; weight?: number; unit?: Unit }>([[1, {}]]);
  header.lower.forEach((name, i) => {
    const m = /^set (\d+) \(([a-z]+)\)$/.exec(name);
    if (!m) return;
    const pair = byN.get(Number(m[1])) ?? {};
    const unit = weightUnit(m[2]!);
    if (m[2] === 'reps') pair.reps = i;
    else if (unit) Object.assign(pair, { weight: i, unit });
    byN.set(Number(m[1]), pair);
  });
  const units = new Set([...byN.values()].flatMap((p) => (p.unit ? [p.unit] : [])));
  const needs: Need[] = [];
  const sets: SetColumns[] = [];
  for (const [n, { reps, weight }] of [...byN].sort(([a], [b]) => a - b)) {
    needs.push([`Set ${n} (Reps)`, reps !== undefined], [`Set ${n} (KG) or Set ${n} (LB)`, weight !== undefined]);
    if (reps !== undefined && weight !== undefined) sets.push({ n, reps, weight });
  }
  if (units.size > 1) needs.push(['one unit (KG or LB) in every Set N weight column', false]);
  return { sets, unit: units.size === 1 ? [...units][0]! : null, needs };
}

/** `2024/03/05` and, when given, `6:05 PM` or `18:05`: local time, as the app shows it. */
export function strongLiftsDateTime(date: string, time: string): LocalDateTime | null {
  const d = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(date);
  if (!d) return null;
  if (time === '') return localDateTime(+d[1]!, +d[2]!, +d[3]!);
  const t = /^(\d{1,2}):(\d{2})(?:\s*([AaPp])[Mm])?$/.exec(time);
  if (!t) return null;
  let hour = +t[1]!;
  if (t[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (t[3].toLowerCase() === 'p' ? 12 : 0);
  }
  return localDateTime(+d[1]!, +d[2]!, +d[3]!, hour, +t[2]!);
}

function readStrongLiftsRow({ cell, cellAt, layout, defaultUnit }: RowContext<StrongLiftsLayout>): RowOutcome {
  const time = layout.startTime === null ? '' : cellAt(layout.startTime);
  const when = strongLiftsDateTime(cell('date'), time);
  if (!when) {
    throw new RowSkip(time === '' ? `Date "${cell('date')}" is not a real date written YYYY/MM/DD` : `Date "${cell('date')}" at "${time}" is not a real date written YYYY/MM/DD and time h:mm`);
  }
  const exerciseName = cell('exercise');
  if (exerciseName === '') throw new RowSkip('no exercise name');
  const unit = layout.unit ?? defaultUnit; // detection makes sure the header names one
  const weightLabel = unit === 'kg' ? 'KG' : 'LB';
  const sets: RowSet[] = [];
  for (const { n, reps: repsAt, weight: weightAt } of layout.sets) {
    // An empty reps cell is a set not done (a 1×5 deadlift leaves sets 2-5 empty).
    const reps = decimal(cellAt(repsAt), `Set ${n} (Reps)`, layout.decimalComma);
    if (reps === null) continue;
    if (!Number.isInteger(reps) || reps < 0) throw new RowSkip(`Set ${n} (Reps) ${reps} is not a whole number of reps`);
    sets.push({
      exerciseName,
      // StrongLifts writes 0 reps for a set tried and failed outright. Imported
      // sets have no "failed" kind: it is kept as a 'failure' set with 0 reps,
      // which says no rep was made (analytics count no set under 1 rep).
      kind: reps === 0 ? 'failure' : 'normal',
      // Empty: no weight logged (a bodyweight chin-up); negative: assistance.
      load: decimal(cellAt(weightAt), `Set ${n} (${weightLabel})`, layout.decimalComma),
      unit,
      reps,
      rpe: null,
      seconds: null,
      distance: null,
      notes: null,
    });
  }
  if (sets.length === 0) throw new RowSkip('no sets recorded');
  // The workout's note is repeated on each of its exercises' rows: it goes on the session once.
  return { kind: 'sets', session: { ...when, name: cell('name') || 'Workout', notes: cell('notes') || null }, sets };
}

export const stronglifts: ImportFormatSpec<'stronglifts', StrongLiftsLayout> = {
  id: 'stronglifts',
  app: 'StrongLifts 5×5',
  source: 'import:stronglifts',
  markedBy: MARKED_BY,
  detect(header) {
    const found = findColumns(header, NAMES);
    const columns = setColumns(header);
    const startTime = header.lower.indexOf('start time (h:mm)');
    const layout = { ...layoutOf('stronglifts', header, found), unit: columns.unit, sets: columns.sets, startTime: startTime < 0 ? null : startTime };
    const needs: Need[] = ['Date (yyyy/mm/dd)', 'Exercise', ...columns.needs];
    return detection(header, MARKED_BY, needs, layout);
  },
  readRow: readStrongLiftsRow,
};
