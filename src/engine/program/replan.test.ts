import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCombo } from '../catalog/index.js';
import { commercialGym, homeGym } from '../inventory-presets.js';
import type { ProgramInput, WeekPlan } from '../model.js';
import { missing } from './choose-variants.js';
import { generatePlan } from './generate.js';
import { replan } from './replan.js';

const base: ProgramInput = { split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory: commercialGym('kg'), experience: 'intermediate' };
const combos = (p: WeekPlan) => p.days.flatMap((d) => d.combos.map((c) => `${d.weekday}:${c.comboId}:${c.compoundId}`)).sort();

describe('replan: a week rebuilt after the profile changed', () => {
  it('changes nothing, and says so, when nothing changed', () => {
    const current = generatePlan(base);
    const r = replan(current, base);
    expect(r.changes).toEqual([]);
    expect(combos(r.plan)).toEqual(combos(current));
  });

  it('says which combos leave for want of equipment, and every combo left is doable', () => {
    const current = generatePlan(base);
    const inventory = { ...commercialGym('kg'), has: commercialGym('kg').has.filter((h) => !['dip_station', 'landmine', 'lat_pulldown'].includes(h)) };
    const r = replan(current, { ...base, inventory });
    expect(r.changes.some((c) => /leaves: no .*dip station/.test(c))).toBe(true);
    for (const d of r.plan.days) for (const c of d.combos) expect(missing(findCombo(c.comboId)!, c.compoundId, inventory)).toEqual([]);
    const compounds = r.plan.days.flatMap((d) => d.combos.map((c) => c.compoundId));
    expect(compounds.filter((id) => /weighted_dip|landmine|lat_pulldown/.test(id))).toEqual([]);
  });

  it('keeps a combo the lifter moved, and their rounds and rest, while that day still trains', () => {
    const current = generatePlan(base);
    const from = current.days.find((d) => d.combos.length > 0)!;
    const moved = from.combos[0]!;
    const to = current.days.find((d) => d.weekday !== from.weekday)!;
    const edited: WeekPlan = {
      ...current,
      days: current.days.map((d) =>
        d.weekday === from.weekday ? { ...d, combos: d.combos.slice(1) } : d.weekday === to.weekday ? { ...d, combos: [...d.combos, { ...moved, rounds: 4, restSeconds: 240, after: null }] } : d,
      ),
    };
    const r = replan(edited, { ...base, experience: 'advanced' });
    const kept = r.plan.days.find((d) => d.weekday === to.weekday)!.combos.find((c) => c.comboId === moved.comboId);
    expect(kept).toMatchObject({ rounds: 4, restSeconds: 240 });
  });

  it("with the old profile known, a week the lifter never edited becomes exactly the new profile's week", () => {
    const next: ProgramInput = { ...base, split: 'full_body', days: ['mon', 'wed', 'fri'] };
    const r = replan(generatePlan(base), next, base);
    expect(combos(r.plan)).toEqual(combos(generatePlan(next)));
  });

  it('names new training days and days dropped, and every combo of the week is placed once', () => {
    fc.assert(
      fc.property(fc.constantFrom<ProgramInput['days']>(['mon', 'wed', 'fri'], ['tue', 'thu', 'sat'], ['mon', 'thu']), fc.constantFrom(commercialGym('kg'), homeGym('kg')), (days, inventory) => {
        const current = generatePlan(base);
        const r = replan(current, { ...base, split: 'full_body', days, inventory });
        expect(r.plan.days.map((d) => d.weekday)).toEqual(days);
        const ids = r.plan.days.flatMap((d) => d.combos.map((c) => c.comboId));
        expect(new Set(ids).size).toBe(ids.length);
        for (const w of ['mon', 'tue', 'thu', 'fri'] as const) if (!days.includes(w)) expect(r.changes.some((c) => c.includes('no longer a training day'))).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
