import { describe, expect, it } from 'vitest';
import { landmineView } from './landmine-view.js';

const bands = [{ tension: 5 }, { tension: 15 }];

describe('landmineView', () => {
  it('draws the suggested band when none is chosen, and the plates alone beside it', () => {
    const v = landmineView({ unit: 'kg', load: 20, bands, anchor: 'under_knee' });
    expect(v.band?.tension).toBe(v.suggestion.band?.tension);
    expect(v.bare.lockout.band).toBe(0);
    expect(v.curve.lockout.band).toBeGreaterThan(0);
    expect(v.bandShareAtLockout).toBeCloseTo(v.curve.lockout.band / v.curve.lockout.combined);
  });

  it('draws no band when the lifter picks none, whatever is suggested', () => {
    const v = landmineView({ unit: 'kg', load: 20, bands, anchor: 'under_knee', band: null });
    expect(v.band).toBeNull();
    expect(v.curve.flatness).toBe(v.bare.flatness);
    expect(v.bandShareAtLockout).toBe(0);
    expect(v.suggestion.band).not.toBeNull();
  });
});
