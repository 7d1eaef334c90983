import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../model.js';
import { weeklyVolume } from './volume.js';

function round(over: Partial<ComboLog> & Pick<ComboLog, 'date'>): ComboLog {
  return {
    comboId: 'incline_row_retraction',
    compoundId: 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit: 'kg',
    compound: { load: 20, reps: 10, rir: 2 },
    shrug: { load: 20, reps: 15, toFailure: true },
    secondsBetween: 5,
    ...over,
  };
}

describe('weeklyVolume', () => {
  it('counts a row set half toward its secondary muscles and in full toward its prime ones', () => {
    const [week] = weeklyVolume([round({ date: '2024-01-03' })]);
    expect(week!.week).toBe('2024-01-01');
    // incline row: lats and rhomboids prime; mid traps (a row counts half toward the
    // traps, docs/methods.md), rear delts, biceps, forearms secondary
    expect(week!.muscles.biceps).toEqual({ sets: 0.5, reps: 5 });
    expect(week!.muscles.rear_deltoid.sets).toBe(0.5);
    // the retraction shrug adds a full set to mid traps and rhomboids, half to the lats
    expect(week!.muscles.middle_trapezius).toEqual({ sets: 1.5, reps: 20 });
    expect(week!.muscles.rhomboids.sets).toBe(2);
    expect(week!.muscles.latissimus_dorsi).toEqual({ sets: 1.5, reps: 17.5 });
    expect(week!.muscles.upper_trapezius.sets).toBe(0);
  });

  it('gives the shrug set to its movement only', () => {
    const [week] = weeklyVolume([round({ date: '2024-01-03' }), round({ date: '2024-01-03' })]);
    expect(week!.movements.retraction).toEqual({ sets: 2, reps: 30 });
    expect(week!.movements.elevation).toEqual({ sets: 0, reps: 0 });
  });

  it('counts a deadlift half and the shrug after it in full toward the upper traps', () => {
    const [week] = weeklyVolume([
      round({
        date: '2024-01-03',
        comboId: 'deadlift_elevation',
        compoundId: 'barbell_deadlift',
        shrugId: 'barbell_shrug',
        compound: { load: 140, reps: 6, rir: 2 },
        shrug: { load: 140, reps: 12, toFailure: true },
      }),
    ]);
    expect(week!.muscles.upper_trapezius).toEqual({ sets: 1.5, reps: 15 });
    expect(week!.muscles.hamstrings.sets).toBe(1);
    expect(week!.movements.elevation.sets).toBe(1);
  });

  it('counts the depression shrug in full toward the lats, a prime mover of depression', () => {
    const [week] = weeklyVolume([
      round({
        date: '2024-01-03',
        comboId: 'dip_depression',
        compoundId: 'weighted_dip',
        shrugId: 'dip_depression_shrug',
        bodyweight: 80,
        compound: { load: 10, reps: 10, rir: 2 },
        shrug: { load: 10, reps: 12, toFailure: true },
      }),
    ]);
    // the dip itself does not list the lats; the shrug gives them a full set
    expect(week!.muscles.latissimus_dorsi).toEqual({ sets: 1, reps: 12 });
    expect(week!.muscles.lower_trapezius).toEqual({ sets: 1, reps: 12 });
  });

  it('splits logs into ISO weeks across a year boundary, weeks in order', () => {
    const weeks = weeklyVolume([
      round({ date: '2021-01-04' }),
      round({ date: '2020-12-31' }),
      round({ date: '2021-01-03' }),
    ]);
    expect(weeks.map((w) => [w.week, w.movements.retraction.sets])).toEqual([
      ['2020-12-28', 2],
      ['2021-01-04', 1],
    ]);
  });

  it('still counts the shrug of a compound outside the catalog', () => {
    const [week] = weeklyVolume([round({ date: '2024-01-03', compoundId: 'my_cable_row' })]);
    expect(week!.movements.retraction.sets).toBe(1);
    expect(week!.muscles.biceps.sets).toBe(0);
    expect(week!.muscles.middle_trapezius.sets).toBe(1);
  });
});
