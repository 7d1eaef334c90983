// Tells the export formats apart from the header line alone, before any row is
// parsed, so the CSV parser can be built with the right delimiter. Column names
// were checked against real exports published on GitHub; neither Strong nor Hevy
// documents its format. Strong's `Weight (lbs)` header is inferred, not seen.
import type { Unit } from '../engine/types.js';
import type { ImportFormat } from './types.js';

export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
  constructor(
    message: string,
    /** The format the header came closest to, if any. */
    readonly format: ImportFormat | null = null,
    /** Columns that format needs and the header lacks. */
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}

/** What a row reader needs to know about a row's cells. */
export type Field =
  | 'date' | 'name' | 'exercise' | 'setOrder' | 'setType' | 'weight' | 'weightUnit' | 'reps' | 'rpe'
  | 'distance' | 'distanceUnit' | 'seconds' | 'time' | 'notes' | 'workoutNotes';

export interface Layout {
  format: ImportFormat;
  delimiter: ',' | ';' | '\t';
  /** Semicolon files come from locales that write 62,5 for 62.5. */
  decimalComma: boolean;
  /** Weight unit named in the header (`Weight (kg)`, `weight_lbs`); null when rows or the lifter decide. */
  unit: Unit | null;
  /** Distance unit named in the header, as metres per unit. */
  metresPerDistanceUnit: number | null;
  columns: Partial<Record<Field, number>>;
  fieldCount: number;
}

const WEIGHT_UNITS: Record<string, Unit> = { kg: 'kg', kgs: 'kg', kilograms: 'kg', lb: 'lb', lbs: 'lb', pounds: 'lb' };
const METRES_PER: Record<string, number> = {
  m: 1, meters: 1, metres: 1, km: 1000, kilometers: 1000, kilometres: 1000,
  mi: 1609.344, mile: 1609.344, miles: 1609.344, ft: 0.3048, feet: 0.3048, yd: 0.9144, yards: 0.9144,
};

export function weightUnit(word: string): Unit | undefined {
  return WEIGHT_UNITS[word.trim().toLowerCase()];
}
export function metresPer(word: string): number | undefined {
  return METRES_PER[word.trim().toLowerCase()];
}

/** Header names per field, lower-cased; a trailing `(…)` names a unit. */
const NAMES: Record<'strong' | 'hevy' | 'fitnotes', Partial<Record<Field, string[]>>> = {
  strong: {
    date: ['date'], name: ['workout name'], exercise: ['exercise name'], setOrder: ['set order'],
    weight: ['weight', 'weight ('], weightUnit: ['weight unit'], reps: ['reps'], rpe: ['rpe'],
    distance: ['distance', 'distance ('], distanceUnit: ['distance unit'], seconds: ['seconds'],
    notes: ['notes'], workoutNotes: ['workout notes'],
  },
  hevy: {
    date: ['start_time'], name: ['title'], exercise: ['exercise_title'], setType: ['set_type'],
    weight: ['weight_kg', 'weight_lbs'], reps: ['reps'], rpe: ['rpe'], distance: ['distance_km', 'distance_miles'],
    seconds: ['duration_seconds'], notes: ['exercise_notes'], workoutNotes: ['description'],
  },
  fitnotes: {
    date: ['date'], exercise: ['exercise'], weight: ['weight', 'weight ('], weightUnit: ['weight unit'], reps: ['reps'],
    distance: ['distance'], distanceUnit: ['distance unit'], time: ['time'], notes: ['comment'],
  },
};
const REQUIRED: Record<ImportFormat, string[]> = {
  strong: ['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Weight (kg) or Weight (lbs)', 'Reps'],
  'strong-comma': ['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Weight', 'Reps'],
  'strong-legacy': ['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Weight', 'Weight Unit', 'Reps'],
  hevy: ['title', 'start_time', 'exercise_title', 'set_type', 'weight_kg or weight_lbs', 'reps'],
  fitnotes: ['Date', 'Exercise', 'Category', 'Weight (kgs) or Weight (lbs) or Weight Unit', 'Reps'],
};

