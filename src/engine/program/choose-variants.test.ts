import { describe, expect, it } from 'vitest';
import type { Inventory } from '../model.js';
import { EQUIPMENT_IDS } from '../types.js';
import type { EquipmentId } from '../types.js';
import { chooseVariants } from './choose-variants.js';

const inv = (has: readonly EquipmentId[]): Inventory => ({ unit: 'kg', has: [...has], barWeight: 20, plates: [], dumbbells: [], machineSteps: [], bands: [] });
const without = (...ids: EquipmentId[]) => inv(EQUIPMENT_IDS.filter((e) => !ids.includes(e)));
const picks = (i: Inventory) => chooseVariants(i).chosen.map((c) => `${c.combo.id}:${c.compoundId}`);

describe('chooseVariants', () => {
  it('takes the preferred variant of each movement in a full gym, retraction by combo 1', () => {
    const { chosen, omitted } = chooseVariants(inv(EQUIPMENT_IDS));
    expect(picks(inv(EQUIPMENT_IDS))).toEqual([
      'incline_row_retraction:incline_db_row',
      'floor_press_protraction:barbell_floor_press',
      'deadlift_elevation:barbell_deadlift',
      'dip_depression:weighted_dip',
      'pulldown_downward_rotation:lat_pulldown',
      'landmine_press_upward_rotation:half_kneeling_landmine_press',
    ]);
    expect(omitted).toEqual([]);
    expect(chosen.every((c) => c.note === '')).toBe(true);
  });

  it('switches to pull-ups without a pulldown machine and says how to scale them', () => {
    const { chosen } = chooseVariants(without('lat_pulldown'));
    const pull = chosen.find((c) => c.combo.id === 'pulldown_downward_rotation')!;
    expect(pull.compoundId).toBe('pull_up');
    expect(pull.note).toMatch(/^No lat-pulldown machine, so pull-up/);
    expect(pull.note).toContain('band');
  });

  it('uses the one-arm row (combo 2) when there is no bench', () => {
    expect(picks(without('adjustable_bench'))[0]).toBe('one_arm_row_retraction:one_arm_db_row');
    // Rowed one arm at a time with the other hand supported, so the lower back is not what ends the set.
    const row = chooseVariants(without('adjustable_bench')).chosen.find((c) => c.combo.movement === 'retraction')!;
    expect(row.note).toMatch(/other hand on a bench or your knee.*lower back/);
  });

  it('falls back to the one-arm landmine row when there are no dumbbells', () => {
    const { chosen, omitted } = chooseVariants(without('dumbbells'));
    const row = chosen.find((c) => c.combo.movement === 'retraction')!;
    expect(`${row.combo.id}:${row.compoundId}`).toBe('one_arm_row_retraction:landmine_row');
    expect(row.note).toMatch(/^No dumbbells, so one-arm landmine row instead: prop your other hand on your thigh.*lower back/);
    expect(omitted).toEqual([]);
  });

  it("checks the shrug's equipment too: no landmine and no dumbbells leaves retraction out", () => {
    const { chosen, omitted } = chooseVariants(inv(EQUIPMENT_IDS.filter((e) => e !== 'dumbbells' && e !== 'landmine')));
    expect(chosen.map((c) => c.combo.movement)).not.toContain('retraction');
    expect(omitted[0]!.reason).toMatch(/^no dumbbells or landmine: retraction is left out/);
  });

  it('leaves out depression without a dip station, saying what brings it back', () => {
    const { chosen, omitted } = chooseVariants(without('dip_station'));
    expect(chosen.map((c) => c.combo.movement)).not.toContain('depression');
    expect(omitted).toEqual([{ movement: 'depression', reason: 'no dip station: depression is left out; a dip station or parallel bars bring it back' }]);
  });

  it('never plans a floor press without safety catches', () => {
    const { chosen, omitted } = chooseVariants(without('rack_with_catches'));
    expect(chosen.map((c) => c.compoundId)).not.toContain('barbell_floor_press');
    expect(omitted).toHaveLength(1);
    expect(omitted[0]!.movement).toBe('protraction');
    expect(omitted[0]!.reason).toMatch(/^no power rack with safety catches: protraction is left out, since .*pin you/);
  });

  it('names every missing item when a movement has no variant at all', () => {
    const { omitted } = chooseVariants(without('lat_pulldown', 'pullup_bar'));
    expect(omitted[0]!.reason).toMatch(/^no lat-pulldown machine or pull-up bar: downward rotation is left out/);
  });

  it('covers nothing but says why for an empty gym', () => {
    const { chosen, omitted } = chooseVariants(inv([]));
    expect(chosen).toEqual([]);
    expect(omitted.map((o) => o.movement)).toEqual(['retraction', 'protraction', 'elevation', 'depression', 'downward_rotation', 'upward_rotation']);
  });
});
