import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/index.js';
import { WEEKDAYS } from '../model.js';
import type { TrainingDay, Weekday } from '../model.js';
import type { ComboChoice } from './choose-variants.js';
import { adjacent, placeCombos } from './place.js';

const choice = (id: string): ComboChoice => {
  const combo = CATALOG.combos.find((c) => c.id === id)!;
  return { combo, compoundId: combo.compounds[0]!, note: '' };
};
const ALL = ['incline_row_retraction', 'floor_press_protraction', 'deadlift_elevation', 'dip_depression', 'pulldown_downward_rotation', 'landmine_press_upward_rotation'].map(choice);
const day = (weekday: Weekday, ...ids: string[]): TrainingDay => ({ weekday, label: weekday, compounds: ids.map((exerciseId) => ({ exerciseId })) });
const deadliftDay = (days: TrainingDay[], choices = [choice('deadlift_elevation')]) =>
  days[placeCombos(choices, days).placements.find((p) => p.choice.combo.id === 'deadlift_elevation')!.day]!.weekday;

describe('adjacent', () => {
  it('counts sunday and monday as neighbours, since the week repeats', () => {
    expect(adjacent('sun', 'mon')).toBe(true);
    expect(adjacent('mon', 'tue')).toBe(true);
    expect(adjacent('mon', 'wed')).toBe(false);
  });
});

describe('placeCombos', () => {
  it('puts each combo after the compound it fits best, by the order of fitsAfter', () => {
    const days = [day('mon', 'back_squat', 'romanian_deadlift')];
    const [p] = placeCombos([choice('deadlift_elevation')], days).placements;
    expect(p!.after).toBe('romanian_deadlift');
    expect(p!.afterIndex).toBe(1);
    expect(p!.reason).toBe('Follows your romanian deadlift: the same hinge, so those muscles are already warm.');
  });

  it('keeps the deadlift combo off the day after a heavy deadlift day, across sunday to monday', () => {
    // Without the rule the tie would go to monday, the earlier day.
    const days = [day('mon', 'romanian_deadlift'), day('sun', 'barbell_deadlift')];
    expect(deadliftDay(days)).toBe('sun');
  });

  it("turns the lifter's own deadlift into the combo's compound", () => {
    const days = [day('wed', 'barbell_deadlift')];
    expect(placeCombos([choice('deadlift_elevation')], days).placements[0]!.reason).toMatch(/^Your own barbell deadlift is this combo's compound/);
  });

  it('warns when every fitting day sits next to another deadlift day', () => {
    const days = [day('mon', 'barbell_deadlift'), day('tue', 'barbell_deadlift')];
    const { placements, warnings } = placeCombos([choice('deadlift_elevation')], days);
    expect(placements).toHaveLength(1);
    expect(warnings.map((w) => w.ruleId)).toEqual(['deadlift_consecutive_days']);
  });

  it('spreads combos by count when every day fits them all', () => {
    const days = [day('mon', 'bench_press', 'barbell_row', 'overhead_press', 'chin_up', 'romanian_deadlift'), day('fri', 'bench_press', 'barbell_row', 'overhead_press', 'chin_up', 'romanian_deadlift')];
    const { placements } = placeCombos(ALL, days);
    expect(placements.filter((p) => p.day === 0)).toHaveLength(3);
    expect(placements.filter((p) => p.day === 1)).toHaveLength(3);
  });

  it('places a combo no compound fits on its own, spread like the others', () => {
    const days = [day('mon', 'back_squat'), day('thu', 'leg_press')];
    const { placements } = placeCombos([choice('dip_depression'), choice('floor_press_protraction')], days);
    // One a day; the tie goes to the earliest day for the first combo given.
    expect(placements.map((p) => [p.choice.combo.number, p.day, p.after])).toEqual([
      [5, 0, null],
      [3, 1, null],
    ]);
    const dip = placements.find((p) => p.choice.combo.id === 'dip_depression')!;
    expect(dip.reason).toBe('None of your compounds is a dip, horizontal press or vertical press, so do this combo on its own at the end of the session.');
  });

  it('never puts the deadlift combo next to another deadlift day when a clear day exists (property)', () => {
    const daysArb = fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }).chain((weekdays) =>
      fc.tuple(...weekdays.map((w) => fc.subarray(['barbell_deadlift', 'romanian_deadlift', 'barbell_row', 'bench_press', 'back_squat']).map((ids) => day(w, ...ids)))),
    );
    fc.assert(
      fc.property(daysArb, (days) => {
        const { placements, warnings } = placeCombos(ALL, days);
        const dl = placements.find((p) => p.choice.combo.id === 'deadlift_elevation')!;
        const others = days.filter((d, i) => i !== dl.day && d.compounds.some((c) => c.exerciseId === 'barbell_deadlift'));
        const clash = others.some((d) => adjacent(d.weekday, days[dl.day]!.weekday));
        expect(clash).toBe(warnings.some((w) => w.ruleId === 'deadlift_consecutive_days'));
        expect(placements).toHaveLength(ALL.length);
      }),
    );
  });
});
