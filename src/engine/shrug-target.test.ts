import { describe, expect, it } from 'vitest';
import type { ComboLog } from './model.js';
import { shrugTargetReps } from './shrug-target.js';

function log(date: string, unit: 'kg' | 'lb', load: number, reps: number, toFailure = true): ComboLog {
  return {
    date,
    comboId: 'deadlift_elevation',
    compoundId: 'barbell_deadlift',
    shrugId: 'barbell_shrug',
    unit,
    compound: { load, reps: 8, rir: 2 },
    shrug: { load, reps, toFailure },
    secondsBetween: 0,
  };
}

describe('shrugTargetReps', () => {
  it('asks for one rep more than today at the same load', () => {
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 14), 100, 'kg')).toBe(15);
  });

  it('returns null at a load never shrugged before', () => {
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 14), 102.5, 'kg', [log('2025-03-03', 'kg', 97.5, 16)])).toBeNull();
  });

  it('finds a mark logged in the other unit: 225 lb is 102.06 kg', () => {
    const lb225 = 225 * 0.45359237;
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 14), lb225, 'kg', [log('2025-03-03', 'lb', 225, 11)])).toBe(12);
  });

  it('ignores rounds logged after the one being progressed', () => {
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 14), 102.5, 'kg', [log('2025-03-17', 'kg', 102.5, 12)])).toBeNull();
  });

  it('sets no mark from a shrug stopped short of failure, today or before', () => {
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 9, false), 100, 'kg')).toBeNull();
    const toFailure = log('2025-03-03', 'kg', 100, 14);
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 9, false), 100, 'kg', [toFailure])).toBe(15);
  });

  it('passes over a short round on the same day as one taken to failure', () => {
    const short = log('2025-03-10', 'kg', 100, 18, false);
    expect(shrugTargetReps(log('2025-03-10', 'kg', 100, 12), 100, 'kg', [short])).toBe(13);
  });
});
