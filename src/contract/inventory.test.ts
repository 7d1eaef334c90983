import { describe, expect, it } from 'vitest';
import { homeGym } from '../engine/inventory-presets.js';
import { inventorySchema } from './inventory.js';

describe('inventorySchema: resistance bands', () => {
  it('still reads an inventory saved before resistance bands existed', () => {
    expect(inventorySchema.safeParse(homeGym('kg')).success).toBe(true);
  });

  it('takes bands by tension, lengths optional', () => {
    const r = inventorySchema.safeParse({ ...homeGym('kg'), resistanceBands: [{ tension: 15 }, { tension: 25, restLength: 1.04, atStretch: 1.04 }] });
    expect(r.success).toBe(true);
  });

  it('refuses a band with no tension or an unknown field', () => {
    expect(inventorySchema.safeParse({ ...homeGym('kg'), resistanceBands: [{ restLength: 1 }] }).success).toBe(false);
    expect(inventorySchema.safeParse({ ...homeGym('kg'), resistanceBands: [{ tension: 15, colour: 'red' }] }).success).toBe(false);
  });
});
