// Strong writes one row per set, plus "Rest Timer" rows (the rest taken) and
// "Note" rows (an exercise note) in the same Set Order column.
import { RowSkip, decimal, distanceMetres, positiveOrNull, requireWork, rowWeightUnit, rpe, wholeReps } from './cells.js';
import { parseStrongDate } from './dates.js';
import type { RowContext, RowOutcome } from './read-row.js';
import type { SetKind } from './types.js';

const LETTER_KINDS: Record<string, SetKind> = { W: 'warmup', D: 'dropset', F: 'failure' };

export function readStrongRow({ cell, layout, defaultUnit }: RowContext): RowOutcome {
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
  return { kind: 'set', session, set };
}
