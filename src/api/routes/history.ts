// The training log, newest session first, a page at a time (keyset cursor).
import { z } from 'zod';
import { customExercises, history, isValidHistoryCursor } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { errors } from '../../contract/common.js';
import { historyPageSchema } from '../../contract/history.js';
import { toHistorySession } from '../wire.js';
import type { RouteDeps } from './deps.js';

const MAX_LIMIT = 100;

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
      response: { 200: historyPageSchema, ...errors(400, 401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const page = await history(db, user.id, { limit: req.query.limit, ...(req.query.before ? { before: req.query.before } : {}) });
    // Imported sets name the lifter's own exercises by id only; the page carries the names.
    const names = await customExercises.customExerciseNames(db, user.id, page.sessions.flatMap((s) => s.sets.map((set) => set.exerciseId)));
    return {
      sessions: page.sessions.map(toHistorySession),
      nextCursor: page.nextCursor,
      exerciseNames: Object.fromEntries(names),
    };
  });
}
