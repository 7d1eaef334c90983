import { describe, expect, it } from 'vitest';
import { parseDays, parseWeekday } from './options.js';

describe('parseDays', () => {
  it('takes short and full names in any case, returned in week order', () => {
    expect(parseDays('Friday, mon ,WEDNESDAY')).toEqual(['mon', 'wed', 'fri']);
  });

  it('refuses a word that merely starts like a day, quoting it as typed', () => {
    expect(() => parseDays('mondo,wednesday,frisbee')).toThrow('--days: "mondo" is not a weekday');
    expect(() => parseDays('mon,Funday')).toThrow('--days: "Funday" is not a weekday');
    expect(() => parseDays('mo')).toThrow('"mo"');
  });

  it('refuses the same day twice, even spelt two ways', () => {
    expect(() => parseDays('mon,monday')).toThrow('--days: a day is listed twice');
  });
});

describe('parseWeekday', () => {
  it('takes mon or Monday and nothing in between', () => {
    expect(parseWeekday('Monday')).toBe('mon');
    expect(parseWeekday('SUN')).toBe('sun');
    expect(() => parseWeekday('sunny')).toThrow('--day: "sunny" is not a weekday');
  });
});
