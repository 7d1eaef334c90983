import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvText, exportCsv } from './export-csv.js';
import type { ImportedSession } from './types.js';

const session: ImportedSession = {
  key: '2024-03-05T18:02:11|Pull, heavy',
  date: '2024-03-05',
  startedAt: '2024-03-05T18:02:11',
  name: 'Pull, heavy',
  notes: 'Straps on\nslept badly',
  sets: [
    { exerciseName: 'Deadlift (Barbell)', exerciseId: 'barbell_deadlift', custom: false, position: 1, kind: 'normal', load: 142.5, unit: 'kg', reps: 7, rpe: 8, seconds: null, distance: null, notes: 'said "easy"', restSeconds: 150 },
    { exerciseName: '=HYPERLINK("x")', exerciseId: 'custom:hyperlink-x', custom: true, position: 2, kind: 'failure', load: null, unit: 'kg', reps: 12, rpe: null, seconds: null, distance: null, notes: null, restSeconds: null },
  ],
};

describe('exportCsv', () => {
  it('writes the documented header, then one CRLF-ended row per set', () => {
    const text = exportCsv([session]);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe(
      '2024-03-05,2024-03-05T18:02:11,"Pull, heavy",Deadlift (Barbell),barbell_deadlift,1,normal,142.5,kg,7,8,,,"said ""easy""","Straps on\nslept badly",150',
    );
  });

  it('reads back cell for cell through a CSV parser, commas, quotes and line breaks included', () => {
    const rows = Papa.parse<Record<string, string>>(exportCsv([session]), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ session: 'Pull, heavy', notes: 'said "easy"', session_notes: 'Straps on\nslept badly', load: '142.5', seconds: '' });
    expect(rows[1]).toMatchObject({ kind: 'failure', load: '', reps: '12' });
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+1')).toBe("'+1");
    expect(csvText('Bench Press')).toBe('Bench Press');
  });

  it('defuses the full-width ＝ ＋ － ＠ that some spreadsheets also read as a formula', () => {
    expect(csvText('\uFF1DHYPERLINK("x")')).toBe(`"'\uFF1DHYPERLINK(""x"")"`);
    expect(csvText('\uFF0B1')).toBe("'\uFF0B1");
    expect(csvText('\uFF0D1')).toBe("'\uFF0D1");
    expect(csvText('\uFF20SUM(A1)')).toBe("'\uFF20SUM(A1)");
    // Inside the text they are harmless and left alone.
    expect(csvText('Row \uFF1D 3')).toBe('Row \uFF1D 3');
  });

  it('writes only the header for no sessions', () => {
    expect(exportCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
