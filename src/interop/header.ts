// The header line as every format reads it: split on its delimiter, names
// trimmed and unquoted, and the columns a format names found by field, with
// the unit a column name carries ("Weight (kg)", "weight_lbs"). Formats build
// their Layout from this; detect.ts asks each format in the registry.
import type { Unit } from '../engine/types.js';
import type { ImportFormat } from './formats/index.js';

/** What a row reader needs to know about a row's cells. */
export type Field =
  | 'date' | 'name' | 'exercise' | 'setOrder' | 'setType' | 'weight' | 'weightUnit' | 'reps' | 'rpe'
  | 'distance' | 'distanceUnit' | 'seconds' | 'time' | 'notes' | 'workoutNotes';

export type Delimiter = ',' | ';' | '\t';

export interface Layout {
  format: ImportFormat;
  delimiter: Delimiter;
  /** Semicolon files come from locales that write 62,5 for 62.5. */
  decimalComma: boolean;
  /** Weight unit named in the header (`Weight (kg)`, `weight_lbs`); null when rows or the lifter decide. */
  unit: Unit | null;
  /** Distance unit named in the header, as metres per unit. */
  metresPerDistanceUnit: number | null;
  columns: Partial<Record<Field, number>>;
  fieldCount: number;
}

export interface Header {
  /** The line as read, for error messages. */
  line: string;
  delimiter: Delimiter;
  /** Column names as written, trimmed, without their quotes. */
  names: string[];
  /** The same names lower-cased: what formats match against. */
  lower: string[];
  /** Whether a column is named exactly so, ignoring case. */
  has(name: string): boolean;
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

export function splitHeader(line: string): { delimiter: Delimiter; names: string[] } {
  const text = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const count = (d: string) => text.split(d).length - 1;
  const delimiter = (['\t', ';', ','] as const).reduce((best, d) => (count(d) > count(best) ? d : best), ',' as Delimiter);
  const names = text.split(delimiter).map((n) => n.trim().replace(/^"(.*)"$/, '$1').trim());
  return { delimiter, names };
}

export function readHeader(line: string): Header {
  const { delimiter, names } = splitHeader(line);
  const lower = names.map((n) => n.toLowerCase());
  const set = new Set(lower);
  return { line, delimiter, names, lower, has: (name) => set.has(name.toLowerCase()) };
}

/** Header names per field, lower-cased; a name ending in `(` matches any `name (…)`, whose parentheses name a unit. */
export type ColumnNames = Partial<Record<Field, readonly string[]>>;

export interface FoundColumns {
  columns: Partial<Record<Field, number>>;
  /** The unit the weight column names (`Weight (kg)`, `weight_lbs`), else null. */
  unit: Unit | null;
  /** The unit the distance column names, as metres per unit, else null. */
  metresPerDistanceUnit: number | null;
  /** The weight column's name lower-cased, '' when there is none. */
  weightHeader: string;
}

/** Finds each field's column: the first whose name the format lists for it. */
export function findColumns(header: Header, names: ColumnNames): FoundColumns {
  const { lower } = header;
  const found: FoundColumns = { columns: {}, unit: null, metresPerDistanceUnit: null, weightHeader: '' };
  for (const [field, wanted] of Object.entries(names) as [Field, string[]][]) {
    const i = lower.findIndex((n) => wanted.some((w) => (w.endsWith('(') ? n.startsWith(w) && n.endsWith(')') : n === w)));
    if (i < 0) continue;
    found.columns[field] = i;
    const inParens = /\(([^)]*)\)\s*$/.exec(lower[i]!)?.[1] ?? lower[i]!.split('_')[1];
    if (field === 'weight') {
      found.weightHeader = lower[i]!;
      if (inParens !== undefined) found.unit = weightUnit(inParens) ?? null;
    }
    if (field === 'distance' && inParens !== undefined) found.metresPerDistanceUnit = metresPer(inParens) ?? null;
  }
  return found;
}

/** The Layout for a format from what findColumns found; semicolon files get decimal commas. */
export function layoutOf(format: ImportFormat, header: Header, found: FoundColumns): Layout {
  return {
    format,
    delimiter: header.delimiter,
    decimalComma: header.delimiter === ';',
    unit: found.unit,
    metresPerDistanceUnit: found.metresPerDistanceUnit,
    columns: found.columns,
    fieldCount: header.names.length,
  };
}
