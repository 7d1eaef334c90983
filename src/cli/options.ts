// Turns command-line words into engine input, with one clear error per mistake.
import { readFileSync } from 'node:fs';
import { commercialGym, homeGym } from '../engine/inventory-presets.js';
import type { Experience, Inventory, SplitKind, Weekday } from '../engine/model.js';
import { WEEKDAYS } from '../engine/model.js';
import type { Unit } from '../engine/types.js';
import { describeIssues } from '../contract/issues.js';
import { inventorySchema } from '../contract/inventory.js';
import { readNumber, type NumberRule } from '../contract/limits.js';
import { CliError } from './errors.js';

const SPLITS: Record<string, SplitKind> = {
  ppl: 'push_pull_legs',
  push_pull_legs: 'push_pull_legs',
  'push-pull-legs': 'push_pull_legs',
  upper_lower: 'upper_lower',
  'upper-lower': 'upper_lower',
  full_body: 'full_body',
  'full-body': 'full_body',
  fullbody: 'full_body',
};

/** The training days each split gets when the lifter names none. */
export const DEFAULT_DAYS: Record<Exclude<SplitKind, 'custom'>, Weekday[]> = {
  push_pull_legs: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  upper_lower: ['mon', 'tue', 'thu', 'fri'],
  full_body: ['mon', 'wed', 'fri'],
};

export function parseSplit(word: string): Exclude<SplitKind, 'custom'> {
  const split = SPLITS[word.toLowerCase()];
  if (!split || split === 'custom') {
    throw new CliError(`--split: "${word}" is not a split I know; use ppl, upper-lower or full-body`);
  }
  return split;
}

const FULL_DAY_NAMES: Record<string, Weekday> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

/** "mon" or "Monday", any case; null for anything else (no prefixes: "mondo" is not Monday). */
function weekdayOf(word: string): Weekday | null {
  const w = word.toLowerCase();
  if (WEEKDAYS.includes(w as Weekday)) return w as Weekday;
  return FULL_DAY_NAMES[w] ?? null;
}

export function parseDays(word: string): Weekday[] {
  const typed = word.split(',').map((d) => d.trim()).filter((d) => d.length > 0);
  const days = typed.map((d) => {
    const day = weekdayOf(d);
    if (!day) throw new CliError(`--days: "${d}" is not a weekday; write e.g. mon,wed,fri or monday,wednesday,friday`);
    return day;
  });
  if (new Set(days).size !== days.length) throw new CliError('--days: a day is listed twice');
  if (days.length === 0) throw new CliError('--days: name at least one training day, e.g. mon,wed,fri');
  return WEEKDAYS.filter((d) => days.includes(d));
}

export function parseUnit(word: string): Unit {
  const u = word.toLowerCase();
  if (u === 'kg' || u === 'lb') return u;
  if (u === 'lbs') return 'lb';
  throw new CliError(`--units: "${word}" is not a unit; use kg or lb`);
}

export function parseExperience(word: string): Experience {
  const e = word.toLowerCase();
  if (e === 'beginner' || e === 'intermediate' || e === 'advanced') return e;
  throw new CliError(`--experience: "${word}" is not a level; use beginner, intermediate or advanced`);
}

export function parseWeekday(word: string): Weekday {
  const d = weekdayOf(word.trim());
  if (!d) throw new CliError(`--day: "${word}" is not a weekday; write e.g. mon or monday`);
  return d;
}

/** A number flag under one of the app's limits, refused in the words the API and the app use. */
export function parseNumber(flag: string, word: string, rule: NumberRule): number {
  const read = readNumber(word, rule);
  if ('problem' in read) throw new CliError(`${flag} ${word}: ${read.problem}`);
  return read.value;
}

/** `commercial`, `home`, or a JSON file describing the lifter's own inventory. */
export function loadInventory(word: string, unit: Unit): Inventory {
  if (word === 'commercial') return commercialGym(unit);
  if (word === 'home') return homeGym(unit);
  let text: string;
  try {
    text = readFileSync(word, 'utf8');
  } catch {
    throw new CliError(`--equipment: "${word}" is neither "commercial", "home" nor a file I can read`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${word}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = inventorySchema.safeParse(doc);
  if (!parsed.success) throw new CliError(`${word}: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** The local calendar date, YYYY-MM-DD (the CLI owns the clock). */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A --start style date: YYYY-MM-DD and a real day of the calendar. */
export function parseDate(flag: string, word: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(word) && !Number.isNaN(Date.parse(`${word}T00:00:00Z`)) && new Date(`${word}T00:00:00Z`).toISOString().startsWith(word);
  if (!ok) throw new CliError(`${flag} must be a date written YYYY-MM-DD, not "${word}"`);
  return word;
}
