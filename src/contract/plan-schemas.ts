// Profile and program shapes as they appear in an export document. Read back on
// import and handed to the engine later, so they are checked field by field
// (the profile and plan routes take other shapes: presets, edits).
import { z } from 'zod';
import { findCombo } from '../engine/catalog/index.js';
import type { ProgramInput, WeekPlan } from '../engine/model.js';
import { MOVEMENT_IDS } from '../engine/types.js';
import { inventorySchema } from './inventory.js';
import { BODYWEIGHT } from './limits.js';
import { dayCompoundSchema, experienceSchema, splitSchema, unitSchema, weekdaySchema, type ProfileDocument } from './profile.js';

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const range = (max: number) =>
  z.strictObject({ min: z.number().int().min(0).max(max), max: z.number().int().min(0).max(max) }).refine((r) => r.min <= r.max, 'min must not exceed max');

const trainingDay = z.strictObject({ weekday: weekdaySchema, label: text(40), compounds: z.array(dayCompoundSchema).max(12) });
const days = z.array(weekdaySchema).max(7);

export const profileDocumentSchema = z.strictObject({
  unit: unitSchema,
  // The profile API's widest bound (in lb); the document keeps whatever it stored.
  bodyweight: z.number().positive('must be above 0').max(BODYWEIGHT.lb.max),
  experience: experienceSchema,
  split: splitSchema,
  days,
  customDays: z.array(trainingDay).max(7).optional(),
  inventory: inventorySchema,
}) satisfies z.ZodType<ProfileDocument>;

export const programInputSchema = z.strictObject({
  split: splitSchema,
  days,
  customDays: z.array(trainingDay).max(7).optional(),
  inventory: inventorySchema,
  experience: experienceSchema,
}) satisfies z.ZodType<ProgramInput>;

const plannedCombo = z.strictObject({
  comboId: z.string().refine((id) => findCombo(id) !== undefined, 'is not a combo in the catalog'),
  movement: z.enum(MOVEMENT_IDS),
  compoundId: text(120),
  shrugId: text(120),
  rounds: z.number().int().min(1).max(20),
  restSeconds: z.number().min(0).max(3600),
  repRange: range(100),
  targetRir: range(10),
  after: text(120).nullable(),
  reason: text(2000),
});

export const weekPlanSchema = z.strictObject({
  split: splitSchema,
  experience: experienceSchema,
  days: z.array(z.strictObject({ weekday: weekdaySchema, label: text(40), compounds: z.array(dayCompoundSchema).max(12), combos: z.array(plannedCombo).max(20) })).max(7),
  omitted: z.array(z.strictObject({ movement: z.enum(MOVEMENT_IDS), reason: text(2000) })).max(MOVEMENT_IDS.length),
  drillWeeks: z.number().int().min(0).max(52),
  warnings: z
    .array(z.strictObject({ ruleId: text(80), severity: z.enum(['info', 'warning', 'danger']), message: text(2000), where: text(200).optional() }))
    .max(200),
}) satisfies z.ZodType<WeekPlan>;
