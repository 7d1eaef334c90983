// The training log, newest session first, a page at a time (keyset cursor).
import { z } from 'zod';
import { history, isValidHistoryCursor } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { comboLogSchema, toComboLogView } from '../schemas/combo.js';
import { errors } from '../schemas/common.js';
import { unitSchema } from '../schemas/profile.js';
import type { RouteDeps } from './deps.js';

const MAX_LIMIT = 100;

const setSchema = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.string(),
  exerciseId: z.string(),
  load: z.number(),
  unit: unitSchema,
  reps: z.number(),
  rir: z.number().nullable(),
  toFailure: z.boolean(),
  seconds: z.number().nullable(),
  distance: z.number().nullable(),
  notes: z.string().nullable(),
});

const sessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  startedAt: z.string().nullable(),
  name: z.string().nullable(),
  source: z.string().describe('app, or the app it was imported from (import:strong, import:hevy, …).'),
  notes: z.string().nullable(),
  combos: z.array(comboLogSchema),
  sets: z.array(setSchema).describe('Sets outside any combo, such as imported workouts.'),
});

export function registerHistoryRoutes(app: App, deps: RouteDeps): void {
  const { db } = deps;

  app.get('/api/v1/history', {
    schema: {
      tags: ['training'],
      summary: 'Your sessions, newest first, with every combo round’s numbers; pass nextCursor as before for the next page',
      querystring: z.strictObject({
        limit: z.coerce
          .number({ error: 'must be a number' })
          .int('must be a whole number')
          .min(1, 'must be at least 1')
          .default(20)
          .transform((n) => Math.min(n, MAX_LIMIT))
          .describe(`Sessions per page (default 20, at most ${MAX_LIMIT}).`),
        before: z.string().max(400).refine(isValidHistoryCursor, 'is not a cursor from an earlier page of your history').optional(),
      }),
      response: { 200: z.object({ sessions: z.array(sessionSchema), nextCursor: z.string().nullable() }), ...errors(400, 401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const page = await history(db, user.id, { limit: req.query.limit, ...(req.query.before ? { before: req.query.before } : {}) });
    return {
      sessions: page.sessions.map(({ comboLogs, createdAt: _, ...s }) => ({ ...s, combos: comboLogs.map(toComboLogView) })),
      nextCursor: page.nextCursor,
    };
  });
}
