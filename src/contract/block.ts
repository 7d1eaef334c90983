// A training block on the wire (GET /api/v1/block): every week with each combo's
// rounds and the reasons, the deload, suggested variants, and the summary so far.
import { z } from 'zod';
import { MOVEMENT_IDS } from '../engine/types.js';

const range = z.object({ min: z.number(), max: z.number() });
const movement = z.enum(MOVEMENT_IDS);

export const blockSchema = z.object({
  start: z.string(),
  deloadWeek: z.number().describe('The week the deload falls in; earlier than the last when recovery or performance brought it forward.'),
  weeks: z.array(
    z.object({
      week: z.number(),
      startsOn: z.string(),
      deload: z.boolean(),
      status: z.enum(['logged', 'planned']),
      combos: z.array(z.object({ comboId: z.string(), movement, compoundId: z.string(), rounds: z.number(), compoundRir: range, shrugRir: range.describe('0-0: to failure; 2-3 only in the deload week.') })),
      decisions: z.array(z.object({ movement, change: z.enum(['start', 'add', 'hold', 'cut', 'deload']), from: z.number(), to: z.number(), reason: z.string() })),
    }),
  ),
  rotations: z.array(z.object({ comboId: z.string(), from: z.string(), to: z.string(), toComboId: z.string(), reason: z.string() })),
});

export const blockSummarySchema = z.object({
  movements: z.array(
    z.object({
      movement,
      plannedRounds: z.array(z.number()),
      loggedRounds: z.array(z.number()),
      sets: z.number(),
      e1rm: z.object({ first: z.number(), last: z.number(), change: z.number() }).nullable(),
      shrug: z.object({ first: z.object({ reps: z.number(), load: z.number() }), last: z.object({ reps: z.number(), load: z.number() }) }).nullable(),
      soreness: z.array(z.string()),
      nextStartRounds: z.number(),
    }),
  ),
  muscles: z.array(z.object({ muscle: z.string(), sets: z.number() })),
  trend: z.object({ stillSoreFirstHalf: z.number(), stillSoreSecondHalf: z.number(), sentence: z.string() }),
});

export type BlockView = z.infer<typeof blockSchema>;
export type BlockSummaryView = z.infer<typeof blockSummarySchema>;
