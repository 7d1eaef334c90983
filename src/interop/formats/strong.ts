// Strong writes one row per set, plus "Rest Timer" rows (the rest taken) and
// "Note" rows (an exercise note) in the same Set Order column. Its export
// changed over the years: three variants, told apart by their weight columns.
// Column names were checked against real exports published on GitHub; Strong
// does not document them. The `Weight (lbs)` header is inferred, not seen.
import { RowSkip, decimal, distanceMetres, positiveOrNull, requireWork, rowWeightUnit, rpe, wholeReps } from '../cells.js';
import { parseStrongDate } from '../dates.js';
import { findColumns, layoutOf, type ColumnNames, type Header } from '../header.js';
import type { RowContext, RowOutcome } from '../read-row.js';
import type { SetKind } from '../types.js';
import { detection, type Detection, type ImportFormatSpec, type Need } from './format.js';

const NAMES: ColumnNames = {
  date: ['date'], name: ['workout name'], exercise: ['exercise name'], setOrder: ['set order'],
  weight: ['weight', 'weight ('], weightUnit: ['weight unit'], reps: ['reps'], rpe: ['rpe'],
  distance: ['distance', 'distance ('], distanceUnit: ['distance unit'], seconds: ['seconds'],
  notes: ['notes'], workoutNotes: ['workout notes'],
};
const MARKED_BY = ['Exercise Name', 'Set Order'];

type Variant = 'strong' | 'strong-comma' | 'strong-legacy';

/** The columns every variant needs, then what tells them apart: where the unit is. */
function detectVariant(format: Variant, header: Header): Detection {
  const found = findColumns(header, NAMES);
  const needs: Need[] = ['Date', 'Workout Name', 'Exercise Name', 'Set Order'];
  if (format === 'strong') needs.push(['Weight (kg) or Weight (lbs)', found.unit !== null]);
  else needs.push(['Weight', found.weightHeader === 'weight']);
  if (format === 'strong-legacy') needs.push('Weight Unit');
  needs.push('Reps');
  if (format === 'strong-comma') needs.push(['no Weight Unit column (that is the legacy format)', !header.has('Weight Unit')]);
  return detection(header, MARKED_BY, needs, layoutOf(format, header, found));
}

const LETTER_KINDS: Record<string, SetKind> = { W: 'warmup', D: 'dropset', F: 'failure' };

function readStrongRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
  const order = cell('setOrder');
  const when = parseStrongDate(cell('date'));
  if (!when) throw new RowSkip(`Date "${cell('date')}" is not a real date written YYYY-MM-DD HH:MM:SS`);
  const exerciseName = cell('exercise');
  if (exerciseName === '') throw new RowSkip('no exercise name');
  const session = { ...when, name: cell('name') || 'Workout', notes: cell('workoutNotes') || null };
  if (order.toLowerCase() === 'rest timer') {
    const seconds = positiveOrNull(decimal(cell('seconds'), 'Seconds', layout.decimalComma), 'Seconds');
    if (seconds === null) return { kind: 'skip', reason: 'rest timer row without a time' };
    return { kind: 'rest', session, exerciseName, seconds };
  }
  if (order.toLowerCase() === 'note') {
    const note = cell('notes');
    if (note === '') return { kind: 'skip', reason: 'empty note row' };
    return { kind: 'note', session, text: `${exerciseName}: ${note}`, reason: 'note row, not a set (added to the session notes)' };
  }
  const kind = LETTER_KINDS[order.toUpperCase()] ?? (/^\d+$/.test(order) ? 'normal' : undefined);
  if (!kind) throw new RowSkip(`Set Order "${order}" is not a set number, W, D or F`);
  const dc = layout.decimalComma;
  const unit = layout.unit ?? rowWeightUnit(cell('weightUnit'), defaultUnit);
  const set = {
    exerciseName,
    kind,
    load: decimal(cell('weight'), 'Weight', dc),
    unit,
    reps: wholeReps(decimal(cell('reps'), 'Reps', dc)),
    rpe: rpe(decimal(cell('rpe'), 'RPE', dc)),
    seconds: positiveOrNull(decimal(cell('seconds'), 'Seconds', dc), 'Seconds'),
    distance: distanceMetres(decimal(cell('distance'), 'Distance', dc), layout, cell('distanceUnit'), unit),
    notes: cell('notes') || null,
  };
  requireWork(set);
  return { kind: 'sets', session, sets: [set] };
}

const strongFormat = <Id extends Variant>(id: Id, variant: string): ImportFormatSpec<Id> => ({
  id,
  app: 'Strong',
  variant,
  source: 'import:strong',
  markedBy: MARKED_BY,
  detect: (header) => detectVariant(id, header),
  readRow: readStrongRow,
});

/** The current export: semicolons or commas, the unit in the weight column's name. */
export const strong = strongFormat('strong', 'unit in the weight column’s name');
/** Comma export with no unit anywhere: the lifter says which (kg when not). */
export const strongComma = strongFormat('strong-comma', 'commas, no unit');
/** Older export with a Weight Unit column, each row in its own unit. */
export const strongLegacy = strongFormat('strong-legacy', 'older export with a unit column');
