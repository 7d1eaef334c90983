import { describe, expect, it } from 'vitest';
import { bandSpec, suggestBand } from './landmine-band.js';
import type { LandmineSetup } from './landmine-curve.js';

// The hand-worked press of landmine-curve.test.ts: 20 kg, bar and hand at 2 m,
// 30° to 60°, bands anchored at √3 m (under the bar end at the bottom), rest
// 0.5 m, listed at 1 m of stretch. Per kg of listed tension a band adds 0.4330
// at the bottom and 1.1011 at lockout; the plates need 17.321 and 10.
const setup: Omit<LandmineSetup, 'band'> = { unit: 'kg', load: 20, length: 2, hand: 2, fromDeg: 30, toDeg: 60, reach: 0 };
const place = { anchor: 'under_knee' as const, anchorX: Math.sqrt(3) };
const band = (tension: number) => ({ tension, restLength: 0.5, atStretch: 1 });

describe('suggestBand', () => {
  it('picks the band that evens the press out most: 10 kg of 5, 10 and 20', () => {
    // 5 kg: 19.49 at the bottom, 15.51 at lockout (1.26×); 20 kg: 25.98 and 32.02 (1.23×);
    // 10 kg: 21.65 and 21.01, within 6% all the way (1.06×).
    const s = suggestBand([band(5), band(10), band(20)], setup, place);
    expect(s.index).toBe(1);
    expect(s.curve.flatness).toBeCloseTo(1.056, 3);
    expect(s.reason).toBe('The 10 kg band evens the press out most: the hardest point is 1.06× the easiest, against 1.73× without a band.');
  });

  it('for the top, picks the band that adds most there: 20 kg adds 20 × 1.1011 = 22.02 kg', () => {
    const s = suggestBand([band(5), band(20), band(10)], setup, place, 'top');
    expect(s.index).toBe(1);
    expect(s.curve.shrugTop.band).toBeCloseTo(22.023, 3);
    expect(s.reason).toBe("The 20 kg band loads the top most: it adds 22.02 kg at the top of the shrug's reach.");
  });

  it('suggests no band when every band makes the press less even', () => {
    // 200 kg: 17.32 + 86.60 = 103.92 at the bottom, 10 + 220.23 = 230.23 at lockout, 2.2× against 1.73× bare.
    const s = suggestBand([band(200)], setup, place);
    expect(s.band).toBeNull();
    expect(s.reason).toMatch(/^None of your bands evens the press out/);
  });

  it('suggests none when the lifter lists no bands', () => {
    expect(suggestBand([], setup, place).band).toBeNull();
  });

  it('fills a band\'s missing lengths with a 104 cm loop listed at double its length', () => {
    expect(bandSpec({ tension: 15 })).toEqual({ tension: 15, restLength: 1.04, atStretch: 1.04 });
  });
});
