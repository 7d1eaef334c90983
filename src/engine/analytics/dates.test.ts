import { describe, expect, it } from 'vitest';
import { dateCache, dateOfDay, dayNumber, isoWeekKey } from './dates.js';

describe('ISO week keys', () => {
  it('keys a Monday by itself and a Sunday by the Monday before it', () => {
    expect(isoWeekKey('2024-01-01')).toBe('2024-01-01'); // a Monday
    expect(isoWeekKey('2024-01-07')).toBe('2024-01-01'); // its Sunday
    expect(isoWeekKey('2024-01-08')).toBe('2024-01-08');
  });

  it('keeps a week whole across a year boundary', () => {
    // 2020-12-28 is a Monday; New Year 2021 fell on the Friday of that week.
    expect(isoWeekKey('2020-12-31')).toBe('2020-12-28');
    expect(isoWeekKey('2021-01-01')).toBe('2020-12-28');
    expect(isoWeekKey('2021-01-03')).toBe('2020-12-28');
    expect(isoWeekKey('2021-01-04')).toBe('2021-01-04');
    // ISO week 1 of 2025 opens on Monday 2024-12-30.
    expect(isoWeekKey('2025-01-01')).toBe('2024-12-30');
  });

  it('handles leap days and dates before 1970', () => {
    expect(isoWeekKey('2024-02-29')).toBe('2024-02-26');
    expect(isoWeekKey('1969-12-31')).toBe('1969-12-29');
  });

  it('counts days since 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-02-01')).toBe(31);
    expect(dateOfDay(dayNumber('2023-07-14'))).toBe('2023-07-14');
  });

  it('caches the same answer the plain functions give', () => {
    const info = dateCache();
    expect(info('2021-01-03')).toEqual({ day: dayNumber('2021-01-03'), week: '2020-12-28' });
    expect(info('2021-01-03')).toBe(info('2021-01-03'));
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC on every day from 1899 to 2101', () => {
    const from = Date.UTC(1899, 0, 1) / 86_400_000;
    const to = Date.UTC(2101, 11, 31) / 86_400_000;
    for (let day = from; day <= to; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (dayNumber(iso) !== day || dateOfDay(day) !== iso) throw new Error(`mismatch on ${iso}`);
    }
    expect(dateOfDay(from)).toBe('1899-01-01');
  });
});
