// Pieces shared by the route schemas.
import { z } from 'zod';
import { MUST_BE_NUMBER, MUST_BE_WHOLE, aboveMessage, belowMessage, type NumberRule } from './limits.js';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('bad_request, unauthorized, not_found, conflict, too_many_requests, …'),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      deletedAt: z.string().optional().describe('With 410 (gone): when the lifter deleted what this request would create again.'),
    }),
  })
  .describe('Every error has this shape.');

/** One field the server refused: its dotted path ("compound.load", "sets[2].reps") and why. */
export type FieldError = { field: string; message: string };
export type ErrorBody = z.infer<typeof errorSchema>;

export const errors = (...codes: (400 | 401 | 403 | 404 | 409 | 410 | 413 | 429)[]) =>
  Object.fromEntries(codes.map((c) => [c, errorSchema])) as Record<number, typeof errorSchema>;

export const uuid = z.uuid({ error: 'must be a UUID' });
export const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export const idParams = z.strictObject({ id: uuid });

/** For a POST that takes nothing: no body, or an empty object (unknown fields are refused as anywhere else). */
export const noBody = z.strictObject({}).nullish();

/** A number under one of limits.ts's rules, refused with the words numberProblem uses. */
export function numberIn(rule: NumberRule) {
  // The type message only for a wrong type: zod 4 would also use it for a range miss.
  let n = z.number({ error: (issue) => (issue.code === 'invalid_type' ? MUST_BE_NUMBER : undefined) });
  if (rule.integer) n = n.int(MUST_BE_WHOLE);
  return n.min(rule.min, belowMessage(rule)).max(rule.max, aboveMessage(rule));
}
