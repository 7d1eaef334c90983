// Reading one row's cells: numbers in either decimal style, durations, and the
// checks every format shares. A cell that cannot be read skips its row with a
// reason (RowSkip), so one bad cell never stops an import.
import type { Unit } from '../engine/types.js';
import { CONTROL_CHARACTER } from '../contract/limits.js';
import { metresPer, weightUnit, type Field, type Layout } from './header.js';

export class RowSkip extends Error {
  override name = 'RowSkip';
}

/** The trimmed text of a field, '' when the header has no such column. */
export function cellReader(record: string[], layout: Layout): (f: Field) => string {
  return (f) => {
    const i = layout.columns[f];
    // Control characters never mean anything in a workout file (PostgreSQL cannot
    // even hold NUL), and the API refuses them: dropped, so the import's own export imports again.
    return i === undefined ? '' : (record[i] ?? '').replace(CONTROL, '').trim();
  };
}

const CONTROL = new RegExp(CONTROL_CHARACTER.source, 'g');

const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** Null for an empty cell; "62,5" reads as 62.5 in semicolon files. */
export function decimal(text: string, label: string, decimalComma: boolean): number | null {
  if (text === '') return null;
  const t = decimalComma ? text.replace(',', '.') : text;
  if (!DECIMAL.test(t)) throw new RowSkip(`${label} "${text}" is not a number`);
  return Number(t);
}

/** Exports write "unused" as 0 or empty; both mean nothing was recorded. */
export function positiveOrNull(value: number | null, label: string): number | null {
  if (value === null || value === 0) return null;
  if (value < 0) throw new RowSkip(`${label} ${value} is negative`);
  return value;
}

export function wholeReps(value: number | null): number | null {
  const reps = positiveOrNull(value, 'Reps');
  if (reps !== null && !Number.isInteger(reps)) throw new RowSkip(`Reps ${reps} is not a whole number`);
  return reps;
}

/** RPE runs 1-10 (Strong and Hevy offer 6-10 in half steps); 0 or empty means none given. */
export function rpe(value: number | null): number | null {
  if (value === null || value === 0) return null;
  if (value < 1 || value > 10) throw new RowSkip(`RPE ${value} is outside 1-10`);
  return value;
}

/** FitNotes' Time column: "0:01:30" or "1:30". */
export function clockSeconds(text: string): number | null {
  if (text === '') return null;
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(text);
  if (!m) throw new RowSkip(`Time "${text}" is not written H:MM:SS`);
  return positiveOrNull(+(m[1] ?? 0) * 3600 + +m[2]! * 60 + +m[3]!, 'Time');
}

/** A set must have done something: reps, a time or a distance. */
export function requireWork(s: { reps: number | null; seconds: number | null; distance: number | null }): void {
  if (s.reps === null && s.seconds === null && s.distance === null) throw new RowSkip('no reps, time or distance recorded');
}

/** A unit cell ("kg", "lbs"); empty means the lifter's default. */
export function rowWeightUnit(text: string, fallback: Unit): Unit {
  if (text === '') return fallback;
  const unit = weightUnit(text);
  if (!unit) throw new RowSkip(`Weight Unit "${text}" is neither kg nor lb`);
  return unit;
}

/**
 * Distance in metres. Files without a distance unit follow the app's unit
 * setting, which we take to be km for kg lifters and miles for lb lifters
 * (a guess: no public sample settles it).
 */
export function distanceMetres(value: number | null, layout: Layout, unitText: string, fallback: Unit): number | null {
  const d = positiveOrNull(value, 'Distance');
  if (d === null) return null;
  let per = layout.metresPerDistanceUnit ?? (fallback === 'kg' ? 1000 : 1609.344);
  if (layout.metresPerDistanceUnit === null && unitText !== '') {
    const named = metresPer(unitText);
    if (named === undefined) throw new RowSkip(`Distance Unit "${unitText}" is not m, km, mi, ft or yd`);
    per = named;
  }
  return Math.round(d * per * 1000) / 1000;
}
