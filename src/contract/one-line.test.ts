// Day labels a lifter writes (their own split's days, a plan edit) are one line,
// as names are: the export document keeps whatever was stored, and what is
// stored from now on is refused a tab or line break at the door.
import { describe, expect, it } from 'vitest';
import { weekPlanEditSchema } from './plan.js';
import { profileBodySchema } from './profile.js';

const labelIssue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.find((i) => i.path.at(-1) === 'label')?.message;

describe('day labels', () => {
  it('refuses a tab or line break in a plan edit’s day label', () => {
    for (const label of ['Upper\tA', 'Upper\nA', 'Upper\r\nA']) {
      const r = weekPlanEditSchema.safeParse({ days: [{ weekday: 'mon', label, compounds: [], combos: [] }] });
      expect(labelIssue(r)).toBe('must be one line, without tabs or line breaks');
    }
    expect(weekPlanEditSchema.safeParse({ days: [{ weekday: 'mon', label: 'Upper A', compounds: [], combos: [] }] }).success).toBe(true);
  });

  it('refuses one in a custom split’s day label', () => {
    const body = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'custom', days: ['mon'], equipment: { preset: 'commercial' } };
    const r = profileBodySchema.safeParse({ ...body, customDays: [{ weekday: 'mon', label: 'Pull\tday', compounds: [] }] });
    expect(labelIssue(r)).toBe('must be one line, without tabs or line breaks');
  });
});
