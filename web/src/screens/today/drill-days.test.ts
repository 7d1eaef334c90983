import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../../../../src/engine/model.js';
import type { LocalData } from '../../offline/local-data.js';
import { drillWeekToday } from './drill-days.js';
import { plan } from './session-fixture.js';

const withPlan = (drillWeeks: number, createdAt: string): LocalData => ({
  profile: null,
  plan: { ...plan, drillWeeks, id: 'p', kind: 'generated', createdBy: 'u', createdAt, parentId: null },
  logs: [],
  savedAt: createdAt,
});
const logged = (date: string) => ({ date }) as ComboLog;

describe('drill weeks from what the phone knows', () => {
  it('counts from the day the plan was made', () => {
    expect(drillWeekToday(withPlan(2, '2026-11-02T12:00:00Z'), [], '2026-11-10')).toMatchObject({ week: 2, weeksAfter: 0, combosFrom: '2026-11-16' });
    expect(drillWeekToday(withPlan(2, '2026-11-02T12:00:00Z'), [], '2026-11-16')).toBeNull();
  });

  it('counts from an earlier first round, so a remade plan does not restart them', () => {
    expect(drillWeekToday(withPlan(2, '2026-11-02T12:00:00Z'), [logged('2026-10-01'), logged('2026-10-20')], '2026-11-03')).toBeNull();
  });

  it('has none for a plan without drill weeks, or no plan', () => {
    expect(drillWeekToday(withPlan(0, '2026-11-02T12:00:00Z'), [], '2026-11-03')).toBeNull();
    expect(drillWeekToday({ profile: null, plan: null, logs: [], savedAt: '' }, [], '2026-11-03')).toBeNull();
  });
});
