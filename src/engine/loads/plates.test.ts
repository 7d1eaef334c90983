import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlateTable, platesFor, ticksPerUnit } from './plates.js';

describe('plates', () => {
  it('picks the smallest power of ten that makes every weight whole', () => {
    expect(ticksPerUnit([20, 25, 5])).toBe(1);
    expect(ticksPerUnit([45, 2.5])).toBe(10);
    expect(ticksPerUnit([20, 1.25])).toBe(100);
    expect(ticksPerUnit([0.45359237])).toBe(1e6);
  });

  it('lists every sum one pair each of 5 and 10 can make: 0, 5, 10, 15', () => {
    const t = buildPlateTable([{ weight: 10, count: 1 }, { weight: 5, count: 1 }], 1);
    expect(t.sums).toEqual([0, 5, 10, 15]);
  });

  it('cannot make 20 from one 10 and one 5, but can from two 10s', () => {
    expect(buildPlateTable([{ weight: 10, count: 1 }, { weight: 5, count: 2 }], 1).sums).not.toContain(25);
    expect(buildPlateTable([{ weight: 10, count: 2 }], 1).sums).toContain(20);
  });

  it('uses the fewest plates: 30 from 25+5 rather than 10+10+10 or 20+5+5', () => {
    const t = buildPlateTable(
      [{ weight: 25, count: 1 }, { weight: 20, count: 1 }, { weight: 10, count: 3 }, { weight: 5, count: 2 }],
      1,
    );
    expect(platesFor(t, 30)).toEqual([25, 5]);
  });

  it('breaks ties in plate count toward the larger plates, listed largest first', () => {
    const t = buildPlateTable([{ weight: 25, count: 1 }, { weight: 20, count: 2 }, { weight: 15, count: 1 }], 1);
    expect(platesFor(t, 40)).toEqual([25, 15]);
  });

  it('merges two entries of the same plate size and ignores empty ones', () => {
    const t = buildPlateTable([{ weight: 5, count: 1 }, { weight: 5, count: 1 }, { weight: 10, count: 0 }, { weight: 0, count: 3 }], 1);
    expect(t.sums).toEqual([0, 5, 10]);
  });

  it('throws for a sum it cannot build', () => {
    const t = buildPlateTable([{ weight: 10, count: 1 }], 1);
    expect(() => platesFor(t, 5)).toThrow(RangeError);
  });

  it('rebuilds every reachable sum from plates it owns', () => {
    const kind = fc.record({ weight: fc.constantFrom(0.5, 1.25, 2.5, 5, 10, 15, 20, 25), count: fc.integer({ min: 0, max: 4 }) });
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 6 }), (kinds) => {
        const scale = ticksPerUnit(kinds.map((k) => k.weight));
        const t = buildPlateTable(kinds, scale);
        for (const s of t.sums) {
          const plates = platesFor(t, s);
          expect(Math.round(plates.reduce((a, b) => a + b, 0) * scale)).toBe(s);
          for (const w of new Set(plates)) {
            const owned = kinds.filter((k) => k.weight === w).reduce((a, k) => a + k.count, 0);
            expect(plates.filter((p) => p === w).length).toBeLessThanOrEqual(owned);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
