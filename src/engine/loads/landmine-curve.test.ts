import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANDMINE_DEFAULTS, landmineCurve, type LandmineSetup } from './landmine-curve.js';

// Hand-worked geometry: bar 2 m to the plates, hand at 2 m, press from 30° to 60°.
const base: LandmineSetup = { unit: 'kg', load: 20, length: 2, hand: 2, fromDeg: 30, toDeg: 60, reach: 0 };
const SQRT3 = Math.sqrt(3);

describe('landmine alone', () => {
  it('needs 20·cos θ kg across the bar when the hand holds it at the plates', () => {
    const c = landmineCurve(base, 3);
    // 20 × cos 30° = 17.321; 20 × cos 45° = 14.142; 20 × cos 60° = 10.000
    expect(c.bottom.landmine).toBeCloseTo(17.321, 3);
    expect(c.middle.landmine).toBeCloseTo(14.142, 3);
    expect(c.lockout.landmine).toBeCloseTo(10, 3);
    // cos 30° / cos 60° = √3 = 1.732: the bottom is 73% harder than lockout
    expect(c.flatness).toBeCloseTo(1.732, 3);
    expect(c.bottom.band).toBe(0);
  });

  it('scales by the lever: a hand at 1 m holding plates at 2 m needs twice the force', () => {
    // 20 × 2/1 × cos 60° = 20.000
    expect(landmineCurve({ ...base, hand: 1 }).lockout.landmine).toBeCloseTo(20, 6);
  });

  it('adds the bar\'s own weight at its centre: 20 kg at 1.1 m counts as 11 kg of plates at 2 m', () => {
    // (20 × 2 + 20 × 1.1) × cos 60° / 2 = 62 × 0.5 / 2 = 15.5
    expect(landmineCurve({ ...base, bar: { weight: 20, centre: 1.1 } }).lockout.landmine).toBeCloseTo(15.5, 6);
  });

  it('keeps the lifter\'s unit: 45 lb gives lb-force, 45 × cos 60° = 22.5', () => {
    const c = landmineCurve({ ...base, unit: 'lb', load: 45 });
    expect(c.unit).toBe('lb');
    expect(c.lockout.landmine).toBeCloseTo(22.5, 6);
  });

  it('samples evenly in angle: 5 points from 30° to 60° are 7.5° apart', () => {
    expect(landmineCurve(base, 5).points.map((p) => p.angleDeg)).toEqual([30, 37.5, 45, 52.5, 60]);
  });
});

describe('band', () => {
  // Anchored on the floor at √3 m, right under the bar end at the bottom: (2 cos 30°, 2 sin 30°) = (√3, 1).
  // Linear band, rest 0.5 m, 10 kg at 1 m of stretch (10 kg per metre).
  const banded: LandmineSetup = { ...base, band: { tension: 10, restLength: 0.5, atStretch: 1, anchor: 'under_knee', anchorX: SQRT3 } };

  it('matches Pythagoras at the bottom, middle and lockout', () => {
    const c = landmineCurve(banded, 3);
    // Bottom: band vertical, length 1, stretch 0.5, tension 5; lever = √3;
    // moment 5√3 = 8.660, at the hand 8.660 / 2 = 4.330.
    expect(c.bottom.bandStretch).toBeCloseTo(0.5, 6);
    expect(c.bottom.band).toBeCloseTo(4.33, 3);
    // Middle, 45°: bar end (√2, √2); length² = (√3 − √2)² + 2 = 7 − 2√6, length = √6 − 1 = 1.4495;
    // stretch 0.9495, tension 9.495; lever = √3·√2 / 1.4495 = 1.6899; moment 16.045, at the hand 8.023.
    expect(c.middle.bandStretch).toBeCloseTo(Math.sqrt(6) - 1.5, 6);
    expect(c.middle.band).toBeCloseTo(8.023, 3);
    // Lockout, 60°: bar end (1, √3); length² = (√3 − 1)² + 3 = 7 − 2√3 = 3.5359, length 1.8804;
    // stretch 1.3804, tension 13.804; lever = √3·√3 / 1.8804 = 1.5954; moment 22.023, at the hand 11.011.
    expect(c.lockout.bandStretch).toBeCloseTo(1.3804, 4);
    expect(c.lockout.band).toBeCloseTo(11.011, 3);
    // Combined: 17.321 + 4.330 = 21.651 at the bottom, 10 + 11.011 = 21.011 at lockout.
    expect(c.bottom.combined).toBeCloseTo(21.651, 3);
    expect(c.lockout.combined).toBeCloseTo(21.011, 3);
    // Nearly flat: no point of the press is more than 6% harder than the easiest (1.732 without the band).
    expect(c.flatness).toBeGreaterThan(1.05);
    expect(c.flatness).toBeLessThan(1.06);
  });

  it('pulls nothing while slack: rest 2 m is never reached (longest path 1.88 m)', () => {
    const c = landmineCurve({ ...banded, band: { ...banded.band!, restLength: 2 } });
    expect(c.points.every((p) => p.band === 0 && p.bandStretch === 0)).toBe(true);
  });

  it('only squeezes the bar when anchored at the pivot itself: its line passes through the pivot', () => {
    const c = landmineCurve({ ...banded, band: { ...banded.band!, anchorX: 0 } });
    expect(c.lockout.bandStretch).toBeGreaterThan(1);
    expect(c.points.every((p) => p.band === 0)).toBe(true);
  });

  it('keeps loading past lockout into the shrug\'s reach', () => {
    // 0.1 m of reach at a 2 m hand is 0.05 rad = 2.86° more, to 62.86°.
    const c = landmineCurve({ ...banded, reach: 0.1 });
    expect(c.shrugTop.angleDeg).toBeCloseTo(62.865, 3);
    expect(c.shrugTop.band).toBeGreaterThan(c.lockout.band);
  });
});

