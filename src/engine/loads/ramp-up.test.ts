import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commercialGym, homeGym } from '../inventory-presets.js';
import type { Inventory } from '../model.js';
import type { Loading, Unit } from '../types.js';
import { rampUp } from './ramp-up.js';
import { roundLoad } from './round.js';

const kg = commercialGym('kg');
const lb = commercialGym('lb');
const brief = (sets: ReturnType<typeof rampUp>) => sets.map((s) => [s.load, s.reps, s.percent]);

describe('rampUp: barbell', () => {
  it('works up to 100 kg: empty bar x 8, 50 x 8, 70 x 4, 85 x 2', () => {
    const sets = rampUp(100, 'kg', 'barbell', kg);
    expect(brief(sets)).toEqual([
      [20, 8, 20],
      [50, 8, 50],
      [70, 4, 70],
      [85, 2, 85],
    ]);
    expect(sets[0]!.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [] });
    expect(sets[3]!.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [25, 5, 2.5] });
  });

  it('rounds each step down to a loadable weight: 225 lb ramps 45, 110, 155, 190', () => {
    // 50% = 112.5 -> 110 (32.5 a side); 70% = 157.5 -> 155; 85% = 191.25 -> 190.
    expect(brief(rampUp(225, 'lb', 'barbell', lb))).toEqual([
      [45, 8, 20],
      [110, 8, 49],
      [155, 4, 69],
      [190, 2, 84],
    ]);
  });

  it('takes two steps to a moderate 60 kg: bar, 32.5 x 6, 47.5 x 3', () => {
    // 55% = 33 -> 32.5; 80% = 48 -> 47.5 (the 1.25 kg plates make 2.5 kg steps).
    expect(brief(rampUp(60, 'kg', 'barbell', kg))).toEqual([
      [20, 8, 33],
      [32.5, 6, 54],
      [47.5, 3, 79],
    ]);
  });

  it('takes one step, the empty bar, to a light 30 kg', () => {
    expect(brief(rampUp(30, 'kg', 'barbell', kg))).toEqual([[20, 5, 67]]);
  });

  it('has nothing lighter to offer when the working load is the bar itself', () => {
    expect(rampUp(20, 'kg', 'barbell', kg)).toEqual([]);
    expect(rampUp(0, 'kg', 'barbell', kg)).toEqual([]);
  });

  it('rejects a working load that is not a number', () => {
    expect(() => rampUp(Number.NaN, 'kg', 'barbell', kg)).toThrow(RangeError);
  });
});

describe('rampUp: other loadings', () => {
  it('works up to 30 kg dumbbells: 15 x 8, 20 x 4, 25 x 2', () => {
    expect(brief(rampUp(30, 'kg', 'dumbbell', kg))).toEqual([
      [15, 8, 50],
      [20, 4, 67],
      [25, 2, 83],
    ]);
  });

  it('gives a light 7.5 kg dumbbell one set, and the lightest dumbbell none', () => {
    expect(brief(rampUp(7.5, 'kg', 'dumbbell', kg))).toEqual([[2.5, 5, 33]]);
    expect(rampUp(2.5, 'kg', 'dumbbell', kg)).toEqual([]);
  });

  it('works up a 50 kg stack: 25, 35, 40', () => {
    expect(brief(rampUp(50, 'kg', 'machine', kg))).toEqual([
      [25, 8, 50],
      [35, 4, 70],
      [40, 2, 80],
    ]);
  });

  it('loads the landmine sleeve with the fewest plates: 40 kg ramps 20, 27.5, 33.75', () => {
    const sets = rampUp(40, 'kg', 'landmine', kg);
    expect(brief(sets)).toEqual([
      [20, 8, 50],
      [27.5, 4, 69],
      [33.75, 2, 84],
    ]);
    expect(sets[2]!.breakdown).toEqual({ kind: 'landmine', unit: 'kg', plates: [25, 5, 2.5, 1.25] });
  });
});

describe('rampUp: bodyweight', () => {
  it('ramps weighted dips (+20 kg at 80 kg) with bands, then bodyweight alone', () => {
    // Of 100 kg moved: 50% = band 30, 70% = band 10, 85% = +5 kg, which the ramp caps at bodyweight alone.
    const sets = rampUp(20, 'kg', 'bodyweight', kg, { bodyweight: 80 });
    expect(brief(sets)).toEqual([
      [-30, 8, 50],
      [-10, 4, 70],
      [0, 2, 80],
    ]);
    expect(sets[2]!.breakdown).toEqual({ kind: 'bodyweight', unit: 'kg', belt: [], band: null });
  });

  it('ramps bodyweight pull-ups with ever lighter bands', () => {
    // Of 80 kg: 40 -> -40, down to the 45 band; 56 -> -24 -> 30 band; 68 -> -12 -> 20 band.
    expect(brief(rampUp(0, 'kg', 'bodyweight', kg, { bodyweight: 80 }))).toEqual([
      [-45, 8, 44],
      [-30, 4, 63],
      [-20, 2, 75],
    ]);
  });

  it('still offers bodyweight alone before a belt load when no band fits', () => {
    const noBands: Inventory = { ...homeGym('kg'), has: ['pullup_bar', 'dip_belt'] };
    expect(brief(rampUp(5, 'kg', 'bodyweight', noBands, { bodyweight: 80 }))).toEqual([[0, 2, 94]]);
  });

  it('cannot size a bodyweight ramp without the bodyweight', () => {
    expect(rampUp(20, 'kg', 'bodyweight', kg)).toEqual([]);
  });

  it('offers nothing easier than the strongest band', () => {
    expect(rampUp(-45, 'kg', 'bodyweight', kg, { bodyweight: 80 })).toEqual([]);
  });
});

describe('rampUp properties', () => {
  const LOADINGS: Loading[] = ['barbell', 'landmine', 'dumbbell', 'machine', 'bodyweight'];
  it('gives buildable sets, strictly rising, all below the work, reps never rising', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(kg, lb, homeGym('kg'), homeGym('lb')),
        fc.constantFrom<Unit>('kg', 'lb'),
        fc.constantFrom(...LOADINGS),
        fc.double({ min: -60, max: 400, noNaN: true }),
        fc.double({ min: 40, max: 150, noNaN: true }),
        (inv, unit, loading, target, bodyweight) => {
          const work = roundLoad(target, unit, loading, inv);
          if (!work) return;
          const sets = rampUp(work.load, unit, loading, inv, { bodyweight });
          for (let i = 0; i < sets.length; i++) {
            const s = sets[i]!;
            expect(s.load).toBeLessThan(work.load);
            expect(roundLoad(s.load, unit, loading, inv)?.breakdown).toEqual(s.breakdown);
            if (i > 0) {
              expect(s.load).toBeGreaterThan(sets[i - 1]!.load);
              expect(s.reps).toBeLessThanOrEqual(sets[i - 1]!.reps);
            }
            if (loading === 'bodyweight') expect(s.load).toBeLessThanOrEqual(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
