import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from './detect.js';
import { SessionsInMemory } from './collect-sessions.js';
import { importCsv, readCsv, ROWS_PER_TURN } from './import.js';

const HEADER = '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"';
const row = (n: number, date: string, exercise: string, order: string, weight: string, reps: string, notes = '') =>
  `"${n}";"${date}";"Pull";"3600";"${exercise}";"${order}";"${weight}";"${reps}";"";"";"";"${notes}";""`;

/** A Strong file as Buffers of about 16 KB, never one string: 4 sets and a rest timer per exercise, 5 exercises a workout. */
async function* strongFile(rows: number): AsyncGenerator<Buffer> {
  let chunk = `${HEADER}\r\n`;
  for (let i = 0; i < rows; i++) {
    const workout = Math.floor(i / 25);
    const day = new Date(Date.UTC(2020, 0, 1) + workout * 86_400_000).toISOString().slice(0, 10);
    const order = ['W', '1', '2', '3', 'Rest Timer'][i % 5]!;
    chunk += `${row(workout + 1, `${day} 18:00:00`, `Lift ${Math.floor(i / 5) % 5}`, order, '62,5', '8')}\r\n`;
    if (chunk.length > 16_000) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  yield Buffer.from(chunk);
}

describe('importCsv streaming', () => {
  it('streams a generated 20,000-row Strong file and counts every row', async () => {
    const progress: number[] = [];
    const { sessions, report } = await importCsv(strongFile(20_000), { onProgress: (n) => progress.push(n) });
    expect(report.rowsRead).toBe(20_000);
    expect(report.rowsImported).toBe(16_000); // 4 of every 5 rows are sets
    expect(report.skipped).toHaveLength(4_000);
    // These rest timers carry no time, so there is nothing to keep.
    expect(report.skipped.every((s) => s.reason === 'rest timer row without a time')).toBe(true);
    expect(report.skipped[0]!.row).toBe(6); // header is row 1, the first rest timer is the 5th data row
    expect(sessions).toHaveLength(800); // 25 rows a workout
    expect(sessions.every((s) => s.sets.length === 20)).toBe(true);
    expect(report.customExercises).toHaveLength(5);
    expect(progress).toHaveLength(21);
    expect(progress.at(-1)).toBe(20_000);
  });

  it('lets the event loop turn after each batch is written, before it reads on', async () => {
    // A writer's flush settles in microtasks; had the parser resumed on them alone,
    // other requests (a macrotask each, like this setImmediate) would wait for the whole file.
    const turns: string[] = [];
    await readCsv(strongFile(3 * ROWS_PER_TURN + 10), new SessionsInMemory(), {
      onTurn: async () => {
        turns.push('flush');
        setImmediate(() => turns.push('another request'));
      },
    });
    expect(turns.slice(0, 6)).toEqual(['flush', 'another request', 'flush', 'another request', 'flush', 'another request']);
  });

  it('decodes characters split across one-byte chunks and drops a byte-order mark', async () => {
    const text = `\uFEFF${HEADER}\r\n${row(1, '2024-03-05 18:02:11', 'Überzug (Kurzhantel)', '1', '12,5', '10', 'Schultern tief – gut')}\r\n`;
    const bytes = Buffer.from(text);
    const oneByteAtATime = Readable.from([...bytes].map((b) => Buffer.from([b])));
    const { sessions, report } = await importCsv(oneByteAtATime);
    expect(report.format).toBe('strong');
    expect(sessions[0]!.sets[0]).toMatchObject({ exerciseName: 'Überzug (Kurzhantel)', load: 12.5, notes: 'Schultern tief – gut' });
  });

  it('takes a plain string too', async () => {
    const { report } = await importCsv(`${HEADER}\n${row(1, '2024-03-05 18:02:11', 'Pull Up', '1', '', '8')}\n`);
    expect(report).toMatchObject({ rowsRead: 1, rowsImported: 1, skipped: [] });
  });

  it('keeps a quoted note that spans lines in one row, and numbers later rows by record', async () => {
    const csv = [HEADER, row(1, '2024-03-05 18:02:11', 'Pull Up', '1', '', '8', 'first line\nsecond line'), row(1, '2024-03-05 18:02:11', 'Pull Up', 'X', '', '8')].join('\n');
    const { sessions, report } = await importCsv(csv);
    expect(sessions[0]!.sets[0]!.notes).toBe('first line\nsecond line');
    expect(report.skipped).toEqual([{ row: 3, reason: 'Set Order "X" is not a set number, W, D or F' }]);
  });

  it('skips a row with the wrong number of fields, saying how many', async () => {
    const { report } = await importCsv(`${HEADER}\n"1";"2024-03-05 18:02:11";"Pull"\n`);
    expect(report.skipped).toEqual([{ row: 2, reason: 'row has 3 fields, the header has 13' }]);
  });

  it('reports a last row cut off inside a quote as unreadable', async () => {
    const good = row(1, '2024-03-05 18:02:11', 'Pull Up', '1', '', '8');
    const csv = `${HEADER}\n${good}\n"1";"2024-03-05 18:02:11";"Pull`; // cut off mid-field
    const { report } = await importCsv(csv);
    expect(report.rowsImported).toBe(1);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.row).toBe(3);
    expect(report.skipped[0]!.reason).toMatch(/^could not be read as CSV: a quoted field is never closed/);
  });

  it('refuses an empty file and a file that is no workout export', async () => {
    await expect(importCsv('')).rejects.toThrow(ImportFormatError);
    // Every app in the registry is named: "not a Strong, Hevy or FitNotes export" (and any added since).
    await expect(importCsv('name,amount\nrent,900\n')).rejects.toThrow(/not a Strong, Hevy\b.*\bFitNotes\b.* export/);
  });

  it('reads a header-only file as zero rows', async () => {
    const { sessions, report } = await importCsv(HEADER);
    expect(sessions).toEqual([]);
    expect(report).toMatchObject({ format: 'strong', rowsRead: 0, rowsImported: 0, sessions: 0 });
  });
});

describe('importCsv keeps to what the export document takes back', () => {
  it('skips, with the limit as the reason, a row past a limit, and keeps the rest', async () => {
    const when = '2024-03-05 18:02:11';
    const longName = `Cable ${'x'.repeat(80)}`;
    const file = [
      HEADER,
      row(1, when, 'Deadlift (Barbell)', '1', '140', '5'),
      row(1, when, 'Deadlift (Barbell)', '2', '12000', '5'),
      row(1, when, longName, '1', '20', '12'),
      row(1, when, 'Deadlift (Barbell)', '3', '140', '5', 'n'.repeat(5001)),
      '',
    ].join('\n');
    const { sessions, report } = await importCsv(file);
    expect(report.rowsImported).toBe(1);
    expect(report.skipped).toEqual([
      { row: 3, reason: 'Weight 12000 is past 10,000' },
      { row: 4, reason: 'exercise name longer than 80 characters' },
      { row: 5, reason: "the set's notes are longer than 5,000 characters" },
    ]);
    expect(sessions[0]!.sets.map((s) => s.load)).toEqual([140]);
    expect(report.customExercises).toEqual([]);
  });
});
