import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commercialGym, homeGym } from '../inventory-presets.js';
import type { Inventory } from '../model.js';
import { EQUIPMENT_IDS, type Loading, type Unit } from '../types.js';
import { convert } from '../units.js';
import { nextLoadDown, nextLoadUp, roundLoad, type Breakdown, type Buildable, type RoundMode } from './round.js';

const kgGym = commercialGym('kg');
const lbGym = commercialGym('lb');
const LOADINGS: Loading[] = ['barbell', 'landmine', 'dumbbell', 'machine', 'bodyweight'];
const MODES: RoundMode[] = ['nearest', 'down', 'up'];
const other = (u: Unit): Unit => (u === 'kg' ? 'lb' : 'kg');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The load a breakdown puts on the lifter, in the inventory's unit. */
function resum(b: Breakdown): number {
  switch (b.kind) {
    case 'barbell':
      return b.bar + 2 * sum(b.perSide);
    case 'landmine':
      return sum(b.plates);
    case 'dumbbell':
      return b.each;
    case 'machine':
      return b.step;
    case 'bodyweight':
      return sum(b.belt) - (b.band ?? 0);
  }
}

describe('roundLoad: barbell', () => {
  it('rounds 61.3 kg down to 60 kg: 20 kg bar + 20 kg a side', () => {
    expect(roundLoad(61.3, 'kg', 'barbell', kgGym, 'down')).toEqual({
      load: 60,
      unit: 'kg',
      breakdown: { kind: 'barbell', unit: 'kg', bar: 20, perSide: [20] },
    });
  });

  it('rounds 61.3 kg to the nearer 62.5 kg: 20 + 1.25 a side (1.2 kg away against 1.3)', () => {
    expect(roundLoad(61.3, 'kg', 'barbell', kgGym)?.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [20, 1.25] });
  });

  it('sends a tie down: 61.25 kg sits halfway between 60 and 62.5 and becomes 60', () => {
    expect(roundLoad(61.25, 'kg', 'barbell', kgGym)?.load).toBe(60);
    expect(roundLoad(137.5, 'lb', 'barbell', lbGym)?.load).toBe(135);
  });

  it('builds 100 kg with the fewest plates, larger first: 25 + 15 a side', () => {
    expect(roundLoad(100, 'kg', 'barbell', kgGym)?.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [25, 15] });
  });

  it('loads the empty bar but nothing below it', () => {
    expect(roundLoad(20, 'kg', 'barbell', kgGym)?.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [] });
    expect(roundLoad(15, 'kg', 'barbell', kgGym, 'down')).toBeNull();
    expect(roundLoad(15, 'kg', 'barbell', kgGym, 'up')?.load).toBe(20);
    expect(roundLoad(15, 'kg', 'barbell', kgGym, 'nearest')?.load).toBe(20);
  });

  it('stops at the plates owned: a home gym tops out at 172.5 kg (20 + 2 x 76.25)', () => {
    const home = homeGym('kg');
    expect(roundLoad(300, 'kg', 'barbell', home)?.load).toBe(172.5);
    expect(roundLoad(300, 'kg', 'barbell', home, 'up')).toBeNull();
  });

  it('counts plates in pairs: one pair of 20s makes 20 or 60 kg, never 40', () => {
    const inv: Inventory = { ...homeGym('kg'), plates: [{ weight: 20, pairs: 1 }] };
    expect(roundLoad(45, 'kg', 'barbell', inv, 'down')?.load).toBe(20);
    expect(roundLoad(45, 'kg', 'barbell', inv, 'up')?.load).toBe(60);
  });

  it('rounds 136 lb to 135 lb: 45 lb bar + a 45 a side', () => {
    expect(roundLoad(136, 'lb', 'barbell', lbGym)?.breakdown).toEqual({ kind: 'barbell', unit: 'lb', bar: 45, perSide: [45] });
  });

  it('answers a lb lifter in a kg gym in lb, with the kg plates to load', () => {
    // 220 lb = 99.79 kg; the nearest buildable is 100 kg = 220.462262185 lb.
    const r = roundLoad(220, 'lb', 'barbell', kgGym)!;
    expect(r.unit).toBe('lb');
    expect(r.load).toBeCloseTo(220.462262185, 9);
    expect(r.breakdown).toEqual({ kind: 'barbell', unit: 'kg', bar: 20, perSide: [25, 15] });
  });

  it('rejects a target that is not a number', () => {
    expect(() => roundLoad(Number.NaN, 'kg', 'barbell', kgGym)).toThrow(RangeError);
  });
});

