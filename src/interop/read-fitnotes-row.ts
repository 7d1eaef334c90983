// FitNotes logs by day, with no workout name or time: one session per date.
import { RowSkip, clockSeconds, decimal, distanceMetres, requireWork, rowWeightUnit, wholeReps } from './cells.js';
import { parseFitNotesDate } from './dates.js';
import type { RowContext, RowOutcome } from './read-row.js';

export const FITNOTES_SESSION_NAME = 'FitNotes workout';

export function readFitNotesRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
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
  return { kind: 'set', session: { ...when, name: FITNOTES_SESSION_NAME, notes: null }, set };
}
