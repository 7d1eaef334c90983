import { describe, expect, it } from 'vitest';
import { logInUnit } from './log-units.js';
import type { ComboLog } from './model.js';

const kgLog: ComboLog = {
  date: '2025-03-10',
  comboId: 'dip_depression',
  compoundId: 'weighted_dip',
  shrugId: 'dip_depression_shrug',
  unit: 'kg',
  bodyweight: 80,
  rampUp: [{ load: 0, reps: 5 }],
  compound: { load: 10, reps: 10, rir: 2 },
  shrug: { load: 10, reps: 12, toFailure: true },
  secondsBetween: 0,
};

describe('logInUnit', () => {
  it('restates every load and the bodyweight of a kg round in lb, keeping reps and RIR', () => {
    const lb = logInUnit(kgLog, 'lb');
    expect(lb.unit).toBe('lb');
    expect(lb.compound.load).toBeCloseTo(22.046, 3);
    expect(lb.shrug.load).toBeCloseTo(22.046, 3);
    expect(lb.bodyweight).toBeCloseTo(176.37, 2);
    expect(lb.rampUp).toEqual([{ load: 0, reps: 5 }]);
    expect(lb.compound).toMatchObject({ reps: 10, rir: 2 });
    expect(kgLog.compound.load).toBe(10);
  });

  it('returns a round already in the unit unchanged', () => {
    expect(logInUnit(kgLog, 'kg')).toBe(kgLog);
  });
});
