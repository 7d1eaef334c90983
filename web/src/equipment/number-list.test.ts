import { describe, expect, it } from 'vitest';
import { formatNumberList, parseNumberList } from './number-list.js';

describe('weight lists', () => {
  it('reads single weights and "a to b by s" runs, sorted and without repeats', () => {
    expect(parseNumberList('10, 5, 2.5 to 7.5 by 2.5, 5')).toEqual({ values: [2.5, 5, 7.5, 10] });
    expect(parseNumberList('')).toEqual({ values: [] });
  });
  it('names the piece it cannot read', () => {
    expect(parseNumberList('5, ten, 15')).toEqual({ bad: 'ten' });
    expect(parseNumberList('30 to 10 by 5')).toEqual({ bad: '30 to 10 by 5' });
  });
  it('writes long even runs the short way and reads them back the same', () => {
    const rack = [2.5, 5, 7.5, 10, 12.5, 15, 32, 40];
    const text = formatNumberList(rack);
    expect(text).toBe('2.5 to 15 by 2.5, 32, 40');
    expect(parseNumberList(text)).toEqual({ values: rack });
  });
});
