// What a lifter owns, as given at a boundary (an --equipment file, the profile API).
import { z } from 'zod';
import { EQUIPMENT_IDS } from '../engine/types.js';
import type { Inventory } from '../engine/model.js';

const weight = z.number({ error: 'must be a number' }).positive('must be above 0').max(500);

export const inventorySchema = z.strictObject({
  unit: z.enum(['kg', 'lb'], { error: 'must be "kg" or "lb"' }),
  has: z.array(z.enum(EQUIPMENT_IDS, { error: `must be one of: ${EQUIPMENT_IDS.join(', ')}` })).max(EQUIPMENT_IDS.length),
  barWeight: z.number().min(0).max(100),
  plates: z.array(z.strictObject({ weight, pairs: z.number().int('must be a whole number').min(1).max(50) })).max(30),
  dumbbells: z.array(weight).max(200),
  machineSteps: z.array(weight).max(400),
  bands: z.array(weight).max(20),
}) satisfies z.ZodType<Inventory>;
