import { describe, expect, it } from 'vitest';
import { parseFitNotesDate, parseHevyDate, parseStrongDate } from './dates.js';

describe('strict date readers', () => {
  it('reads a Strong date and time as local time', () => {
    expect(parseStrongDate('2024-03-05 18:02:11')).toEqual({ date: '2024-03-05', startedAt: '2024-03-05T18:02:11' });
    expect(parseStrongDate('2024-03-05 18:02')).toEqual({ date: '2024-03-05', startedAt: '2024-03-05T18:02:00' });
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseStrongDate('2024-02-29 10:00:00')?.date).toBe('2024-02-29');
    expect(parseStrongDate('2023-02-29 10:00:00')).toBeNull();
    expect(parseFitNotesDate('2100-02-29')).toBeNull(); // divisible by 100, not by 400
  });

  it('rejects out-of-range parts and loose layouts rather than guessing', () => {
    for (const bad of ['2024-13-01 10:00:00', '2024-04-31 10:00:00', '2024-03-05 24:00:00', '2024-03-05 18:60:00', '2024-3-5 18:02:11', '05/03/2024 18:02', '']) {
      expect(parseStrongDate(bad), bad).toBeNull();
    }
  });

  it('reads Hevy dates "D MMM YYYY, HH:mm" with English month abbreviations', () => {
    expect(parseHevyDate('5 Mar 2024, 18:02')).toEqual({ date: '2024-03-05', startedAt: '2024-03-05T18:02:00' });
    expect(parseHevyDate('15 Sep 2025, 07:48')?.startedAt).toBe('2025-09-15T07:48:00');
    for (const bad of ['5 March 2024, 18:02', '31 Apr 2024, 10:00', '5 Mar 2024 18:02', '5 Xyz 2024, 18:02', '5 Mar 2024, 25:00']) {
      expect(parseHevyDate(bad), bad).toBeNull();
    }
  });

  it('reads FitNotes dates with the day starting at midnight', () => {
    expect(parseFitNotesDate('2024-04-02')).toEqual({ date: '2024-04-02', startedAt: '2024-04-02T00:00:00' });
    expect(parseFitNotesDate('2024-04-02 10:00')).toBeNull();
  });
});
