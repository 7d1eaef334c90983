import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../import.js';
import { FITNOTES_SESSION_NAME } from './fitnotes.js';

const fixture = (name: string) => createReadStream(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

describe('FitNotes export', () => {
  it('makes one session per date and skips a bad date and unreadable reps', async () => {
    const { sessions, report } = await importCsv(fixture('fitnotes-kg.csv'));
    expect(report.format).toBe('fitnotes');
    expect(report.rowsRead).toBe(8);
    expect(report.rowsImported).toBe(6);
    expect(report.skipped).toEqual([
      { row: 8, reason: 'Date "2024-13-04" is not a real date written YYYY-MM-DD' },
      { row: 9, reason: 'Reps "six" is not a number' },
    ]);
    expect(sessions.map((s) => [s.key, s.date, s.sets.length])).toEqual([
      [`2024-04-02T00:00:00|${FITNOTES_SESSION_NAME}`, '2024-04-02', 4],
      [`2024-04-04T00:00:00|${FITNOTES_SESSION_NAME}`, '2024-04-04', 2],
    ]);
  });

  it('maps FitNotes names to the catalog and reads kg from the Weight (kgs) header', async () => {
    const { sessions, report } = await importCsv(fixture('fitnotes-kg.csv'), { defaultUnit: 'lb' });
    const [tue, thu] = sessions;
    expect(tue!.sets.map((s) => [s.exerciseId, s.load, s.unit, s.reps])).toEqual([
      ['bench_press', 80, 'kg', 8],
      ['bench_press', 80, 'kg', 7],
      ['barbell_floor_press', 70, 'kg', 10],
      ['custom:plank', null, 'kg', null],
    ]);
    expect(tue!.sets[1]!.notes).toBe('Last rep slow, spotter touched it');
    expect(tue!.sets[3]!.seconds).toBe(90);
    expect(thu!.sets[0]!.exerciseId).toBe('barbell_deadlift');
    // 0:25:10 is 1510 s; 5.0 km is 5000 m
    expect(thu!.sets[1]).toMatchObject({ distance: 5000, seconds: 1510, kind: 'normal' });
    expect(report.customExercises).toEqual(['Plank', 'Running (Outdoor)']);
  });
});
