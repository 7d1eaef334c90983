import { describe, expect, it } from 'vitest';
import type { PlanEdit } from '../../api/types.js';
import { afterFor, coverage, moveCombo, moveTargets, sameEdit, swapVariant } from './plan-edit.js';

const edit: PlanEdit = {
  baseId: '00000000-0000-4000-8000-000000000001',
  days: [
    {
      weekday: 'mon',
      label: 'Upper A',
      compounds: [{ exerciseId: 'bench_press' }, { exerciseId: 'barbell_row' }],
      combos: [{ comboId: 'pulldown_downward_rotation', compoundId: 'lat_pulldown', rounds: 2, restSeconds: 120, after: null }],
    },
    { weekday: 'tue', label: 'Lower A', compounds: [{ exerciseId: 'romanian_deadlift' }], combos: [{ comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', rounds: 1, restSeconds: 240, after: 'romanian_deadlift' }] },
    { weekday: 'thu', label: 'Upper B', compounds: [{ exerciseId: 'chin_up' }], combos: [] },
    { weekday: 'fri', label: 'Press', compounds: [{ exerciseId: 'bench_press' }], combos: [] },
  ],
};

describe('editing the week plan', () => {
  it('swaps a combo to another of its variants and keeps everything else', () => {
    const next = swapVariant(edit, 'mon', 'pulldown_downward_rotation', 'pull_up');
    expect(next.days[0]!.combos[0]).toMatchObject({ compoundId: 'pull_up', rounds: 2, restSeconds: 120 });
    expect(next.days[1]).toBe(edit.days[1]);
    expect(sameEdit(next, edit)).toBe(false);
  });

  it('moves a combo after the lift on the new day that matches its pattern', () => {
    expect(afterFor(edit.days[2]!, 'pulldown_downward_rotation')).toBe('chin_up');
    const moved = moveCombo(edit, 'mon', 'pulldown_downward_rotation', 'thu');
    expect(moved.days[0]!.combos).toEqual([]);
    expect(moved.days[2]!.combos[0]).toMatchObject({ comboId: 'pulldown_downward_rotation', after: 'chin_up', rounds: 2 });
  });

  it('puts a moved combo on its own when no lift that day fits it', () => {
    const moved = moveCombo(edit, 'tue', 'deadlift_elevation', 'fri');
    expect(moved.days[3]!.combos[0]).toMatchObject({ comboId: 'deadlift_elevation', after: null });
  });

  it('never puts a combo twice on one day', () => {
    const twice = moveCombo(edit, 'mon', 'pulldown_downward_rotation', 'thu');
    expect(moveTargets(twice, 'thu', 'pulldown_downward_rotation')).toEqual(['mon', 'tue', 'fri']);
    const withBoth = { ...edit, days: edit.days.map((d) => (d.weekday === 'tue' ? { ...d, combos: [...d.combos, edit.days[0]!.combos[0]!] } : d)) };
    expect(moveTargets(withBoth, 'mon', 'pulldown_downward_rotation')).toEqual(['thu', 'fri']);
    expect(moveCombo(withBoth, 'mon', 'pulldown_downward_rotation', 'tue')).toBe(withBoth);
  });

  it('lists the days that train each of the six movements', () => {
    const c = coverage(edit);
    expect(c.downward_rotation).toEqual(['mon']);
    expect(c.elevation).toEqual(['tue']);
    expect(c.retraction).toEqual([]);
  });
});
