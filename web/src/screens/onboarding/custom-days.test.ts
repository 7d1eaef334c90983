// "My own days" as data: stored days back into drafts, ids for the lifter's own
// lifts, and the server's field paths mapped to the field that shows them.
import { describe, expect, it } from 'vitest';
import { COMPOUND_GROUPS, customErrorKey, fromCustomDays, OWN, ownExerciseId, toCustomDays } from './custom-days.js';

describe('my own days', () => {
  it('offers only catalog compounds, grouped by movement', () => {
    const ids = COMPOUND_GROUPS.flatMap((g) => g.lifts.map((l) => l.id));
    expect(ids).toContain('bench_press');
    expect(ids).toContain('barbell_deadlift');
    expect(ids).not.toContain('barbell_shrug');
  });

  it('names an own lift like the importer does, so the same name is the same exercise', () => {
    expect(ownExerciseId('Cable Fly (Machine)')).toBe('custom:cable-fly-machine');
    expect(ownExerciseId('Développé  couché')).toBe('custom:developpe-couche');
  });

  it('round-trips stored days through drafts', () => {
    const days = [
      { weekday: 'thu' as const, label: 'Pull', compounds: [{ exerciseId: 'barbell_row' }] },
      { weekday: 'mon' as const, label: 'Push', compounds: [{ exerciseId: 'custom:cable-fly', name: 'Cable fly', pattern: 'horizontal_press' as const }] },
    ];
    const drafts = fromCustomDays(days);
    expect(drafts.mon?.lifts[0]).toEqual({ choice: OWN, name: 'Cable fly', pattern: 'horizontal_press' });
    expect(toCustomDays(['thu', 'mon'], drafts)).toEqual([days[1], days[0]]);
  });

  it('maps the server’s field paths to the day and lift, in the order sent', () => {
    const drafts = fromCustomDays([
      { weekday: 'mon', label: 'Push', compounds: [{ exerciseId: 'bench_press' }, { exerciseId: 'custom:x', name: 'X', pattern: 'dip' }] },
      { weekday: 'fri', label: 'Pull', compounds: [] },
    ]);
    const days = ['fri' as const, 'mon' as const];
    expect(customErrorKey('customDays[1].label', days, drafts)).toBe('fri.label');
    expect(customErrorKey('customDays[0].compounds[0].exerciseId', days, drafts)).toBe('mon.0.lift');
    expect(customErrorKey('customDays[0].compounds[1].exerciseId', days, drafts)).toBe('mon.1.name');
    expect(customErrorKey('customDays[0].compounds[1].pattern', days, drafts)).toBe('mon.1.pattern');
    expect(customErrorKey('customDays[0].compounds', days, drafts)).toBe('mon.lifts');
    expect(customErrorKey('customDays', days, drafts)).toBeNull();
  });
});
