// The lifter's profile at the boundary: who they are, their week and their gym.
// Equipment comes as a ready-made gym or a full inventory and is stored resolved,
// so later reads never depend on what a preset held at the time.
import { z } from 'zod';
import { commercialGym, homeGym, inventoryInUnit } from '../engine/inventory-presets.js';
import { WEEKDAYS, type Inventory, type Weekday } from '../engine/model.js';
import type { Profile, ProgramInput } from '../engine/model.js';
import type { Pattern } from '../engine/types.js';
import { inventorySchema } from './inventory.js';
import { BODYWEIGHT, ONE_LINE, ONE_LINE_MESSAGE, numberProblem } from './limits.js';

const WEEKDAY_LIST = WEEKDAYS as unknown as [Weekday, ...Weekday[]];
const PATTERNS: [Pattern, ...Pattern[]] = ['horizontal_pull', 'horizontal_press', 'hinge', 'dip', 'vertical_pull', 'vertical_press', 'squat'];

export const unitSchema = z.enum(['kg', 'lb'], { error: 'must be "kg" or "lb"' });
export const weekdaySchema = z.enum(WEEKDAY_LIST, { error: `must be a weekday: ${WEEKDAYS.join(', ')}` });
export const experienceSchema = z.enum(['beginner', 'intermediate', 'advanced'], { error: 'must be beginner, intermediate or advanced' });
export const splitSchema = z.enum(['full_body', 'upper_lower', 'push_pull_legs', 'custom'], {
  error: 'must be full_body, upper_lower, push_pull_legs or custom',
});

/** One of the lifter's own lifts on a day: a catalog id, or their own with a pattern to match combos to. */
export const dayCompoundSchema = z.strictObject({
  exerciseId: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(80).optional(),
  pattern: z.enum(PATTERNS, { error: `must be one of: ${PATTERNS.join(', ')}` }).optional(),
});

const customDaySchema = z.strictObject({
  weekday: weekdaySchema,
  label: z.string().trim().min(1).max(40).regex(ONE_LINE, ONE_LINE_MESSAGE),
  compounds: z.array(dayCompoundSchema).max(10),
});

// One object with every key optional (so docs show it and errors name the exact
// field), then either `preset` alone or a whole inventory.
const equipmentSchema = inventorySchema
  .partial()
  .extend({ preset: z.enum(['commercial', 'home'], { error: 'must be "commercial" or "home"' }).optional() })
  .describe('Either { "preset": "commercial" | "home" } or a full inventory: unit, has, barWeight, plates, dumbbells, machineSteps, bands (and optionally resistanceBands).')
  .superRefine((v, ctx) => {
    const { preset, ...rest } = v;
    if (preset !== undefined) {
      for (const key of Object.keys(rest)) ctx.addIssue({ code: 'custom', path: [key], message: 'give either a preset or a full inventory, not both' });
      return;
    }
    // The partial schema has checked every field given; only the missing ones are left to name.
    const full = inventorySchema.safeParse(rest);
    if (!full.success) {
      for (const i of full.error.issues) {
        const key = i.path[0];
        if (typeof key === 'string' && (rest as Record<string, unknown>)[key] === undefined) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
      }
    }
  });

export const profileBodySchema = z
  .strictObject({
    unit: unitSchema,
    bodyweight: z.number({ error: 'must be a number' }),
    experience: experienceSchema,
    split: splitSchema,
    days: z.array(weekdaySchema).max(7).optional().describe('Training weekdays; a custom split may leave it out and use customDays.'),
    customDays: z.array(customDaySchema).min(1).max(7).optional().describe('Only for split "custom": each day with your own lifts.'),
    equipment: equipmentSchema,
    equipmentOnUnitChange: z
      .enum(['convert', 'standard'], { error: 'must be "convert" or "standard"' })
      .optional()
      .describe('When the equipment is in the other unit than `unit` (you switched kg and lb): "convert" (the default) keeps the same bar, plates and dumbbells weighed in the new unit; "standard" swaps them for the standard set of the new unit (45 lb bar and lb plates, or 20 kg and kg plates), keeping which kinds of equipment you have.'),
  })
  .superRefine((p, ctx) => {
    const problem = numberProblem(p.bodyweight, BODYWEIGHT[p.unit]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['bodyweight'], message: problem });
  });

export type ProfileBody = z.infer<typeof profileBodySchema>;

/** The profile as the store keeps it: presets resolved to a full inventory. */
export type ProfileDocument = Profile & Pick<ProgramInput, 'split' | 'days' | 'customDays' | 'inventory'>;

function resolveInventory(e: ProfileBody['equipment'], unit: ProfileBody['unit']): Inventory {
  if (e.preset === 'commercial') return commercialGym(unit);
  if (e.preset === 'home') return homeGym(unit);
  // The refinement above has checked that every inventory field is present.
  const { preset: _, ...inventory } = e;
  return inventory as Inventory;
}

/** The document the store keeps; the engine validates the split and days next. */
export function toProfileDocument(body: ProfileBody): ProfileDocument {
  const days = body.days ?? body.customDays?.map((d) => d.weekday) ?? [];
  const doc: ProfileDocument = {
    unit: body.unit,
    bodyweight: body.bodyweight,
    experience: body.experience,
    split: body.split,
    days,
    // Loads, plates and reasons all speak the profile's unit, so the equipment does too.
    inventory: inventoryInUnit(resolveInventory(body.equipment, body.unit), body.unit, body.equipmentOnUnitChange),
  };
  if (body.customDays) doc.customDays = body.customDays;
  return doc;
}

export const profileSchema = z.object({
  unit: unitSchema,
  bodyweight: z.number(),
  experience: experienceSchema,
  split: splitSchema,
  days: z.array(weekdaySchema),
  customDays: z.array(customDaySchema).optional(),
  inventory: inventorySchema,
  updatedAt: z.string(),
});

export type ProfileView = z.infer<typeof profileSchema>;

const str = z.array(z.string());
const range = z.object({ min: z.number(), max: z.number() });
export const catalogSchema = z.object({
  movements: z.array(z.object({ id: z.string(), name: z.string(), bladeAction: z.string(), primeMovers: str, secondaryMovers: str, drill: z.object({ name: z.string(), cue: z.string() }) })),
  muscles: z.array(z.object({ id: z.string(), name: z.string(), scapular: z.boolean(), view: z.enum(['front', 'back']) })),
  equipment: z.array(z.object({ id: z.string(), name: z.string() })),
  exercises: z.array(
    z.object({
      id: z.string(), name: z.string(), kind: z.enum(['compound', 'shrug']), pattern: z.string().nullable(), movement: z.string().nullable(),
      loading: z.enum(['barbell', 'landmine', 'dumbbell', 'machine', 'bodyweight']), unilateral: z.boolean(), requires: str, optional: str,
      primeMuscles: str, secondaryMuscles: str, setup: str, cues: str, safety: str,
    }),
  ),
  combos: z.array(
    z.object({
      id: z.string(), number: z.number(), name: z.string(), movement: z.string(), compounds: str, shrug: z.string(), repRange: range, targetRir: range,
      shrugPauseSeconds: z.number(), fitsAfter: str, cues: str, safety: str,
    }),
  ),
});
