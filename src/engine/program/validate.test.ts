import { describe, expect, it } from 'vitest';
import type { ProgramInput } from '../model.js';
import { PlanInputError, trainingDays } from './validate.js';

const inventory: ProgramInput['inventory'] = { unit: 'kg', has: [], barWeight: 20, plates: [], dumbbells: [], machineSteps: [], bands: [] };
const base: ProgramInput = { split: 'full_body', days: ['mon', 'thu'], inventory, experience: 'intermediate' };

function errorOf(input: ProgramInput): PlanInputError {
  try {
    trainingDays(input);
  } catch (e) {
    if (e instanceof PlanInputError) return e;
    throw e;
  }
  throw new Error('expected a PlanInputError');
}

describe('trainingDays', () => {
  it('returns the days in week order whatever order they were given in', () => {
    const days = trainingDays({ ...base, days: ['fri', 'mon', 'wed'] });
    expect(days.map((d) => [d.weekday, d.label])).toEqual([
      ['mon', 'Full body A'],
      ['wed', 'Full body B'],
      ['fri', 'Full body C'],
    ]);
  });

  it('rejects an unknown weekday, naming its position', () => {
    const e = errorOf({ ...base, days: ['mon', 'funday' as never] });
    expect(e.field).toBe('days[1]');
    expect(e.message).toMatch(/^days\[1\]: unknown weekday "funday"/);
  });

  it('rejects a day listed twice', () => {
    const e = errorOf({ ...base, days: ['mon', 'thu', 'mon'] });
    expect(e.field).toBe('days');
    expect(e.message).toContain('mon is listed twice');
  });

  it('takes a full-body week of 2 or 3 days only', () => {
    expect(errorOf({ ...base, days: ['mon'] }).message).toBe('days: full_body takes 2 or 3 days, not 1');
    expect(errorOf({ ...base, days: ['mon', 'tue', 'wed', 'thu'] }).field).toBe('days');
    expect(trainingDays({ ...base, days: ['mon', 'wed', 'fri'] })).toHaveLength(3);
  });

  it('takes push/pull/legs on 3 or 6 days', () => {
    expect(errorOf({ ...base, split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu'] }).message).toBe(
      'days: push_pull_legs takes 3 or 6 days, not 4',
    );
  });

  it('rejects a custom compound that is neither in the catalog nor given a pattern', () => {
    const e = errorOf({
      ...base,
      split: 'custom',
      days: [],
      customDays: [
        { weekday: 'tue', label: 'Upper', compounds: [{ exerciseId: 'bench_press' }] },
        { weekday: 'fri', label: 'Lower', compounds: [{ exerciseId: 'back_squat' }, { exerciseId: 'hack_squat' }] },
      ],
    });
    expect(e.field).toBe('customDays[1].compounds[1].exerciseId');
    expect(e.message).toContain('unknown exercise "hack_squat"');
  });

  it('accepts a custom compound outside the catalog when it names its pattern', () => {
    const days = trainingDays({
      ...base,
      split: 'custom',
      days: ['fri'],
      customDays: [{ weekday: 'fri', label: 'Legs', compounds: [{ exerciseId: 'hack_squat', name: 'Hack squat', pattern: 'squat' }] }],
    });
    expect(days).toHaveLength(1);
  });

  it('asks a custom split for its days and rejects custom days on a built-in split', () => {
    expect(errorOf({ ...base, split: 'custom', days: [] }).field).toBe('customDays');
    expect(errorOf({ ...base, customDays: [] }).field).toBe('customDays');
  });

  it('rejects a custom split whose days disagree with its custom days', () => {
    const e = errorOf({ ...base, split: 'custom', days: ['mon'], customDays: [{ weekday: 'tue', label: 'X', compounds: [] }] });
    expect(e.field).toBe('days');
  });

  it('rejects an unknown split or experience', () => {
    expect(errorOf({ ...base, split: 'bro_split' as never }).field).toBe('split');
    expect(errorOf({ ...base, experience: 'elite' as never }).field).toBe('experience');
  });
});
