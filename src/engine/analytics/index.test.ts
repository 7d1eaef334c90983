import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../model.js';
import { analyze } from './index.js';

function row(date: string, unit: 'kg' | 'lb', load: number): ComboLog {
  return {
    date,
    comboId: 'incline_row_retraction',
    compoundId: 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit,
    compound: { load, reps: 10, rir: 2 },
    shrug: { load, reps: 15, toFailure: true },
    secondsBetween: 5,
  };
}

describe('analyze', () => {
  const history = [row('2024-03-25', 'kg', 30), row('2024-03-27', 'lb', 70), row('2024-04-02', 'kg', 35)];
  const a = analyze(history, { asOf: '2024-03-31', unit: 'kg' });

  it('leaves out logs dated after asOf and counts two hard sets per round', () => {
    expect(a.combos).toBe(2);
    expect(a.sets).toBe(4);
    expect(a.weekly.map((w) => w.week)).toEqual(['2024-03-25']);
    expect(a.weekly[0]!.movements.retraction).toEqual({ sets: 2, reps: 30 });
  });

  it('mixes kg and lb logs in the unit asked for', () => {
    // 70 lb = 31.75 kg beats 30 kg
    const [rec] = a.records.compounds;
    expect(rec!.heaviestLoad.load).toBeCloseTo(70 * 0.45359237, 9);
    expect(rec!.heaviestLoad.date).toBe('2024-03-27');
    expect(a.shrugSeries[0]!.points.map((p) => Math.round(p.load * 100) / 100)).toEqual([30, 31.75]);
    const lb = analyze(history, { asOf: '2024-03-31', unit: 'lb' });
    expect(lb.records.compounds[0]!.heaviestLoad.load).toBe(70);
    expect(lb.e1rmTrends[0]!.points[0]!.load).toBeCloseTo(30 / 0.45359237, 6);
  });

  it('reports coverage over the default four weeks, naming the five untrained movements', () => {
    expect(a.coverage.weeks).toBe(4);
    expect(a.coverage.neglected.map((n) => n.movement)).toEqual([
      'protraction',
      'elevation',
      'depression',
      'downward_rotation',
      'upward_rotation',
    ]);
  });

  it('returns empty results for an empty history', () => {
    const empty = analyze([], { asOf: '2024-03-31', unit: 'kg', weeks: 2 });
    expect(empty).toMatchObject({ combos: 0, sets: 0, weekly: [], e1rmTrends: [], shrugSeries: [] });
    expect(empty.coverage.from).toBe('2024-03-18');
    expect(empty.coverage.neglected).toHaveLength(6);
  });
});
