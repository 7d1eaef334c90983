import { describe, expect, it } from 'vitest';
import { creditedRir, implausibilities, lastBefore } from './log-plausibility.js';
import type { ComboLog } from './model.js';

const range = { min: 8, max: 12 };

function log(date: string, load: number, over: Partial<ComboLog> = {}): ComboLog {
  return {
    date,
    comboId: 'incline_row_retraction',
    compoundId: 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit: 'kg',
    compound: { load, reps: 10, rir: 2 },
    shrug: { load, reps: 15, toFailure: true },
    secondsBetween: 0,
    ...over,
  };
}

describe('implausibilities', () => {
  it('finds nothing odd in an ordinary round', () => {
    expect(implausibilities(log('2025-03-10', 30), range, false, [log('2025-03-03', 27.5)])).toEqual([]);
  });

  it('accepts 25 reps only up to twice the top of the range', () => {
    expect(implausibilities(log('2025-03-10', 30, { compound: { load: 30, reps: 24, rir: 2 } }), range, false)).toEqual([]);
    expect(implausibilities(log('2025-03-10', 30, { compound: { load: 30, reps: 25, rir: 2 } }), range, false)).toHaveLength(1);
  });

  it('accepts a light dumbbell stepping from 5 to 7.5 kg but not 6 to 60 kg', () => {
    expect(implausibilities(log('2025-03-10', 7.5), range, false, [log('2025-03-03', 5)])).toEqual([]);
    expect(implausibilities(log('2025-03-10', 60), range, false, [log('2025-03-03', 6)])).toEqual(['60 kg is far from the 6 kg logged on 2025-03-03']);
  });

  it('compares across units: 30 kg after 66 lb (29.9 kg) is ordinary', () => {
    expect(implausibilities(log('2025-03-10', 30), range, false, [log('2025-03-03', 66, { unit: 'lb' })])).toEqual([]);
  });

  it('compares bodyweight lifts by bodyweight plus belt, so +20 kg after +5 kg at 80 kg is ordinary', () => {
    const dip = { comboId: 'dip_depression', compoundId: 'weighted_dip', bodyweight: 80 };
    expect(implausibilities(log('2025-03-10', 20, dip), range, true, [log('2025-03-03', 5, dip)])).toEqual([]);
  });
});

describe('lastBefore', () => {
  it('takes the latest earlier round of the same combo and compound, ignoring later ones and other combos', () => {
    const now = log('2025-03-10', 30);
    const want = log('2025-03-06', 30);
    const other = log('2025-03-08', 30, { comboId: 'one_arm_row_retraction', compoundId: 'one_arm_db_row' });
    expect(lastBefore(now, [log('2025-03-03', 27.5), want, other, log('2025-03-12', 32.5), now])).toBe(want);
  });
});

describe('creditedRir', () => {
  it('passes a judgeable RIR through and caps anything above 6 at 6', () => {
    expect(creditedRir(2.5)).toBe(2.5);
    expect(creditedRir(6)).toBe(6);
    expect(creditedRir(10)).toBe(6);
  });

  it('no longer flags a high RIR as implausible: progression caps it instead', () => {
    expect(implausibilities(log('2025-03-10', 30, { compound: { load: 30, reps: 12, rir: 9 } }), range, false)).toEqual([]);
  });
});
