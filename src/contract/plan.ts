// Week plans at the boundary: the stored plan as the API shows it, and the
// lifter's edit of it (days with their lifts and combos), turned back into the
// engine's WeekPlan by toWeekPlan. The coach's "assign plan" reuses both.
import { z } from 'zod';
import { findCombo, findExercise } from '../engine/catalog/index.js';
import { WEEKDAYS, type Inventory, type PlannedCombo, type WeekPlan, type Weekday } from '../engine/model.js';
import { checkPlan } from '../engine/rules/index.js';
import { MOVEMENT_IDS } from '../engine/types.js';
import { uuid } from './common.js';
import { ONE_LINE, ONE_LINE_MESSAGE } from './limits.js';
import { dayCompoundSchema, experienceSchema, splitSchema, weekdaySchema } from './profile.js';
import { checkEdit } from './plan-edit-check.js';

export const warningSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['info', 'warning', 'danger']),
  message: z.string(),
  where: z.string().optional(),
});

const range = z.object({ min: z.number(), max: z.number() });
export const plannedComboSchema = z.object({
  comboId: z.string(),
  movement: z.enum(MOVEMENT_IDS),
  compoundId: z.string(),
  shrugId: z.string(),
  rounds: z.number(),
  restSeconds: z.number(),
  repRange: range,
  targetRir: range,
  after: z.string().nullable(),
  reason: z.string(),
  instruction: z.string().optional().describe('The combo in a sentence: the compound stopped short of failure, then at once the shrug to failure with its pause.'),
});

export const planSchema = z.object({
  id: z.string(),
  kind: z.enum(['generated', 'edited', 'assigned']),
  createdBy: z.string().describe('Your user id, or your coach’s when they assigned it.'),
  createdAt: z.string(),
  parentId: z.string().nullable().describe('The plan this one was edited from.'),
  split: splitSchema,
  experience: experienceSchema,
  days: z.array(z.object({ weekday: weekdaySchema, label: z.string(), compounds: z.array(dayCompoundSchema), combos: z.array(plannedComboSchema) })),
  omitted: z.array(z.object({ movement: z.enum(MOVEMENT_IDS), reason: z.string() })),
  drillWeeks: z.number(),
  warnings: z.array(warningSchema),
});

export type PlanView = z.infer<typeof planSchema>;


const plannedEditSchema = z.strictObject({
  comboId: z.string().min(1).max(80),
  compoundId: z.string().min(1).max(80).describe('One of the combo’s variants, e.g. lat_pulldown or pull_up.'),
  rounds: z.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(6),
  restSeconds: z.number({ error: 'must be a number' }).int('must be a whole number').min(30).max(600),
  after: z.string().min(1).max(120).nullable().default(null).describe('Which of your own lifts on that day the combo follows (its exerciseId), or null.'),
});

export const weekPlanEditSchema = z
  .strictObject({
    baseId: uuid.optional().describe('The plan you edited; if it is no longer the current one the edit is refused with 409 instead of overwriting.'),
    days: z
      .array(z.strictObject({ weekday: weekdaySchema, label: z.string().trim().min(1).max(40).regex(ONE_LINE, ONE_LINE_MESSAGE), compounds: z.array(dayCompoundSchema).max(10), combos: z.array(plannedEditSchema).max(7) }))
      .min(1)
      .max(7),
  })
  .superRefine(checkEdit);

export type WeekPlanEdit = z.infer<typeof weekPlanEditSchema>;
/** The edit as a client sends it (`after` may be left out). */
export type PlanEdit = z.input<typeof weekPlanEditSchema>;

const byWeek = (a: { weekday: Weekday }, b: { weekday: Weekday }) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday);
const nameOf = (id: string) => findExercise(id)?.name.toLowerCase() ?? id;

/** Keeps the generator's reason when a combo stayed put; otherwise says what the lifter changed. */
function reasonFor(c: WeekPlanEdit['days'][number]['combos'][number], weekday: Weekday, base: WeekPlan): string {
  const same = base.days.find((d) => d.weekday === weekday)?.combos.find((p) => p.comboId === c.comboId && p.compoundId === c.compoundId && p.after === c.after);
  if (same) return same.reason;
  const before = base.days.flatMap((d) => d.combos.map((p) => ({ weekday: d.weekday, p }))).find((x) => x.p.comboId === c.comboId);
  if (!before) return 'You added this combo here.';
  const changes: string[] = [];
  if (before.p.compoundId !== c.compoundId) changes.push(`you chose ${nameOf(c.compoundId)}`);
  if (before.weekday !== weekday) changes.push(`you moved it from ${before.weekday} to ${weekday}`);
  else if (before.p.after !== c.after) changes.push(c.after ? `you put it after ${nameOf(c.after)}` : 'you set it apart from your own lifts');
  const text = changes.join(', and ') || 'you placed it here';
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/**
 * The edit (already checked by weekPlanEditSchema) as a WeekPlan. Split,
 * experience and drill weeks stay the base's; omissions follow what is now
 * covered. Placement warnings are dropped and week-wide notes (no `where`) kept:
 * the caller adds checkPlan's warnings for the lifter's inventory (see editedWeekPlan).
 */
export function toWeekPlan(edit: WeekPlanEdit, base: WeekPlan): WeekPlan {
  const days = [...edit.days].sort(byWeek).map((d) => ({
    weekday: d.weekday,
    label: d.label,
    compounds: d.compounds.map((c) => ({ ...c })),
    combos: d.combos.map((c): PlannedCombo => {
      const combo = findCombo(c.comboId)!;
      return {
        comboId: combo.id,
        movement: combo.movement,
        compoundId: c.compoundId,
        shrugId: combo.shrug,
        rounds: c.rounds,
        restSeconds: c.restSeconds,
        repRange: { ...combo.repRange },
        targetRir: { ...combo.targetRir },
        after: c.after,
        reason: reasonFor(c, d.weekday, base),
      };
    }),
  }));
  const covered = new Set(days.flatMap((d) => d.combos.map((c) => c.movement)));
  const wasCovered = new Set(base.days.flatMap((d) => d.combos.map((c) => c.movement)));
  const omitted = [
    ...base.omitted.filter((o) => !covered.has(o.movement)),
    ...[...wasCovered].filter((m) => !covered.has(m)).map((movement) => ({ movement, reason: 'You took this combo out of your week.' })),
  ];
  return { split: base.split, experience: base.experience, days, omitted, drillWeeks: base.drillWeeks, warnings: base.warnings.filter((w) => w.where === undefined) };
}

/** toWeekPlan plus fresh rule warnings for the gym the plan will be done in. */
export function editedWeekPlan(edit: WeekPlanEdit, base: WeekPlan, inventory: Inventory): WeekPlan {
  const plan = toWeekPlan(edit, base);
  return { ...plan, warnings: [...plan.warnings, ...checkPlan(plan, inventory)] };
}
