import { describe, expect, it } from 'vitest';
import { commercialGym } from './inventory-presets.js';
import { loadFor, repsKeeping, trustedRir, type Lift } from './progression-maths.js';

describe('trustedRir', () => {
  it('takes RIR up to 3 on sets of up to 12 reps at face value', () => {
    expect(trustedRir(12, 3)).toBe(3);
  });

  it('counts RIR beyond 3 at half weight: RIR 5 acts as 4', () => {
    expect(trustedRir(10, 5)).toBe(4);
  });

  it('halves any RIR on sets past 12 reps', () => {
    expect(trustedRir(15, 2)).toBe(1);
  });
});

describe('repsKeeping', () => {
  it('says 10 reps at RIR 3 allow 11 reps with 2 left', () => {
    expect(repsKeeping(10, 3, 2)).toBe(11);
  });
});

describe('loadFor', () => {
  const lift: Lift = { unit: 'kg', loading: 'barbell', inventory: commercialGym('kg'), base: 0 };

  it('rounds the load for 8 reps with 2 left down: 133.3 kg e1RM → 100 kg exactly', () => {
    expect(loadFor(lift, 400 / 3, 8, 2)?.load).toBe(100);
  });

  it('falls back to the empty bar when even that is too heavy', () => {
    expect(loadFor(lift, 20, 8, 2)?.load).toBe(20);
  });
});
