import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../engine/program/validate.js';
import { planInputMessage } from './engine-errors.js';

describe('planInputMessage', () => {
  it('names the flag and spells splits as the CLI does', () => {
    expect(planInputMessage(new PlanInputError('days', 'full_body takes 2 or 3 days, not 4'))).toBe('--days: full-body takes 2 or 3 days, not 4');
    expect(planInputMessage(new PlanInputError('days', 'push_pull_legs takes 6 days, not 2'))).toBe('--days: ppl takes 6 days, not 2');
  });

  it('maps an indexed field to its flag', () => {
    expect(planInputMessage(new PlanInputError('days[1]', 'unknown weekday "x"'))).toBe('--days: unknown weekday "x"');
  });

  it('keeps a field no flag sets as it is', () => {
    expect(planInputMessage(new PlanInputError('customDays', 'needs a day'))).toBe('customDays: needs a day');
  });
});
