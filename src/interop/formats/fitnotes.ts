// FitNotes logs by day, with no workout name or time: one session per date.
import { RowSkip, clockSeconds, decimal, distanceMetres, requireWork, rowWeightUnit, wholeReps } from '../cells.js';
import { parseFitNotesDate } from '../dates.js';
import { findColumns, layoutOf, type ColumnNames } from '../header.js';
import type { RowContext, RowOutcome } from '../read-row.js';
import { detection, type ImportFormatSpec, type Need } from './format.js';

export const FITNOTES_SESSION_NAME = 'FitNotes workout';

const NAMES: ColumnNames = {
  date: ['date'], exercise: ['exercise'], weight: ['weight', 'weight ('], weightUnit: ['weight unit'], reps: ['reps'],
  distance: ['distance'], distanceUnit: ['distance unit'], time: ['time'], notes: ['comment'],
};
const MARKED_BY = ['Exercise', 'Category'];

function readFitNotesRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
  const when = parseFitNotesDate(cell('date'));
  if (!when) throw new RowSkip(`Date "${cell('date')}" is not a real date written YYYY-MM-DD`);
  const exerciseName = cell('exercise');
  if (exerciseName === '') throw new RowSkip('no exercise name');
  const unit = layout.unit ?? rowWeightUnit(cell('weightUnit'), defaultUnit);
  const set = {
    exerciseName,
    // FitNotes' CSV has no set types: every row is a working set.
    kind: 'normal' as const,
    load: decimal(cell('weight'), 'Weight', layout.decimalComma),
    unit,
    reps: wholeReps(decimal(cell('reps'), 'Reps', layout.decimalComma)),
    rpe: null,
    seconds: clockSeconds(cell('time')),
    distance: distanceMetres(decimal(cell('distance'), 'Distance', layout.decimalComma), layout, cell('distanceUnit'), unit),
    notes: cell('notes') || null,
  };
  requireWork(set);
  return { kind: 'sets', session: { ...when, name: FITNOTES_SESSION_NAME, notes: null }, sets: [set] };
}

export const fitnotes: ImportFormatSpec<'fitnotes'> = {
  id: 'fitnotes',
  app: 'FitNotes',
  source: 'import:fitnotes',
  markedBy: MARKED_BY,
  detect(header) {
    const found = findColumns(header, NAMES);
    // The unit is in the weight column's name, or a Weight Unit column beside a plain Weight.
    const weightKnown = found.unit !== null || (found.weightHeader === 'weight' && header.has('weight unit'));
    const needs: Need[] = ['Date', 'Exercise', 'Category', ['Weight (kgs) or Weight (lbs) or Weight Unit', weightKnown], 'Reps'];
    return detection(header, MARKED_BY, needs, layoutOf('fitnotes', header, found));
  },
  readRow: readFitNotesRow,
};
