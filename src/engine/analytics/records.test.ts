import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../model.js';
import { personalRecords } from './records.js';
import { e1rmTrends } from './strength.js';

type Round = { date: string; c: [number, number, number]; s: [number, number]; unit?: 'kg' | 'lb' };

function deadlift({ date, c, s, unit = 'kg' }: Round): ComboLog {
  return {
    date,
    comboId: 'deadlift_elevation',
    compoundId: 'barbell_deadlift',
    shrugId: 'barbell_shrug',
    unit,
    compound: { load: c[0], reps: c[1], rir: c[2] },
    shrug: { load: s[0], reps: s[1], toFailure: true },
    secondsBetween: 5,
  };
}

function dip(date: string, added: number, bodyweight?: number): ComboLog {
  return {
    date,
    comboId: 'dip_depression',
    compoundId: 'weighted_dip',
    shrugId: 'dip_depression_shrug',
    unit: 'kg',
    ...(bodyweight === undefined ? {} : { bodyweight }),
    compound: { load: added, reps: 8, rir: 2 },
    shrug: { load: added, reps: 12, toFailure: true },
    secondsBetween: 5,
  };
}

const history = [
  deadlift({ date: '2024-01-01', c: [100, 8, 2], s: [60, 15] }), // e1RM 100 * (1 + 10/30) = 133.33
  deadlift({ date: '2024-01-01', c: [100, 6, 2], s: [60, 13] }), // 126.67, not the session's best
  deadlift({ date: '2024-01-08', c: [110, 5, 2], s: [60, 18] }), // 110 * (1 + 7/30) = 135.67, heaviest
  deadlift({ date: '2024-01-15', c: [105, 8, 2], s: [80, 12] }), // 105 * 4/3 = 140, best e1RM
  deadlift({ date: '2024-01-15', c: [105, 7, 2], s: [60, 18] }), // ties 18 reps at 60: the record keeps its first date
];

describe('personal records', () => {
  it('dates the best e1RM and the heaviest load of a compound', () => {
    const [rec] = personalRecords(history, 'kg').compounds;
    expect(rec!.exerciseId).toBe('barbell_deadlift');
    expect(rec!.bestE1rm!.value).toBeCloseTo(140, 9);
    expect(rec!.bestE1rm!.date).toBe('2024-01-15');
    expect(rec!.heaviestLoad).toEqual({ load: 110, reps: 5, date: '2024-01-08' });
  });

  it('keeps the most reps at each shrug load, lightest load first, from when it was first done', () => {
    const [rec] = personalRecords(history, 'kg').shrugs;
    expect(rec!.atLoad).toEqual([
      { load: 60, reps: 18, date: '2024-01-08' },
      { load: 80, reps: 12, date: '2024-01-15' },
    ]);
  });

  it('does not depend on the order the logs come in', () => {
    const reversed = [...history].reverse();
    expect(personalRecords(reversed, 'kg')).toEqual(personalRecords(history, 'kg'));
  });

  it('converts lb logs into the unit asked for', () => {
    const mixed = [
      deadlift({ date: '2024-01-01', c: [100, 8, 2], s: [60, 15] }),
      // 225 lb = 225 * 0.45359237 = 102.05828325 kg; 60 kg = 132.277 lb, so these shrugs share one load
      deadlift({ date: '2024-01-08', c: [225, 8, 2], s: [132.27735731, 17], unit: 'lb' }),
    ];
    const kg = personalRecords(mixed, 'kg');
    expect(kg.compounds[0]!.heaviestLoad.load).toBeCloseTo(102.05828325, 9);
    expect(kg.compounds[0]!.bestE1rm!.value).toBeCloseTo(102.05828325 * (4 / 3), 9);
    expect(kg.shrugs[0]!.atLoad).toHaveLength(1);
    expect(kg.shrugs[0]!.atLoad[0]!.reps).toBe(17);
    expect(kg.shrugs[0]!.atLoad[0]!.load).toBeCloseTo(60, 6);

    const lb = personalRecords(mixed, 'lb');
    expect(lb.compounds[0]!.heaviestLoad.load).toBe(225);
    expect(lb.compounds[0]!.bestE1rm!.value).toBeCloseTo(300, 9); // 225 * 4/3
  });
});

describe('e1RM trend', () => {
  it('keeps the best set of each session, in date order', () => {
    const [trend] = e1rmTrends([...history].reverse(), 'kg');
    expect(trend!.points.map((p) => p.date)).toEqual(['2024-01-01', '2024-01-08', '2024-01-15']);
    expect(trend!.points[0]).toMatchObject({ load: 100, reps: 8, rir: 2 });
    expect(trend!.points.map((p) => Math.round(p.e1rm * 100) / 100)).toEqual([133.33, 135.67, 140]);
  });

  it('estimates a bodyweight lift from bodyweight plus the added load', () => {
    const [trend] = e1rmTrends([dip('2024-02-01', 20, 80)], 'kg');
    // (80 + 20) * (1 + 10/30)
    expect(trend!.points[0]!.load).toBe(100);
    expect(trend!.points[0]!.e1rm).toBeCloseTo(133.333, 3);
  });

  it('skips the estimate of a bodyweight lift logged without bodyweight but keeps its heaviest load', () => {
    expect(e1rmTrends([dip('2024-02-01', 20)], 'kg')[0]!.points).toEqual([]);
    const [rec] = personalRecords([dip('2024-02-01', 20)], 'kg').compounds;
    expect(rec!.bestE1rm).toBeNull();
    expect(rec!.heaviestLoad).toEqual({ load: 20, reps: 8, date: '2024-02-01' });
  });
});
