// Hevy: one row per set; the unit is in the column name (weight_kg / weight_lbs).
// Column names were checked against real exports published on GitHub; Hevy
// does not document them.
import { RowSkip, decimal, distanceMetres, positiveOrNull, requireWork, rpe, wholeReps } from '../cells.js';
import { parseHevyDate } from '../dates.js';
import { findColumns, layoutOf, type ColumnNames } from '../header.js';
import type { RowContext, RowOutcome } from '../read-row.js';
import type { SetKind } from '../types.js';
import { detection, type ImportFormatSpec, type Need } from './format.js';

const NAMES: ColumnNames = {
  date: ['start_time'], name: ['title'], exercise: ['exercise_title'], setType: ['set_type'],
  weight: ['weight_kg', 'weight_lbs'], reps: ['reps'], rpe: ['rpe'], distance: ['distance_km', 'distance_miles'],
  seconds: ['duration_seconds'], notes: ['exercise_notes'], workoutNotes: ['description'],
};
const MARKED_BY = ['exercise_title', 'start_time'];

const KINDS: readonly SetKind[] = ['warmup', 'normal', 'failure', 'dropset'];

function readHevyRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
  const when = parseHevyDate(cell('date'));
  if (!when) throw new RowSkip(`start_time "${cell('date')}" is not a real date written like "5 Mar 2024, 18:02"`);
  const exerciseName = cell('exercise');
  if (exerciseName === '') throw new RowSkip('no exercise_title');
  const type = cell('setType').toLowerCase();
  const kind = KINDS.find((k) => k === type);
  if (!kind) throw new RowSkip(`set_type "${cell('setType')}" is not warmup, normal, failure or dropset`);
  const unit = layout.unit ?? defaultUnit;
  const set = {
    exerciseName,
    kind,
    load: decimal(cell('weight'), 'Weight', false),
    unit,
    reps: wholeReps(decimal(cell('reps'), 'Reps', false)),
    rpe: rpe(decimal(cell('rpe'), 'RPE', false)),
    seconds: positiveOrNull(decimal(cell('seconds'), 'duration_seconds', false), 'duration_seconds'),
    distance: distanceMetres(decimal(cell('distance'), 'Distance', false), layout, '', unit),
    notes: cell('notes') || null,
  };
  requireWork(set);
  return { kind: 'sets', session: { ...when, name: cell('name') || 'Workout', notes: cell('workoutNotes') || null }, sets: [set] };
}

export const hevy: ImportFormatSpec<'hevy'> = {
  id: 'hevy',
  app: 'Hevy',
  source: 'import:hevy',
  markedBy: MARKED_BY,
  detect(header) {
    const found = findColumns(header, NAMES);
    const needs: Need[] = ['title', 'start_time', 'exercise_title', 'set_type', ['weight_kg or weight_lbs', found.unit !== null], 'reps'];
    return detection(header, MARKED_BY, needs, layoutOf('hevy', header, found));
  },
  readRow: readHevyRow,
};
