// What a lifter owns, as given at a boundary (an --equipment file, the profile API).
import { z } from 'zod';
import { numberIn } from './common.js';
import { EQUIPMENT_IDS } from '../engine/types.js';
import type { Inventory } from '../engine/model.js';

// Above 0: a plate or a dumbbell of 0 is a typo.
const weight = numberIn({ min: 0.01, max: 500 });

export const inventorySchema = z.strictObject({
  unit: z.enum(['kg', 'lb'], { error: 'must be "kg" or "lb"' }),
  has: z.array(z.enum(EQUIPMENT_IDS, { error: `must be one of: ${EQUIPMENT_IDS.join(', ')}` })).max(EQUIPMENT_IDS.length),
  barWeight: numberIn({ min: 0, max: 100 }),
  plates: z.array(z.strictObject({ weight, pairs: numberIn({ min: 1, max: 50, integer: true }) })).max(30),
  dumbbells: z.array(weight).max(200),
  machineSteps: z.array(weight).max(400),
  bands: z.array(weight).max(20),
  // Optional, so stored inventories from before resistance bands still parse.
  resistanceBands: z
    .array(z.strictObject({ tension: weight, restLength: numberIn({ min: 0.05, max: 5 }).optional(), atStretch: numberIn({ min: 0.01, max: 10 }).optional() }))
    .max(20)
    .optional(),
}) satisfies z.ZodType<Inventory>;