describe('roundLoad: other loadings', () => {
  it('puts plates on one landmine sleeve: 30 kg is 25 + 5, and 0 is the empty bar end', () => {
    expect(roundLoad(30, 'kg', 'landmine', kgGym)?.breakdown).toEqual({ kind: 'landmine', unit: 'kg', plates: [25, 5] });
    expect(roundLoad(0, 'kg', 'landmine', kgGym)).toEqual({ load: 0, unit: 'kg', breakdown: { kind: 'landmine', unit: 'kg', plates: [] } });
  });

  it('uses both plates of a pair on the landmine sleeve: one pair of 20s gives 40 kg', () => {
    const inv: Inventory = { ...homeGym('kg'), plates: [{ weight: 20, pairs: 1 }] };
    expect(roundLoad(40, 'kg', 'landmine', inv)?.load).toBe(40);
  });

  it('picks a fixed dumbbell: 23 kg is 22.5 nearest, 25 up', () => {
    expect(roundLoad(23, 'kg', 'dumbbell', kgGym)?.breakdown).toEqual({ kind: 'dumbbell', unit: 'kg', each: 22.5 });
    expect(roundLoad(23, 'kg', 'dumbbell', kgGym, 'up')?.load).toBe(25);
  });

  it('returns null when there are no dumbbells, or none light enough going down', () => {
    expect(roundLoad(20, 'kg', 'dumbbell', { ...kgGym, dumbbells: [] })).toBeNull();
    expect(roundLoad(1, 'kg', 'dumbbell', kgGym, 'down')).toBeNull();
  });

  it('picks a stack step: 125 lb is a tie between 120 and 130 and goes down', () => {
    expect(roundLoad(125, 'lb', 'machine', lbGym)?.breakdown).toEqual({ kind: 'machine', unit: 'lb', step: 120 });
    expect(roundLoad(50, 'kg', 'machine', { ...kgGym, machineSteps: [] })).toBeNull();
  });

  it('treats 0 as bodyweight alone', () => {
    expect(roundLoad(0, 'kg', 'bodyweight', kgGym)).toEqual({ load: 0, unit: 'kg', breakdown: { kind: 'bodyweight', unit: 'kg', belt: [], band: null } });
  });

  it('adds belt plates for a positive target: +7 kg becomes +7.5 kg (5 + 2.5)', () => {
    expect(roundLoad(7, 'kg', 'bodyweight', kgGym)).toEqual({ load: 7.5, unit: 'kg', breakdown: { kind: 'bodyweight', unit: 'kg', belt: [5, 2.5], band: null } });
  });

  it('takes bodyweight off with a band for a negative target: -18 kg is the 20 kg band', () => {
    expect(roundLoad(-18, 'kg', 'bodyweight', kgGym)).toEqual({ load: -20, unit: 'kg', breakdown: { kind: 'bodyweight', unit: 'kg', belt: [], band: 20 } });
    // -25 is halfway between the 20 and 30 kg bands; the tie goes to the lighter load, more help.
    expect(roundLoad(-25, 'kg', 'bodyweight', kgGym)?.load).toBe(-30);
  });

  it('offers no belt load without a belt and no band help without a band', () => {
    const bare: Inventory = { ...kgGym, has: ['pullup_bar'] };
    expect(roundLoad(10, 'kg', 'bodyweight', bare)?.load).toBe(0);
    expect(roundLoad(10, 'kg', 'bodyweight', bare, 'up')).toBeNull();
    expect(roundLoad(-20, 'kg', 'bodyweight', bare, 'down')).toBeNull();
  });
});

