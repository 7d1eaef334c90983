import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../model.js';
import { analyze } from './index.js';
import { seriesFrom } from './window.js';

function round(date: string, comboId: string, compoundId: string, shrugId: string, load: number): ComboLog {
  return { date, comboId, compoundId, shrugId, unit: 'kg', compound: { load, reps: 8, rir: 2 }, shrug: { load, reps: 12, toFailure: true }, secondsBetween: 5 };
}

describe('seriesFrom', () => {
  const history = [
    round('2023-05-02', 'deadlift_elevation', 'barbell_deadlift', 'barbell_shrug', 150),
    round('2024-01-10', 'incline_row_retraction', 'incline_db_row', 'incline_retraction_shrug', 30),
    // A Wednesday: its week opens on Monday 2024-06-03, before the window's first day.
    round('2024-06-05', 'incline_row_retraction', 'incline_db_row', 'incline_retraction_shrug', 32.5),
    round('2024-06-20', 'incline_row_retraction', 'incline_db_row', 'incline_retraction_shrug', 35),
  ];
  const all = analyze(history, { asOf: '2024-06-30', unit: 'kg' });
  const recent = seriesFrom(all, '2024-06-04');

  it('keeps series points from the date on and the week that holds it whole', () => {
    expect(recent.from).toBe('2024-06-04');
    expect(recent.weekly.map((w) => w.week)).toEqual(['2024-06-03', '2024-06-17']);
    expect(recent.weekly[0]).toEqual(all.weekly.find((w) => w.week === '2024-06-03'));
    const row = recent.e1rmTrends.find((t) => t.exerciseId === 'incline_db_row')!;
    expect(row.points.map((p) => p.date)).toEqual(['2024-06-05', '2024-06-20']);
    expect(recent.shrugSeries.find((s) => s.exerciseId === 'incline_retraction_shrug')!.points.map((p) => p.load)).toEqual([32.5, 35]);
  });

  it('lists a lift with nothing in the window, empty, and leaves counts, records and coverage whole', () => {
    expect(recent.e1rmTrends.find((t) => t.exerciseId === 'barbell_deadlift')!.points).toEqual([]);
    expect(recent.shrugSeries.map((s) => s.exerciseId).sort()).toEqual(all.shrugSeries.map((s) => s.exerciseId).sort());
    expect(recent.records).toEqual(all.records);
    expect(recent.coverage).toEqual(all.coverage);
    expect({ combos: recent.combos, sets: recent.sets }).toEqual({ combos: 4, sets: 8 });
    expect(all.from).toBeUndefined();
  });
});
