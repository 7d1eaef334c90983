// The equipment form edits an inventory as typed text; what it does not edit
// (resistance bands, added from a file or the API) goes back to the server
// untouched when the form is saved, so nothing the lifter entered is lost.
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
});