export function splitHeader(line: string): { delimiter: Layout['delimiter']; names: string[] } {
  const text = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const count = (d: string) => text.split(d).length - 1;
  const delimiter = (['\t', ';', ','] as const).reduce((best, d) => (count(d) > count(best) ? d : best), ',' as Layout['delimiter']);
  const names = text.split(delimiter).map((n) => n.trim().replace(/^"(.*)"$/, '$1').trim());
  return { delimiter, names };
}

function family(format: ImportFormat): keyof typeof NAMES {
  return format.startsWith('strong') ? 'strong' : (format as 'hevy' | 'fitnotes');
}

function layoutFor(format: ImportFormat, delimiter: Layout['delimiter'], names: string[]): { layout: Layout; missing: string[] } {
  const lower = names.map((n) => n.toLowerCase());
  const columns: Layout['columns'] = {};
  let unit: Unit | null = null;
  let metres: number | null = null;
  let weightHeader = '';
  for (const [field, wanted] of Object.entries(NAMES[family(format)]) as [Field, string[]][]) {
    const i = lower.findIndex((n) => wanted.some((w) => (w.endsWith('(') ? n.startsWith(w) && n.endsWith(')') : n === w)));
    if (i < 0) continue;
    columns[field] = i;
    const inParens = /\(([^)]*)\)\s*$/.exec(lower[i]!)?.[1] ?? lower[i]!.split('_')[1];
    if (field === 'weight') {
      weightHeader = lower[i]!;
      if (inParens !== undefined) unit = weightUnit(inParens) ?? null;
    }
    if (field === 'distance' && inParens !== undefined) metres = metresPer(inParens) ?? null;
  }
  const has = (n: string) => lower.includes(n.toLowerCase());
  const missing = REQUIRED[format].filter((n) => {
    if (n.startsWith('Weight (kg)')) return unit === null;
    if (n.startsWith('weight_kg')) return unit === null;
    if (n.startsWith('Weight (kgs)')) return unit === null && !(weightHeader === 'weight' && has('weight unit'));
    if (n === 'Weight') return weightHeader !== 'weight';
    return !has(n);
  });
  if (format === 'strong-comma' && has('weight unit')) missing.push('no Weight Unit column (that is the legacy format)');
  const layout: Layout = {
    format, delimiter, decimalComma: delimiter === ';', unit, metresPerDistanceUnit: metres, columns, fieldCount: names.length,
  };
  return { layout, missing };
}

const LABEL: Record<ImportFormat, string> = {
  strong: 'Strong export (unit in the Weight header)',
  'strong-comma': 'Strong export without units',
  'strong-legacy': 'Strong export with a Weight Unit column',
  hevy: 'Hevy export',
  fitnotes: 'FitNotes export',
};

/**
 * Reads the header line and says which export it is. With `format` given, checks
 * the header has what that format needs instead of guessing.
 */
export function detectFormat(headerLine: string, format?: ImportFormat): Layout {
  const { delimiter, names } = splitHeader(headerLine);
  const lower = new Set(names.map((n) => n.toLowerCase()));
  let candidates: ImportFormat[];
  if (format) candidates = [format];
  else if (lower.has('exercise_title') || lower.has('start_time')) candidates = ['hevy'];
  else if (lower.has('exercise name') || lower.has('set order')) {
    candidates = lower.has('weight unit') ? ['strong-legacy'] : lower.has('weight') ? ['strong-comma'] : ['strong'];
  } else if (lower.has('exercise') || lower.has('category')) candidates = ['fitnotes'];
  else {
    throw new ImportFormatError(
      'This is not a Strong, Hevy or FitNotes export: the header has none of "Exercise Name" and "Set Order" (Strong), ' +
        `"exercise_title" and "start_time" (Hevy), or "Exercise" and "Category" (FitNotes). Header seen: ${headerLine.slice(0, 200)}`,
    );
  }
  const f = candidates[0]!;
  const { layout, missing } = layoutFor(f, delimiter, names);
  if (missing.length > 0) {
    throw new ImportFormatError(
      `This looks like a ${LABEL[f]}, but its header lacks: ${missing.join(', ')}. Header seen: ${headerLine.slice(0, 200)}`,
      f,
      missing,
    );
  }
  return layout;
}
