// @vitest-environment happy-dom
// The lifter's RIR calls on Progress: the estimate with its uncertainty, how
// loads read the calls, the trend, and the calls it rests on.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComboLog } from '../../../../src/engine/model.js';
import { RirCalls } from './rir-calls.js';

afterEach(cleanup);

const round = (date: string, calibration?: { repsAtCall: number; repsToFailure: number }): ComboLog => ({
  date,
  comboId: 'deadlift_elevation',
  compoundId: 'barbell_deadlift',
  shrugId: 'barbell_shrug',
  unit: 'kg',
  compound: calibration ? { load: 140, reps: calibration.repsToFailure, rir: 0, calibration: { calledRir: 2, ...calibration } } : { load: 140, reps: 8, rir: 2 },
  shrug: { load: 140, reps: 12, toFailure: true },
  secondsBetween: 3,
});

describe('RIR calls on Progress', () => {
  it('says how to get an estimate before any calibration set', () => {
    render(<RirCalls logs={[round('2026-11-02')]} />);
    expect(screen.getByText(/^No calibration sets yet\./)).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('gives the estimate with its uncertainty, how loads read calls, and each call, latest first', () => {
    // Two calls with 4 left where 2 were called: shrunk towards 0 while few.
    render(<RirCalls logs={[round('2026-11-02', { repsAtCall: 8, repsToFailure: 12 }), round('2026-11-09'), round('2026-11-16', { repsAtCall: 9, repsToFailure: 13 })]} />);
    expect(screen.getByText(/^You call 2 in reserve when you have about 3 \(±1\)\.$/)).toBeTruthy();
    expect(screen.getByText(/From 2 calibration sets, pulled towards “as you say” while they are few\. Your loads read each call as about 1\.2 reps more left than you say\. A trend shows from 4 calibration sets\./)).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2026-11-16 · Deadlift + shrug: called 2 left at 9 reps, failure at 13, so 4 were left',
      '2026-11-02 · Deadlift + shrug: called 2 left at 8 reps, failure at 12, so 4 were left',
    ]);
  });
});