describe('defaults and refusals', () => {
  const setup: LandmineSetup = { unit: 'kg', load: 20, ...LANDMINE_DEFAULTS };

  it('puts the knee anchor 0.2 m behind the hand at the bottom, so that band is nearly slack there', () => {
    // Hand at 1.8 cos 35° = 1.474 m, knee at 1.674 m; sleeve at (1.556, 1.090):
    // length √(0.118² + 1.090²) = 1.096, stretch 1.096 − 1.04 = 0.056.
    const c = landmineCurve({ ...setup, band: { tension: 15, restLength: 1.04, atStretch: 1.04, anchor: 'under_knee' } });
    expect(c.bottom.bandStretch).toBeCloseTo(0.056, 3);
  });

  it('refuses a press that reaches vertical, where the landmine weighs nothing', () => {
    expect(() => landmineCurve({ ...setup, toDeg: 90 })).toThrow(RangeError);
    expect(() => landmineCurve({ ...setup, toDeg: 88, reach: 0.2 })).toThrow(/short of vertical/);
    expect(() => landmineCurve({ ...setup, fromDeg: 60, toDeg: 40 })).toThrow(RangeError);
    expect(() => landmineCurve({ ...setup, load: 0 })).toThrow(/some weight/);
  });
});

describe('properties', () => {
  const geometry = fc.record({
    load: fc.double({ min: 1, max: 200, noNaN: true }),
    length: fc.double({ min: 1, max: 2.2, noNaN: true }),
    handFraction: fc.double({ min: 0.6, max: 1, noNaN: true }),
    fromDeg: fc.double({ min: 10, max: 50, noNaN: true }),
    span: fc.double({ min: 5, max: 30, noNaN: true }),
  });
  const setupOf = (g: { load: number; length: number; handFraction: number; fromDeg: number; span: number }): LandmineSetup => ({
    unit: 'kg',
    load: g.load,
    length: g.length,
    hand: g.length * g.handFraction,
    fromDeg: g.fromDeg,
    toDeg: g.fromDeg + g.span,
    reach: 0,
  });

  it('the landmine alone gets strictly easier as the bar rises', () => {
    fc.assert(
      fc.property(geometry, (g) => {
        const ps = landmineCurve(setupOf(g), 11).points;
        return ps.every((p, i) => i === 0 || p.landmine < ps[i - 1]!.landmine);
      }),
    );
  });

  // A half-kneeling press: the bar end starts at shoulder height, so at 25° or more.
  const press = fc.record({
    load: fc.double({ min: 1, max: 200, noNaN: true }),
    length: fc.double({ min: 1.5, max: 2.2, noNaN: true }),
    handFraction: fc.double({ min: 0.8, max: 1, noNaN: true }),
    fromDeg: fc.double({ min: 25, max: 45, noNaN: true }),
    span: fc.double({ min: 10, max: 30, noNaN: true }),
  });

  it('a taut band anchored under the knee or the landmine adds more at lockout than at the bottom', () => {
    fc.assert(
      fc.property(press, fc.double({ min: 1, max: 50, noNaN: true }), fc.constantFrom('under_knee' as const, 'under_landmine' as const), (g, tension, anchor) => {
        const c = landmineCurve({ ...setupOf(g), band: { tension, restLength: 0.1, atStretch: 1, anchor } });
        return c.lockout.band > c.bottom.band;
      }),
    );
  });

  it('the band\'s force at the hand is its tension times how fast it lengthens per metre of hand travel (virtual work)', () => {
    fc.assert(
      fc.property(geometry, fc.double({ min: 0.3, max: 1.5, noNaN: true }), (g, anchorX) => {
        const s: LandmineSetup = { ...setupOf(g), band: { tension: 10, restLength: 0.1, atStretch: 1, anchor: 'under_landmine', anchorX } };
        const h = 1e-4;
        const mid = landmineCurve({ ...s, fromDeg: s.fromDeg, toDeg: s.fromDeg + h }, 2);
        const dLength = mid.points[1]!.bandStretch - mid.points[0]!.bandStretch;
        const dArc = s.hand * ((h * Math.PI) / 180);
        const tension = 10 * mid.points[0]!.bandStretch;
        return Math.abs(mid.points[0]!.band - (tension * dLength) / dArc) < 1e-3 * Math.max(1, mid.points[0]!.band);
      }),
    );
  });
});
