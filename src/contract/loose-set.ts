// A set outside any combo at the boundary (an accessory lift logged from the
// app), with the client's ids so an upload can be retried. Ranges are the
// export document's (LIMITS), so whatever is stored exports and imports again.
import { z } from 'zod';
import { findExercise } from '../engine/catalog/index.js';
import type { PlainSetKind } from '../engine/model.js';
import { LIMITS, LOOSE_SET, NOT_NEGATIVE_UNLESS_BODYWEIGHT, atMostChars } from './limits.js';
import { PLAIN_SET_KINDS } from './sets.js';
import { isoDate, numberIn, uuid } from './common.js';
import { historySetSchema } from './history.js';
import { unitSchema } from './profile.js';

const KINDS = PLAIN_SET_KINDS as [PlainSetKind, ...PlainSetKind[]];

export const looseSetBodySchema = z
  .strictObject({
    id: uuid.describe('Your id for this set; sending it again is a safe retry.'),
    sessionId: uuid.describe('The session it goes into; a new id starts a session on that date.'),
    date: isoDate,
    exerciseId: z
      .string({ error: 'must be text' })
      .max(120, { error: 'is too long to be an exercise id', abort: true })
      .refine((id) => id.startsWith('custom:') || findExercise(id) !== undefined, 'is neither a catalog exercise id nor one of your own exercises (custom:…)'),
    kind: z.enum(KINDS, { error: `must be one of: ${KINDS.join(', ')}` }),
    load: numberIn(LOOSE_SET.load).describe('Negative for band help on a bodyweight lift.'),
    unit: unitSchema.optional().describe('Defaults to your profile’s unit.'),
    reps: numberIn(LOOSE_SET.reps),
    rir: numberIn(LOOSE_SET.rir).nullable().optional().describe('Reps in reserve, when you know them.'),
    restSeconds: numberIn(LOOSE_SET.restSeconds).nullable().optional().describe('Rest taken after the set.'),
    notes: z.string({ error: 'must be text or null' }).max(LIMITS.setNotes, atMostChars(LIMITS.setNotes)).nullable().optional(),
  })
  .superRefine((b, ctx) => {
    // As in a combo: only a lift moved with the body takes band help as a negative load.
    const loading = findExercise(b.exerciseId)?.loading;
    if (b.load < 0 && loading !== undefined && loading !== 'bodyweight') {
      ctx.addIssue({ code: 'custom', path: ['load'], message: NOT_NEGATIVE_UNLESS_BODYWEIGHT });
    }
  });

export type LooseSetBody = z.infer<typeof looseSetBodySchema>;

export const looseSetSchema = historySetSchema.extend({ sessionId: z.string(), date: z.string() });
export type LooseSet = z.infer<typeof looseSetSchema>;
