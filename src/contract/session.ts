// Today's session and a next prescription as the API documents them: loads come
// with how to build them (plates per side, a dumbbell, a stack step, belt or band).
import { z } from 'zod';
import { MOVEMENT_IDS } from '../engine/types.js';
import { plannedComboSchema, warningSchema } from './plan.js';
import { dayCompoundSchema, unitSchema, weekdaySchema } from './profile.js';

export const breakdownSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('barbell'), unit: unitSchema, bar: z.number(), perSide: z.array(z.number()) }),
    z.object({ kind: z.literal('landmine'), unit: unitSchema, plates: z.array(z.number()) }),
    z.object({ kind: z.literal('dumbbell'), unit: unitSchema, each: z.number() }),
    z.object({ kind: z.literal('machine'), unit: unitSchema, step: z.number() }),
    z.object({ kind: z.literal('bodyweight'), unit: unitSchema, belt: z.array(z.number()), band: z.number().nullable() }),
  ])
  .describe('How to build the load: plates per side of the bar, plates on a landmine, one dumbbell, a stack step, or belt plates / an assistance band.');

const range = z.object({ min: z.number(), max: z.number() });

const sessionComboSchema = z.object({
  planned: plannedComboSchema,
  name: z.string(),
  number: z.number(),
  compound: z.object({
    exerciseId: z.string(),
    name: z.string(),
    load: z.number(),
    unit: unitSchema,
    breakdown: breakdownSchema,
    targetReps: z.number(),
    repRange: range,
    targetRir: range,
    rampUp: z.array(z.object({ load: z.number(), reps: z.number(), breakdown: breakdownSchema, percent: z.number() })),
  }),
  shrug: z.object({
    exerciseId: z.string(),
    name: z.string(),
    load: z.number(),
    unit: unitSchema,
    targetReps: z.number().nullable().describe('A mark to beat on the way to failure (last time’s reps + 1), never a place to stop; null before any record.'),
    pauseSeconds: z.number(),
    pauseAt: z.string().describe('Where each rep’s pause is held: the movement’s full contraction.'),
    instruction: z.string().describe('The shrug in words: to failure, the mark to beat, the pause and where it is held.'),
    goal: z.string().describe('How far to take it, in a phrase: to failure with the mark to beat, or in a deload week how far short.'),
  }),
  instruction: z.string().describe('The combo in a sentence: the compound stopped short of failure, then at once the shrug to failure.'),
  source: z.enum(['progression', 'estimate']).describe('progression: from your last log; estimate: a cautious first guess.'),
  reasons: z.array(z.string()),
  cues: z.array(z.string()),
  safety: z.array(z.string()),
  warnings: z.array(warningSchema),
  substitute: z.object({ for: z.string(), reason: z.string() }).optional().describe('Present when your equipment no longer has what the plan’s variant needs and another variant stands in.'),
});

export const sessionSchema = z.object({
  weekday: weekdaySchema,
  label: z.string(),
  compounds: z.array(dayCompoundSchema).describe('Your own lifts, done first as usual.'),
  warmup: z.object({
    minutes: z.number(),
    drills: z.array(
      z.object({ movement: z.enum(MOVEMENT_IDS), name: z.string(), cue: z.string(), sets: z.number(), reps: z.number(), holdSeconds: z.number(), usedToday: z.boolean() }),
    ),
  }),
  combos: z.array(sessionComboSchema),
  skipped: z.array(z.object({ comboId: z.string(), reason: z.string() })),
  blockWeek: z
    .object({ week: z.number(), of: z.number(), deload: z.boolean() })
    .optional()
    .describe('The week of your training block this day is in: its rounds per combo come from the block; in the deload week the compound stops 4-5 short and the shrug 2-3 short.'),
  order: z
    .array(z.union([z.object({ kind: z.literal('lift'), exerciseId: z.string() }), z.object({ kind: z.literal('combo'), comboId: z.string() })]))
    .describe('The day in the order to do it, as the plan has it: each own lift, then at once the combos that follow it; combos after no lift last.'),
});

export const prescriptionSchema = z.object({
  comboId: z.string(),
  name: z.string(),
  lastLogged: z.string().describe('Date of the round this follows from.'),
  compound: z.object({ exerciseId: z.string(), load: z.number(), unit: unitSchema, breakdown: breakdownSchema, targetReps: z.number(), repRange: range, targetRir: range }),
  shrug: z.object({
    exerciseId: z.string(),
    load: z.number(),
    unit: unitSchema,
    breakdown: breakdownSchema.describe('Built with the compound variant’s own implement.'),
    targetReps: z.number().nullable().describe('A mark to beat on the way to failure, never a place to stop.'),
    instruction: z.string().describe('The shrug in words: to failure, the mark to beat, the pause and where it is held.'),
  }),
  decision: z.enum(['add_load', 'add_reps', 'hold', 'reduce_load']),
  reasons: z.array(z.string()),
  warnings: z.array(warningSchema),
});

const setsReps = z.object({ sets: z.number(), reps: z.number() });
const point = z.object({ date: z.string(), load: z.number(), reps: z.number() });

export const analyticsSchema = z.object({
  asOf: z.string(),
  unit: unitSchema,
  from: z.string().optional().describe('Present when you asked for series from a date: weekly, e1rmTrends and shrugSeries start there (a week holding it stays whole).'),
  combos: z.number().describe('Rounds counted (those dated after asOf are left out).'),
  plainSets: z.number().describe('Imported sets counted as hard sets (warm-ups and your own exercises are not).'),
  sets: z.number().describe('Hard sets in all: two per round plus plainSets.'),
  weekly: z.array(
    z.object({
      week: z.string().describe('Monday of the ISO week.'),
      movements: z.record(z.string(), setsReps).describe('Hard sets and reps per blade movement.'),
      muscles: z.record(z.string(), setsReps).describe('Per muscle; indirect work counts half.'),
    }),
  ),
  e1rmTrends: z.array(z.object({ exerciseId: z.string(), points: z.array(point.extend({ e1rm: z.number(), rir: z.number() })) })),
  shrugSeries: z.array(z.object({ exerciseId: z.string(), points: z.array(point) })),
  records: z.object({
    compounds: z.array(
      z.object({ exerciseId: z.string(), bestE1rm: z.object({ value: z.number(), date: z.string() }).nullable(), heaviestLoad: point }),
    ),
    shrugs: z.array(z.object({ exerciseId: z.string(), atLoad: z.array(point) })),
  }),
  coverage: z.object({
    weeks: z.number(),
    from: z.string(),
    to: z.string(),
    movements: z.array(z.object({ movement: z.string(), sets: z.number(), lastTrained: z.string().nullable() })),
    neglected: z.array(z.object({ movement: z.string(), sets: z.number(), lastTrained: z.string().nullable(), message: z.string() })),
  }),
});
