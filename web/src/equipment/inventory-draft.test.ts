// The equipment form edits an inventory as typed text; what it does not edit
// (a resistance band's lengths, given in a file or through the API) goes back
// to the server untouched when the form is saved, so nothing entered is lost.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../../src/engine/inventory-presets.js';
import { fromDraft, toDraft } from './inventory-draft.js';

describe('the inventory draft', () => {
  it('round-trips an inventory, resistance bands included', () => {
    const inv = { ...commercialGym('kg'), resistanceBands: [{ tension: 15, restLength: 1.04, atStretch: 1.04 }] };
    const { inventory, errors } = fromDraft(toDraft(inv));
    expect(errors).toEqual({});
    expect(inventory!.resistanceBands).toEqual([{ tension: 15, restLength: 1.04, atStretch: 1.04 }]);
    expect(inventory!.dumbbells).toEqual(inv.dumbbells);
  });

  it('adds no resistance bands to an inventory that had none', () => {
    expect('resistanceBands' in fromDraft(toDraft(commercialGym('kg'))).inventory!).toBe(false);
  });

  it('edits resistance bands by tension, keeping the lengths of those still listed', () => {
    const inv = { ...commercialGym('kg'), resistanceBands: [{ tension: 15, restLength: 1.2, atStretch: 0.8 }, { tension: 25 }] };
    const draft = toDraft(inv);
    expect(draft.resistanceBands).toBe('15, 25');
    const { inventory } = fromDraft({ ...draft, resistanceBands: '10, 15' });
    expect(inventory!.resistanceBands).toEqual([{ tension: 10 }, { tension: 15, restLength: 1.2, atStretch: 0.8 }]);
    expect('resistanceBands' in fromDraft({ ...draft, resistanceBands: '' }).inventory!).toBe(false);
    expect(fromDraft({ ...draft, resistanceBands: '15, stretchy' }).errors).toEqual({ resistanceBands: '"stretchy" is not a weight. Write weights like 5, 7.5, 10 or 5 to 30 by 2.5.' });
  });
});