describe('nextLoadUp / nextLoadDown', () => {
  it('steps a 60 kg barbell to 62.5 and 57.5', () => {
    expect(nextLoadUp(60, 'kg', 'barbell', kgGym)?.load).toBe(62.5);
    expect(nextLoadDown(60, 'kg', 'barbell', kgGym)?.load).toBe(57.5);
  });

  it('steps 135 lb to 140 lb (45 + 2.5 a side)', () => {
    expect(nextLoadUp(135, 'lb', 'barbell', lbGym)?.breakdown).toEqual({ kind: 'barbell', unit: 'lb', bar: 45, perSide: [45, 2.5] });
  });

  it('steps from a load between two buildable ones to the next one past it', () => {
    expect(nextLoadUp(23, 'kg', 'dumbbell', kgGym)?.load).toBe(25);
    expect(nextLoadDown(23, 'kg', 'dumbbell', kgGym)?.load).toBe(22.5);
  });

  it('returns null past either end', () => {
    expect(nextLoadDown(20, 'kg', 'barbell', kgGym)).toBeNull();
    expect(nextLoadUp(50, 'kg', 'dumbbell', kgGym)).toBeNull();
  });

  it('steps from bodyweight alone to the lightest band, or a single 1.25 kg plate on the belt', () => {
    expect(nextLoadDown(0, 'kg', 'bodyweight', kgGym)?.load).toBe(-10);
    expect(nextLoadUp(0, 'kg', 'bodyweight', kgGym)?.breakdown).toEqual({ kind: 'bodyweight', unit: 'kg', belt: [1.25], band: null });
  });

  it('steps exactly from a converted load: 100 kg asked in lb goes to 102.5 kg', () => {
    const r = nextLoadUp(convert(100, 'kg', 'lb'), 'lb', 'barbell', kgGym)!;
    expect(convert(r.load, 'lb', 'kg')).toBe(102.5);
  });
});

// Random inventories in either unit, with realistic plate and dumbbell sizes.
const inventoryArb: fc.Arbitrary<Inventory> = fc.record({
  unit: fc.constantFrom<Unit>('kg', 'lb'),
  has: fc.subarray([...EQUIPMENT_IDS]),
  barWeight: fc.constantFrom(10, 15, 20, 25, 35, 45),
  plates: fc.array(
    fc.record({ weight: fc.constantFrom(0.5, 1, 1.25, 2.5, 5, 10, 15, 20, 25, 35, 45), pairs: fc.integer({ min: 0, max: 5 }) }),
    { maxLength: 7 },
  ),
  dumbbells: fc.array(fc.constantFrom(1, 2, 2.5, 4, 5, 7.5, 10, 12.5, 15, 20, 25, 30, 40, 50), { maxLength: 12 }),
  machineSteps: fc.array(fc.integer({ min: 1, max: 60 }).map((n) => n * 5), { maxLength: 20 }),
  bands: fc.array(fc.constantFrom(5, 10, 15, 20, 25, 30, 40, 45, 65), { maxLength: 4 }),
});

