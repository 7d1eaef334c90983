// Numbers and dates as the history and progress screens write them.
import { findCombo, findExercise } from '../../../../src/engine/catalog/index.js';

/** 142.5, 60, −20 (band help): no trailing zeros, a real minus sign. */
export function num(n: number): string {
  const s = String(Math.round(n * 100) / 100);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

const DATE = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Tue, 5 Mar 2024" for a YYYY-MM-DD date (read as a calendar day, not a moment). */
export function longDate(date: string): string {
  return DATE.format(new Date(`${date}T00:00:00Z`));
}

export function shortDate(date: string): string {
  return SHORT.format(new Date(`${date}T00:00:00Z`));
}

/** The catalog's name, else the lifter's own name for it (from the history pages), else a stand-in. */
export function exerciseName(id: string, own?: ReadonlyMap<string, string>): string {
  return findExercise(id)?.name ?? own?.get(id) ?? 'Your own exercise';
}

export function comboName(id: string): string {
  return findCombo(id)?.name ?? 'Combo';
}
