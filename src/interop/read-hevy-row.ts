// Hevy: one row per set; the unit is in the column name (weight_kg / weight_lbs).
import { RowSkip, decimal, distanceMetres, positiveOrNull, requireWork, rpe, wholeReps } from './cells.js';
import { parseHevyDate } from './dates.js';
import type { RowContext, RowOutcome } from './read-row.js';
import type { SetKind } from './types.js';

const KINDS: readonly SetKind[] = ['warmup', 'normal', 'failure', 'dropset'];

export function readHevyRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
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
  return { kind: 'set', session: { ...when, name: cell('name') || 'Workout', notes: cell('workoutNotes') || null }, set };
}
