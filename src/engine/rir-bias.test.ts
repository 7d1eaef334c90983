import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComboLog } from './model.js';
import { calibrationDue, callWeight, estimateRirBias, observationsFrom, offerCalibration, rirBiasOf, type RirObservation } from './rir-bias.js';

/** A call of `called` that turned out to have `actual` left, in a set of `total` reps to failure. */
function call(actual: number, called = 2, date = '2025-03-10', total = 10): RirObservation {
  return { date, calledRir: called, actualRir: actual, repsToFailure: total };
}

const day = (i: number) => `2025-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

function round(calibration?: ComboLog['compound']['calibration'], date = '2025-03-10'): ComboLog {
  return {
    date,
    comboId: 'incline_row_retraction',
    compoundId: 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit: 'kg',
    compound: calibration ? { load: 30, reps: calibration.repsToFailure, rir: 0, calibration } : { load: 30, reps: 10, rir: 2 },
    shrug: { load: 30, reps: 14, toFailure: true },
    secondsBetween: 2,
  };
}

describe('observationsFrom', () => {
  it('reads the reps left at the call from calibration rounds and skips the rest', () => {
    const logs = [round(), round({ calledRir: 2, repsAtCall: 9, repsToFailure: 12 }, '2025-03-17')];
    expect(observationsFrom(logs)).toEqual([{ date: '2025-03-17', calledRir: 2, actualRir: 3, repsToFailure: 12 }]);
  });

  it('refuses a failure that came before the call', () => {
    expect(() => observationsFrom([round({ calledRir: 2, repsAtCall: 9, repsToFailure: 8 })])).toThrow(RangeError);
  });
});

describe('estimateRirBias', () => {
  it('reads calls as said, with a 1-rep uncertainty, when there are no calibration sets', () => {
    const b = estimateRirBias([]);
    expect(b).toMatchObject({ bias: 0, sd: 1, n: 0, trend: 'unknown', trendChange: null });
    expect(b.sentence).toBe('no calibration sets yet: your RIR calls are read as you say them');
  });

  it('moves only halfway toward a single set: one call 2 reps short reads as a bias of 1', () => {
    const b = estimateRirBias([call(4)]);
    // Prior N(0, 1²) and one call with SD 1: the posterior mean is 2 × 1/(1 + 1) = 1, SD √½.
    expect(b.bias).toBeCloseTo(1, 9);
    expect(b.sd).toBeCloseTo(Math.SQRT1_2, 9);
    expect(b.sentence).toBe('you call 2 in reserve when you have about 3 (±1)');
  });

  it('approaches the mean of many consistent calls, and grows surer', () => {
    const few = estimateRirBias([call(3, 2, day(0)), call(3, 2, day(1))]);
    const many = estimateRirBias(Array.from({ length: 12 }, (_, i) => call(i % 2 === 0 ? 3 : 3.5, 2, day(i))));
    expect(many.bias).toBeGreaterThan(1.1);
    expect(many.bias).toBeLessThan(1.25);
    expect(many.sd).toBeLessThan(few.sd);
    expect(many.sd).toBeLessThan(0.2);
    expect(many.trend).toBe('steady');
  });

  it('gives a call at RIR 4 or in a long set less weight than one near failure', () => {
    expect(callWeight(call(3))).toBe(1);
    expect(callWeight(call(6, 4))).toBe(0.25);
    expect(callWeight(call(3, 2, '2025-03-10', 16))).toBe(0.25);
    expect(callWeight(call(6, 4, '2025-03-10', 16))).toBe(1 / 16);
    // The same 2-rep miss moves the estimate less when it was called far from failure.
    expect(estimateRirBias([call(6, 4)]).bias).toBeLessThan(estimateRirBias([call(4, 2)]).bias);
  });

  it('reads a lifter who has less left than they call as a negative bias', () => {
    const b = estimateRirBias([call(1, 2, day(0)), call(1, 2, day(1)), call(0, 2, day(2))]);
    expect(b.bias).toBeLessThan(-0.5);
    expect(b.sentence).toMatch(/^you call 2 in reserve when you have about 1(\.5)? \(/);
  });

  it('sees calls getting closer to the truth as improving, and moving away as drifting', () => {
    const early = (actual: number) => [0, 1, 2, 3].map((i) => call(actual, 2, day(i)));
    const late = (actual: number) => [4, 5, 6, 7].map((i) => call(actual, 2, day(i)));
    const better = estimateRirBias([...late(2), ...early(4)]);
    expect(better.trend).toBe('improving');
    expect(better.trendChange).toBeLessThan(0);
    expect(better.sentence).toContain(', closer than before');
    expect(estimateRirBias([...early(2), ...late(4)]).trend).toBe('drifting');
  });

  it('is deterministic and does not depend on the order the calls come in', () => {
    const calls = [call(3, 2, day(2)), call(4, 2, day(0)), call(2, 2, day(1)), call(5, 3, day(3))];
    expect(estimateRirBias(calls)).toEqual(estimateRirBias([...calls].reverse()));
    expect(estimateRirBias(calls)).toEqual(estimateRirBias(structuredClone(calls)));
  });

  const observation = fc.record({
    date: fc.integer({ min: 0, max: 300 }).map(day),
    calledRir: fc.integer({ min: 0, max: 12 }).map((x) => x / 2),
    actualRir: fc.integer({ min: 0, max: 16 }).map((x) => x / 2),
    repsToFailure: fc.integer({ min: 1, max: 30 }),
  });

  it('always lands between 0 and the weighted mean of the calls, with less uncertainty than none', () => {
    fc.assert(
      fc.property(fc.array(observation, { minLength: 1, maxLength: 20 }), (obs) => {
        const weights = obs.map(callWeight);
        const mean = obs.reduce((a, o, i) => a + weights[i]! * (o.actualRir - o.calledRir), 0) / weights.reduce((a, b) => a + b, 0);
        const b = estimateRirBias(obs);
        expect(b.bias).toBeGreaterThanOrEqual(Math.min(0, mean) - 1e-9);
        expect(b.bias).toBeLessThanOrEqual(Math.max(0, mean) + 1e-9);
        expect(b.sd).toBeLessThan(1);
        expect(b.n).toBe(obs.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('rirBiasOf, and when a calibration set is offered', () => {
  it('learns from every combo\'s calibration rounds at once', () => {
    const press = { ...round({ calledRir: 2, repsAtCall: 8, repsToFailure: 12 }, '2025-03-12'), comboId: 'floor_press_protraction' };
    const bias = rirBiasOf([round(), round({ calledRir: 2, repsAtCall: 9, repsToFailure: 12 }, '2025-03-17'), press]);
    expect(bias.n).toBe(2);
    expect(bias.bias).toBeGreaterThan(1);
    expect(rirBiasOf([round()])).toMatchObject({ bias: 0, n: 0 });
  });

  it('is due once a block per combo: none of that combo since the block began', () => {
    const logs = [round({ calledRir: 2, repsAtCall: 9, repsToFailure: 12 }, '2025-03-10')];
    expect(calibrationDue(logs, 'incline_row_retraction', '2025-03-10')).toBe(false);
    expect(calibrationDue(logs, 'incline_row_retraction', '2025-03-11')).toBe(true);
    expect(calibrationDue(logs, 'floor_press_protraction', '2025-03-01')).toBe(true);
    expect(calibrationDue([round(undefined, '2025-03-12')], 'incline_row_retraction', '2025-03-01')).toBe(true);
  });

  it('is offered from the Monday the block began, never in a deload week, and once in four weeks outside a block', () => {
    // 2025-03-19 is a Wednesday; week 2 of the block began on Monday 10 March.
    const logs = [round({ calledRir: 2, repsAtCall: 9, repsToFailure: 12 }, '2025-03-09')];
    expect(offerCalibration(logs, 'incline_row_retraction', '2025-03-19', { week: 2, deload: false })).toBe(true);
    expect(offerCalibration(logs, 'incline_row_retraction', '2025-03-19', { week: 3, deload: false })).toBe(false);
    expect(offerCalibration([], 'incline_row_retraction', '2025-03-19', { week: 5, deload: true })).toBe(false);
    expect(offerCalibration(logs, 'incline_row_retraction', '2025-04-05')).toBe(false);
    expect(offerCalibration(logs, 'incline_row_retraction', '2025-04-06')).toBe(true);
  });
});