function checkBuildable(r: Buildable, unit: Unit, loading: Loading, inv: Inventory): void {
  const b = r.breakdown;
  expect(b.unit).toBe(inv.unit);
  expect(r.unit).toBe(unit);
  expect(convert(resum(b), inv.unit, unit)).toBeCloseTo(r.load, 6);
  const owned = (w: number) => sum(inv.plates.filter((p) => p.weight === w).map((p) => p.pairs));
  const count = (xs: number[], w: number) => xs.filter((x) => x === w).length;
  switch (b.kind) {
    case 'barbell':
      expect(loading).toBe('barbell');
      expect(b.bar).toBe(inv.barWeight);
      for (const w of b.perSide) expect(count(b.perSide, w)).toBeLessThanOrEqual(owned(w));
      break;
    case 'landmine':
      for (const w of b.plates) expect(count(b.plates, w)).toBeLessThanOrEqual(2 * owned(w));
      break;
    case 'dumbbell':
      expect(inv.dumbbells).toContain(b.each);
      break;
    case 'machine':
      expect(inv.machineSteps).toContain(b.step);
      break;
    case 'bodyweight':
      for (const w of b.belt) expect(count(b.belt, w)).toBeLessThanOrEqual(2 * owned(w));
      if (b.belt.length > 0) expect(inv.has.includes('dip_belt') || inv.has.includes('weight_belt')).toBe(true);
      if (b.band !== null) {
        expect(inv.has).toContain('assistance_band');
        expect(inv.bands).toContain(b.band);
      }
      expect(b.belt.length > 0 && b.band !== null).toBe(false);
      break;
  }
}

describe('roundLoad properties', () => {
  const target = fc.double({ min: -100, max: 700, noNaN: true });
  const loading = fc.constantFrom(...LOADINGS);
  const mode = fc.constantFrom(...MODES);
  const unit = fc.constantFrom<Unit>('kg', 'lb');

  it('always returns a load the lifter can build from what they own', () => {
    fc.assert(
      fc.property(inventoryArb, target, unit, loading, mode, (inv, t, u, l, m) => {
        const r = roundLoad(t, u, l, inv, m);
        if (r) checkBuildable(r, u, l, inv);
      }),
      { numRuns: 400 },
    );
  });

  it("never goes above the target on 'down' nor below it on 'up', and 'nearest' is no farther than either", () => {
    fc.assert(
      fc.property(inventoryArb, target, unit, loading, (inv, t, u, l) => {
        const down = roundLoad(t, u, l, inv, 'down');
        const up = roundLoad(t, u, l, inv, 'up');
        const near = roundLoad(t, u, l, inv, 'nearest');
        if (down) expect(down.load).toBeLessThanOrEqual(t + 1e-6);
        if (up) expect(up.load).toBeGreaterThanOrEqual(t - 1e-6);
        expect(near === null).toBe(down === null && up === null);
        if (near) {
          const best = Math.min(down ? Math.abs(t - down.load) : Infinity, up ? Math.abs(up.load - t) : Infinity);
          expect(Math.abs(near.load - t)).toBeLessThanOrEqual(best + 1e-6);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is exact to the plate across units: a buildable load converted and back rounds to the same breakdown', () => {
    for (const inv of [kgGym, lbGym, homeGym('kg'), homeGym('lb')]) {
      fc.assert(
        fc.property(fc.double({ min: -60, max: 400, noNaN: true }), loading, mode, (t, l, m) => {
          const built = roundLoad(t, inv.unit, l, inv);
          if (!built) return;
          const away = other(inv.unit);
          const there = convert(built.load, inv.unit, away);
          const r = roundLoad(there, away, l, inv, m)!;
          expect(r.breakdown).toEqual(built.breakdown);
          expect(convert(r.load, away, inv.unit)).toBe(built.load);
          expect(roundLoad(convert(there, away, inv.unit), inv.unit, l, inv, m)?.breakdown).toEqual(built.breakdown);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('walks up and down the buildable loads one step at a time', () => {
    fc.assert(
      fc.property(inventoryArb, target, unit, loading, (inv, t, u, l) => {
        const up = nextLoadUp(t, u, l, inv);
        if (up) {
          expect(up.load).toBeGreaterThan(t);
          expect(nextLoadDown(up.load, u, l, inv)?.load ?? -Infinity).toBeLessThanOrEqual(t + 1e-6);
          checkBuildable(up, u, l, inv);
        }
        const down = nextLoadDown(t, u, l, inv);
        if (down) expect(down.load).toBeLessThan(t);
      }),
      { numRuns: 300 },
    );
  });
});
