import { describe, expect, it } from 'vitest';
import { lastIndex, X_PAD, xRange, yRange } from './chart-ranges.js';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;

describe('xRange', () => {
  it('centres a lone point in a finite range padded on both sides', () => {
    const t = day('2026-11-23');
    const [lo, hi] = xRange(t, t);
    expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    expect(lo).toBe(t - X_PAD);
    expect(hi).toBe(t + X_PAD);
    // Days, not years.
    expect(hi - lo).toBeLessThan(8 * 86_400);
  });

  it('treats two points on the same day like one', () => {
    const t = day('2026-11-23');
    expect(xRange(t, t)).toEqual([t - X_PAD, t + X_PAD]);
  });

  it('widens points a day apart to a week around them, and pads long spans a little', () => {
    const [lo, hi] = xRange(day('2026-11-23'), day('2026-11-24'));
    expect(lo).toBeLessThan(day('2026-11-23'));
    expect(hi).toBeGreaterThan(day('2026-11-24'));
    expect(hi - lo).toBe(2 * X_PAD);
    const [a, b] = xRange(day('2026-01-01'), day('2026-06-01'));
    expect(a).toBeLessThan(day('2026-01-01'));
    expect(b).toBeGreaterThan(day('2026-06-01'));
  });

  it('gives a finite range with no data', () => {
    expect(xRange(null, null).every(Number.isFinite)).toBe(true);
  });
});

describe('yRange', () => {
  it('pads a lone value above and below', () => {
    const [lo, hi] = yRange(66, 66);
    expect(lo).toBeLessThan(66);
    expect(hi).toBeGreaterThan(66);
  });

  it('never goes below zero for data that does not', () => {
    expect(yRange(0.5, 0.5)[0]).toBe(0);
    expect(yRange(2, 40)[0]).toBe(0);
  });
});

describe('lastIndex', () => {
  it('finds the last date with any value', () => {
    expect(lastIndex([[1, 2, null], [null, null, null]])).toBe(1);
    expect(lastIndex([[null], [5]])).toBe(0);
    expect(lastIndex([[]])).toBe(-1);
  });
});
