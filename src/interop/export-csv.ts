// Writes sets as CSV (RFC 4180: comma-separated, CRLF, quotes doubled), one row
// per set, for spreadsheets and other apps.
//
// Columns, in order:
//   date          YYYY-MM-DD of the session
//   started_at    local start, YYYY-MM-DDTHH:MM:SS (no zone)
//   session       session name
//   exercise      exercise name as logged
//   exercise_id   catalog id, or custom:<slug>
//   position      1-based order of the set in its session
//   kind          warmup | normal | failure | dropset
//   load          number in `unit`, empty when none was logged
//   unit          kg | lb
//   reps, rpe, seconds   numbers, empty when none
//   distance_m    metres, empty when none
//   notes         the set's notes
//   session_notes the session's notes, repeated on each of its rows
//   rest_seconds  rest taken after the set, empty when none was recorded
import type { ImportedSession } from './types.js';

export const CSV_COLUMNS = [
  'date', 'started_at', 'session', 'exercise', 'exercise_id', 'position', 'kind', 'load', 'unit',
  'reps', 'rpe', 'seconds', 'distance_m', 'notes', 'session_notes', 'rest_seconds',
] as const;

/**
 * Quotes a text cell when it holds a comma, quote or line break. A leading
 * = + - @ would make a spreadsheet run the cell as a formula, so such text gets
 * a leading apostrophe (OWASP's advice on CSV injection). Their full-width
 * forms (＝ ＋ － ＠, U+FF1D U+FF0B U+FF0D U+FF20) count too: some spreadsheets
 * (Excel with an East Asian input setting) read them as the ASCII ones.
 */
export function csvText(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/** One line at a time, header first, each ending in CRLF: fit for a streamed HTTP response. */
export function* csvLines(sessions: Iterable<ImportedSession>): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const s of sessions) {
    for (const set of s.sets) {
      const cells = [
        s.date, s.startedAt, csvText(s.name), csvText(set.exerciseName), csvText(set.exerciseId), csvNumber(set.position),
        set.kind, csvNumber(set.load), set.unit, csvNumber(set.reps), csvNumber(set.rpe), csvNumber(set.seconds),
        csvNumber(set.distance), csvText(set.notes), csvText(s.notes), csvNumber(set.restSeconds),
      ];
      yield `${cells.join(',')}\r\n`;
    }
  }
}

export function exportCsv(sessions: Iterable<ImportedSession>): string {
  return [...csvLines(sessions)].join('');
}
