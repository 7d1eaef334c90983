import { describe, expect, it } from 'vitest';
import { rowOffsets, visibleRange } from './windowing.js';

describe('windowing', () => {
  it('sums row heights into tops and a total', () => {
    expect([...rowOffsets([10, 20, 30])]).toEqual([0, 10, 30, 60]);
  });

  it('finds only the rows overlapping the viewport', () => {
    const offsets = rowOffsets(Array.from({ length: 100_000 }, () => 50));
    expect(visibleRange(offsets, 1000, 200, 0)).toEqual({ start: 20, end: 25 });
    expect(visibleRange(offsets, 1000, 200, 100)).toEqual({ start: 18, end: 27 });
  });

  it('clamps at both ends and handles an empty list', () => {
    const offsets = rowOffsets([40, 40, 40]);
    expect(visibleRange(offsets, -500, 740, 0)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(offsets, 5000, 740, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(rowOffsets([]), 0, 740)).toEqual({ start: 0, end: 0 });
  });

  it('works with rows of different heights', () => {
    const offsets = rowOffsets([100, 10, 10, 300, 10]);
    expect(visibleRange(offsets, 115, 10, 0)).toEqual({ start: 2, end: 4 });
  });
});
