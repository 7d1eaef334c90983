import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commercialGym, homeGym, inventoryInUnit } from './inventory-presets.js';
import { nextLoadUp, roundLoad } from './loads/round.js';
import { EQUIPMENT_IDS } from './types.js';

describe('inventory presets', () => {
  it('stocks a kg commercial gym with a 20 kg bar, 1.25-25 kg plates and every item', () => {
    const g = commercialGym('kg');
    expect(g.unit).toBe('kg');
    expect(g.barWeight).toBe(20);
    expect(g.plates.map((p) => p.weight)).toEqual([25, 20, 15, 10, 5, 2.5, 1.25]);
    expect(g.dumbbells[0]).toBe(2.5);
    expect(g.dumbbells.at(-1)).toBe(50);
    expect(g.dumbbells).toHaveLength(20);
    expect(g.machineSteps).toEqual(Array.from({ length: 24 }, (_, i) => 5 * (i + 1)));
    expect([...g.has].sort()).toEqual([...EQUIPMENT_IDS].sort());
  });

  it('stocks a lb commercial gym with a 45 lb bar, 2.5-45 lb plates, 5-120 lb dumbbells and a 10-300 lb stack', () => {
    const g = commercialGym('lb');
    expect(g.barWeight).toBe(45);
    expect(g.plates.map((p) => p.weight)).toEqual([45, 35, 25, 10, 5, 2.5]);
    expect(g.dumbbells).toEqual(Array.from({ length: 24 }, (_, i) => 5 * (i + 1)));
    expect(g.machineSteps).toEqual(Array.from({ length: 30 }, (_, i) => 10 * (i + 1)));
  });

  it('loads a commercial barbell in 2.5 kg or 5 lb steps', () => {
    expect(nextLoadUp(100, 'kg', 'barbell', commercialGym('kg'))?.load).toBe(102.5);
    expect(nextLoadUp(225, 'lb', 'barbell', commercialGym('lb'))?.load).toBe(230);
  });

  it('equips a home gym without lat pulldown, dip station or landmine, but with pull-up bar, bands and dip belt', () => {
    for (const unit of ['kg', 'lb'] as const) {
      const g = homeGym(unit);
      for (const missing of ['lat_pulldown', 'dip_station', 'landmine'] as const) expect(g.has).not.toContain(missing);
      for (const present of ['barbell', 'adjustable_bench', 'dumbbells', 'rack_with_catches', 'pullup_bar', 'assistance_band', 'dip_belt'] as const) {
        expect(g.has).toContain(present);
      }
      expect(g.machineSteps).toEqual([]);
      expect(g.bands.length).toBeGreaterThan(0);
    }
  });

  it('gives a home gym fewer plates than a commercial one: the kg bar tops out at 172.5 kg', () => {
    expect(roundLoad(1000, 'kg', 'barbell', homeGym('kg'))?.load).toBe(172.5);
    expect(roundLoad(1000, 'kg', 'barbell', commercialGym('kg'))?.load).toBe(650);
  });

  it('returns a fresh inventory on every call, so one lifter editing theirs does not touch another', () => {
    const a = homeGym('kg');
    a.plates.push({ weight: 50, pairs: 1 });
    a.has.push('landmine');
    expect(homeGym('kg').plates).toHaveLength(5);
    expect(homeGym('kg').has).not.toContain('landmine');
  });
});

describe('inventoryInUnit: the equipment follows a switch of unit', () => {
  it('converts the same plates, bar and dumbbells into the new unit, keeping the equipment kinds', () => {
    const kg = homeGym('kg');
    const lb = inventoryInUnit(kg, 'lb', 'convert');
    expect(lb.unit).toBe('lb');
    expect(lb.has).toEqual(kg.has);
    expect(lb.barWeight).toBe(44.09);
    expect(lb.plates.map((p) => p.pairs)).toEqual(kg.plates.map((p) => p.pairs));
  });

  it('swaps in the standard set of the new unit, keeping what kinds of equipment there are', () => {
    const kg = { ...commercialGym('kg'), has: commercialGym('kg').has.filter((h) => h !== 'dip_station') };
    const lb = inventoryInUnit(kg, 'lb', 'standard');
    expect(lb).toMatchObject({ unit: 'lb', barWeight: 45 });
    expect(lb.has).not.toContain('dip_station');
    expect(lb.plates).toEqual(commercialGym('lb').plates);
  });

  it('leaves an inventory already in the unit as it is', () => {
    const kg = commercialGym('kg');
    expect(inventoryInUnit(kg, 'kg', 'standard')).toBe(kg);
  });

  it('a converted inventory weighs the same: there and back comes home within a hundredth', () => {
    fc.assert(
      fc.property(fc.constantFrom(commercialGym('kg'), homeGym('kg'), commercialGym('lb'), homeGym('lb')), (inv) => {
        const other = inv.unit === 'kg' ? 'lb' : 'kg';
        const back = inventoryInUnit(inventoryInUnit(inv, other, 'convert'), inv.unit, 'convert');
        expect(back.barWeight).toBeCloseTo(inv.barWeight, 1);
        back.plates.forEach((p, i) => expect(p.weight).toBeCloseTo(inv.plates[i]!.weight, 1));
        back.dumbbells.forEach((d, i) => expect(d).toBeCloseTo(inv.dumbbells[i]!, 1));
      }),
    );
  });
});

describe('resistance bands across a change of unit', () => {
  it('keeps the lifter\'s own bands, weighed in the new unit: 15 kg reads 33.07 lb', () => {
    const kg = { ...homeGym('kg'), resistanceBands: [{ tension: 15, restLength: 1.04 }] };
    for (const how of ['convert', 'standard'] as const) {
      expect(inventoryInUnit(kg, 'lb', how).resistanceBands).toEqual([{ tension: 33.07, restLength: 1.04 }]);
    }
    expect(inventoryInUnit(homeGym('kg'), 'lb').resistanceBands).toBeUndefined();
  });
});
