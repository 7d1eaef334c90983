// The lifter's own exercises at the boundary: a name (unique for them, ignoring
// case) and optionally the movement pattern that lets combos follow it.
import { z } from 'zod';
import { LIMITS, ONE_LINE, ONE_LINE_MESSAGE, atMostChars } from './limits.js';
import { dayCompoundSchema } from './profile.js';

const name = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.exerciseName, atMostChars(LIMITS.exerciseName))
  .regex(ONE_LINE, ONE_LINE_MESSAGE)
  .describe('As you call it; unique among your exercises, ignoring case.');
const pattern = dayCompoundSchema.shape.pattern.unwrap().describe('The movement pattern, so a combo can follow it like a catalog lift.');

export const exerciseBodySchema = z.strictObject({ name, pattern: pattern.nullable().optional() });

export const exercisePatchSchema = z.strictObject({
  name: name.optional(),
  pattern: pattern.nullable().optional().describe('null clears it.'),
});

export const exerciseParams = z.strictObject({
  id: z.string().regex(/^custom:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be the id of one of your own exercises, custom:<uuid>'),
});

export const exerciseSchema = z.object({ id: z.string(), name: z.string(), pattern: z.string().nullable(), createdAt: z.string() });
export type Exercise = z.infer<typeof exerciseSchema>;
