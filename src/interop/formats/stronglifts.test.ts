import { createReadStream, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError, detectFormat } from '../detect.js';
import { importCsv } from '../import.js';
import { strongLiftsDateTime } from './stronglifts.js';

const path = (name: string) => new URL(`../../../test/fixtures/import/${name}`, import.meta.url);
const fixture = (name: string) => createReadStream(path(name));
const headerOf = (name: string) => readFileSync(path(name), 'utf8').split(/\r?\n/)[0]!;

describe('StrongLifts 5×5 export', () => {
  it('is told from its header (byte-order mark, summary columns and all), not taken for FitNotes though it has "Exercise"', () => {
    const layout = detectFormat(headerOf('stronglifts-kg.csv'));
    expect(layout).toMatchObject({ format: 'stronglifts', delimiter: ',', unit: 'kg', fieldCount: 27 });
    expect(detectFormat(headerOf('stronglifts-lb.csv'))).toMatchObject({ format: 'stronglifts', unit: 'lb' });
    // FitNotes still reads as FitNotes, and asked to read this file as FitNotes, it says what is missing.
    expect(detectFormat('Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment').format).toBe('fitnotes');
    expect(() => detectFormat(headerOf('stronglifts-kg.csv'), 'fitnotes')).toThrow(/FitNotes export, but its header lacks: Date, Category/);
  });

  it('names what a StrongLifts header lacks: a set without its weight column, or two units', () => {
    const header = 'Date (yyyy/mm/dd),Workout Name,Exercise,Set 1 (Reps),Set 1 (KG),Set 2 (Reps),Set 2 (LB),Set 3 (Reps)';
    try {
      detectFormat(header);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportFormatError);
      expect((e as ImportFormatError).format).toBe('stronglifts');
      expect((e as ImportFormatError).missing).toEqual(['Set 3 (KG) or Set 3 (LB)', 'one unit (KG or LB) in every Set N weight column']);
      expect((e as ImportFormatError).message).toMatch(/^This looks like a StrongLifts 5×5 export, but its header lacks: Set 3/);
    }
    expect(() => detectFormat('Date,Exercise,Category,Weight (kgs),Reps', 'stronglifts')).toThrow(/lacks: Date \(yyyy\/mm\/dd\), Set 1 \(Reps\), Set 1 \(KG\) or Set 1 \(LB\)/);
  });

  it('imports 8 of 11 rows, one row per exercise, and says why the other 3 were skipped', async () => {
    const { sessions, report } = await importCsv(fixture('stronglifts-kg.csv'));
    expect(report.format).toBe('stronglifts');
    expect(report.rowsRead).toBe(11);
    expect(report.rowsImported).toBe(8);
    expect(report.skipped).toEqual([
      { row: 9, reason: 'Date "2024/02/30" at "7:37 AM" is not a real date written YYYY/MM/DD and time h:mm' },
      { row: 10, reason: 'Set 1 (Reps) "five" is not a number' },
      { row: 11, reason: 'no sets recorded' },
    ]);
    expect(sessions.map((s) => [s.key, s.date, s.sets.length, s.notes])).toEqual([
      ['2024-03-04T18:05:00|Workout A', '2024-03-04', 15, 'Belt on from set 3'],
      ['2024-03-06T18:10:00|Workout B', '2024-03-06', 13, null],
      ['2024-03-08T07:37:00|Workout A', '2024-03-08', 5, null],
    ]);
    expect(report.customExercises).toEqual(['Chinups']);
  });

  it('spreads a row into its sets in order, keeps a failed set as failure with 0 reps, and skips empty set columns', async () => {
    const { sessions } = await importCsv(fixture('stronglifts-kg.csv'), { defaultUnit: 'lb' });
    const [a, b] = sessions;
    expect(a!.sets.slice(5, 10).map((s) => [s.position, s.exerciseId, s.kind, s.load, s.unit, s.reps])).toEqual([
      [6, 'bench_press', 'normal', 62.5, 'kg', 5],
      [7, 'bench_press', 'normal', 62.5, 'kg', 5],
      [8, 'bench_press', 'normal', 62.5, 'kg', 5],
      [9, 'bench_press', 'normal', 62.5, 'kg', 3],
      [10, 'bench_press', 'failure', 62.5, 'kg', 0],
    ]);
    expect(a!.sets.map((s) => s.exerciseId)).toEqual([...Array(5).fill('back_squat'), ...Array(5).fill('bench_press'), ...Array(5).fill('barbell_row')]);
    expect(b!.sets.map((s) => [s.exerciseId, s.load, s.reps])).toEqual([
      ...Array(5).fill(['back_squat', 102.5, 5]),
      ...Array(4).fill(['overhead_press', 40, 5]),
      ['barbell_deadlift', 120, 5],
      ['custom:chinups', null, 10],
      ['custom:chinups', null, 8],
      ['custom:chinups', null, 6],
    ]);
    expect(b!.sets.every((s) => s.rpe === null && s.seconds === null && s.distance === null && s.notes === null && s.restSeconds === null)).toBe(true);
  });

  it('reads lb from the set columns of a plain export, with no start time (midnight) and its note on the session', async () => {
    const { sessions, report } = await importCsv(fixture('stronglifts-lb.csv'));
    expect(report).toMatchObject({ format: 'stronglifts', rowsRead: 3, rowsImported: 3, skipped: [] });
    expect(sessions.map((s) => [s.key, s.notes, s.sets.length])).toEqual([
      ['2024-05-01T00:00:00|Workout A', null, 6],
      ['2024-05-03T00:00:00|Workout B', 'Grip gave out, straps next time', 1],
    ]);
    expect(sessions[0]!.sets.map((s) => [s.exerciseId, s.load, s.unit, s.reps])).toEqual([
      ...Array(3).fill(['back_squat', 225, 'lb', 5]),
      ['bench_press', 155.5, 'lb', 5],
      ['bench_press', 155.5, 'lb', 5],
      ['bench_press', 155.5, 'lb', 4],
    ]);
  });

  it('reads its dates YYYY/MM/DD and start times on a 12- or 24-hour clock, strictly', () => {
    expect(strongLiftsDateTime('2024/03/04', '6:05 PM')).toEqual({ date: '2024-03-04', startedAt: '2024-03-04T18:05:00' });
    expect(strongLiftsDateTime('2024/03/04', '12:05 AM')?.startedAt).toBe('2024-03-04T00:05:00');
    expect(strongLiftsDateTime('2024/03/04', '12:30 pm')?.startedAt).toBe('2024-03-04T12:30:00');
    expect(strongLiftsDateTime('2024/03/04', '18:05')?.startedAt).toBe('2024-03-04T18:05:00');
    expect(strongLiftsDateTime('2024/03/04', '')?.startedAt).toBe('2024-03-04T00:00:00');
    for (const [date, time] of [['2024/02/30', ''], ['2024-03-04', ''], ['04/03/2024', ''], ['2024/03/04', '13:05 PM'], ['2024/03/04', '0:05 AM'], ['2024/03/04', '24:00'], ['2024/03/04', '6 PM']]) {
      expect(strongLiftsDateTime(date!, time!), `${date} ${time}`).toBeNull();
    }
  });

  it('skips a row whose reps are not a whole number, and keeps a row to a limit as a whole', async () => {
    const head = 'Date (yyyy/mm/dd),Workout Name,Exercise,Set 1 (Reps),Set 1 (KG),Set 2 (Reps),Set 2 (KG)';
    const { report, sessions } = await importCsv(`${head}\n2024/03/04,A,Squat,5.5,100,5,100\n2024/03/04,A,Squat,-1,100,,\n2024/03/04,A,Squat,5,100,5,12000\n2024/03/04,A,Squat,5,100,5,100\n`);
    expect(report.skipped).toEqual([
      { row: 2, reason: 'Set 1 (Reps) 5.5 is not a whole number of reps' },
      { row: 3, reason: 'Set 1 (Reps) -1 is not a whole number of reps' },
      { row: 4, reason: 'Weight 12000 is past 10,000' },
    ]);
    expect(sessions[0]!.sets.map((s) => s.position)).toEqual([1, 2]);
  });
});
