import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../model.js';
import { shrugSeries } from './shrugs.js';

function pulldown(date: string, shrug: [number, number], unit: 'kg' | 'lb' = 'kg'): ComboLog {
  return {
    date,
    comboId: 'pulldown_downward_rotation',
    compoundId: 'lat_pulldown',
    shrugId: 'downward_rotation_shrug',
    unit,
    compound: { load: 50, reps: 10, rir: 2 },
    shrug: { load: shrug[0], reps: shrug[1], toFailure: true },
    secondsBetween: 5,
  };
}

describe('shrugSeries', () => {
  it('lists every shrug set as reps at a load, in date order', () => {
    const [series] = shrugSeries(
      [pulldown('2024-03-08', [45, 14]), pulldown('2024-03-01', [40, 16]), pulldown('2024-03-01', [40, 13])],
      'kg',
    );
    expect(series!.exerciseId).toBe('downward_rotation_shrug');
    expect(series!.points).toEqual([
      { date: '2024-03-01', load: 40, reps: 16 },
      { date: '2024-03-01', load: 40, reps: 13 },
      { date: '2024-03-08', load: 45, reps: 14 },
    ]);
  });

  it('converts lb sets to the unit asked for', () => {
    const [series] = shrugSeries([pulldown('2024-03-01', [100, 15], 'lb')], 'kg');
    expect(series!.points[0]!.load).toBeCloseTo(45.359237, 9);
  });
});
