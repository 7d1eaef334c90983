import { describe, expect, it } from 'vitest';
import type { ComboLog, PlainSet } from '../model.js';
import { analyze } from './index.js';

const set = (exerciseId: string, load: number, reps: number, more: Partial<PlainSet> = {}): PlainSet => ({
  date: '2024-03-05',
  exerciseId,
  unit: 'kg',
  load,
  reps,
  rir: null,
  kind: 'normal',
  ...more,
});

const run = (plainSets: PlainSet[], history: ComboLog[] = []) => analyze(history, { asOf: '2024-03-31', unit: 'kg', plainSets });
const trend = (a: ReturnType<typeof run>, id: string) => a.e1rmTrends.find((t) => t.exerciseId === id);

describe('analyze with plain (imported) sets', () => {
  it('takes a Strong-style deadlift without RPE as RIR 0: 140 kg × 5 gives 140 × (1 + 5/30) = 163.3', () => {
    const a = run([set('barbell_deadlift', 140, 5)]);
    const [point] = trend(a, 'barbell_deadlift')!.points;
    expect(point).toMatchObject({ date: '2024-03-05', load: 140, reps: 5, rir: 0 });
    expect(point!.e1rm).toBeCloseTo(163.333, 3);
    expect(a.records.compounds[0]!.bestE1rm).toEqual({ value: point!.e1rm, date: '2024-03-05' });
    expect(a).toMatchObject({ combos: 0, plainSets: 1, sets: 1 });
  });

  it('uses a recorded RIR, and RIR 0 on a failure set whatever the RPE said', () => {
    const a = run([
      set('back_squat', 100, 5, { rir: 2, date: '2024-03-04' }), // 100 × (1 + 7/30) = 123.3
      set('back_squat', 100, 8, { rir: 2, kind: 'failure', date: '2024-03-06' }), // 100 × (1 + 8/30) = 126.7
    ]);
    expect(trend(a, 'back_squat')!.points.map((p) => Math.round(p.e1rm * 10) / 10)).toEqual([123.3, 126.7]);
  });

  it('ignores warm-up sets: no volume, no record, not counted', () => {
    const a = run([set('barbell_deadlift', 60, 5, { kind: 'warmup' }), set('barbell_deadlift', 180, 3, { kind: 'warmup' }), set('barbell_deadlift', 140, 5)]);
    expect(a.plainSets).toBe(1);
    expect(a.records.compounds[0]!.heaviestLoad).toEqual({ load: 140, reps: 5, date: '2024-03-05' });
    expect(trend(a, 'barbell_deadlift')!.points).toHaveLength(1);
    // One deadlift set: glutes are a prime mover (1 set, 5 reps), quadriceps secondary (0.5, 2.5).
    expect(a.weekly[0]!.muscles.glutes).toEqual({ sets: 1, reps: 5 });
    expect(a.weekly[0]!.muscles.quadriceps).toEqual({ sets: 0.5, reps: 2.5 });
  });

  it('puts "Shrug (Barbell)" 100 kg × 15 in the shrug series, records, elevation volume and coverage', () => {
    const a = run([set('barbell_shrug', 100, 15, { date: '2024-03-20' })]);
    expect(a.shrugSeries).toEqual([{ exerciseId: 'barbell_shrug', points: [{ date: '2024-03-20', load: 100, reps: 15 }] }]);
    expect(a.records.shrugs).toEqual([{ exerciseId: 'barbell_shrug', atLoad: [{ load: 100, reps: 15, date: '2024-03-20' }] }]);
    expect(a.weekly[0]!.movements.elevation).toEqual({ sets: 1, reps: 15 });
    expect(a.weekly[0]!.muscles.upper_trapezius).toEqual({ sets: 1, reps: 15 });
    expect(a.coverage.movements.find((m) => m.movement === 'elevation')).toEqual({ movement: 'elevation', sets: 1, lastTrained: '2024-03-20' });
    expect(a.e1rmTrends).toEqual([]);
  });

  it('counts a barbell row half toward the biceps, a secondary mover', () => {
    const a = run([set('barbell_row', 80, 10), set('barbell_row', 80, 8, { kind: 'dropset' })]);
    expect(a.weekly[0]!.muscles.biceps).toEqual({ sets: 1, reps: 9 });
    expect(a.weekly[0]!.muscles.latissimus_dorsi).toEqual({ sets: 2, reps: 18 });
    expect(a.weekly[0]!.movements.retraction).toEqual({ sets: 0, reps: 0 });
  });

  it("counts the lifter's own exercises, timed sets and sets after asOf nowhere, without failing", () => {
    const a = run([
      set('custom:3f1c2a9e-7d4b-4c1e-9a51-0b7e2f6d8c10', 22.5, 15),
      set('barbell_deadlift', 0, 0, { kind: 'normal' }),
      set('barbell_deadlift', 150, 5, { date: '2024-04-02' }),
    ]);
    expect(a).toMatchObject({ plainSets: 0, sets: 0, weekly: [], e1rmTrends: [], shrugSeries: [] });
  });

  it('converts lb and needs the day’s bodyweight for a bodyweight lift’s e1RM', () => {
    const a = run([set('weighted_dip', 22, 8, { unit: 'lb', date: '2024-03-04' }), set('weighted_dip', 10, 8, { bodyweight: 80, rir: 2, date: '2024-03-06' })]);
    const dip = a.records.compounds[0]!;
    expect(dip.heaviestLoad).toEqual({ load: 10, reps: 8, date: '2024-03-06' });
    // Only the second set can be estimated: (80 + 10) × (1 + 10/30) = 120.
    expect(trend(a, 'weighted_dip')!.points.map((p) => [p.date, p.e1rm])).toEqual([['2024-03-06', 120]]);
  });

  it('joins combo rounds: the best e1RM of the day wins and sets add up', () => {
    const round: ComboLog = {
      date: '2024-03-05',
      comboId: 'deadlift_elevation',
      compoundId: 'barbell_deadlift',
      shrugId: 'barbell_shrug',
      unit: 'kg',
      compound: { load: 140, reps: 6, rir: 2 }, // 140 × (1 + 8/30) = 177.3
      shrug: { load: 140, reps: 12, toFailure: true },
      secondsBetween: 5,
    };
    const a = run([set('barbell_deadlift', 140, 5), set('barbell_shrug', 140, 14, { date: '2024-03-07' })], [round]);
    expect(a).toMatchObject({ combos: 1, plainSets: 2, sets: 4 });
    expect(trend(a, 'barbell_deadlift')!.points.map((p) => Math.round(p.e1rm * 10) / 10)).toEqual([177.3]);
    expect(a.records.shrugs[0]!.atLoad).toEqual([{ load: 140, reps: 14, date: '2024-03-07' }]);
    expect(a.weekly[0]!.movements.elevation).toEqual({ sets: 2, reps: 26 });
  });
});
