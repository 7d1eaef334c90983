import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { e1rm, repsToFailure, workingLoad } from './e1rm.js';

describe('e1rm', () => {
  it('counts reps in reserve as reps the lifter could still have done', () => {
    expect(repsToFailure(8, 2)).toBe(10);
  });

  it('estimates 100 kg x 8 at RIR 2 as 133.3 kg (Epley: 100 * (1 + 10/30))', () => {
    expect(e1rm(100, 8, 2)).toBeCloseTo(133.333, 3);
  });

  it('takes a true single as the 1RM itself', () => {
    expect(e1rm(140, 1, 0)).toBe(140);
  });

  it('prescribes 75 kg for 8 reps at RIR 2 from a 100 kg e1RM (100 / (1 + 10/30))', () => {
    expect(workingLoad(100, 8, 2)).toBeCloseTo(75, 9);
  });

  it('rejects negative and non-finite inputs with a message naming the input', () => {
    expect(() => e1rm(-5, 8, 2)).toThrow(RangeError);
    expect(() => e1rm(100, -1, 2)).toThrow(/reps must not be negative/);
    expect(() => e1rm(100, 8, Number.NaN)).toThrow(/rir must be a finite number/);
    expect(() => workingLoad(Number.POSITIVE_INFINITY, 8, 2)).toThrow(/e1rm must be a finite number/);
  });

  it('never falls as reps rise at a fixed load and RIR', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 6 }),
        (w, a, b, rir) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(e1rm(w, lo, rir)).toBeLessThanOrEqual(e1rm(w, hi, rir));
        },
      ),
    );
  });

  it('gives back the load it started from: workingLoad(e1rm(w, r, q), r, q) = w', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (w, reps, rir) => {
          expect(workingLoad(e1rm(w, reps, rir), reps, rir)).toBeCloseTo(w, 9);
        },
      ),
    );
  });
});
