import { describe, expect, it } from 'vitest';
import { drillWeekOn } from './drill-weeks.js';

describe('drill weeks on the calendar', () => {
  it('counts whole weeks from the start and says when the combos begin', () => {
    expect(drillWeekOn(2, '2026-11-02', '2026-11-02')).toEqual({ week: 1, of: 2, weeksAfter: 1, combosFrom: '2026-11-16' });
    expect(drillWeekOn(2, '2026-11-02', '2026-11-08')).toMatchObject({ week: 1, weeksAfter: 1 });
    expect(drillWeekOn(2, '2026-11-02', '2026-11-09')).toMatchObject({ week: 2, weeksAfter: 0 });
    expect(drillWeekOn(2, '2026-11-02', '2026-11-15')).toMatchObject({ week: 2, weeksAfter: 0 });
  });

  it('is over on the day the combos begin, and never starts for a plan without drill weeks', () => {
    expect(drillWeekOn(2, '2026-11-02', '2026-11-16')).toBeNull();
    expect(drillWeekOn(2, '2026-11-02', '2027-03-01')).toBeNull();
    expect(drillWeekOn(0, '2026-11-02', '2026-11-02')).toBeNull();
  });

  it('crosses month and year ends, and treats a date before the start as the first week', () => {
    expect(drillWeekOn(2, '2026-12-28', '2027-01-04')).toMatchObject({ week: 2, combosFrom: '2027-01-11' });
    expect(drillWeekOn(2, '2026-11-02', '2026-10-30')).toMatchObject({ week: 1, weeksAfter: 1 });
  });
});
