// Sets outside any combo, logged from the app: an accessory lift after the
// combos, stored and counted like a set of an imported workout. Idempotent on
// the client's set id, as POST /combos is on the round's.
import { z } from 'zod';
import { LIMITS } from '../../contract/limits.js';
import { deleteLooseSet, logSet, NotFoundError } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, idParams } from '../../contract/common.js';
import { looseSetBodySchema, looseSetSchema } from '../../contract/loose-set.js';
import type { RouteDeps } from './deps.js';
import { refuseFutureDate, settleFromProfile } from './log-defaults.js';

const answer = z.object({ set: looseSetSchema });

export function registerSetRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.post('/api/v1/sets', {
    schema: {
      tags: ['training'],
      summary: 'Log one set outside any combo (an accessory lift), after the session’s last one; a new sessionId starts a session. Safe to retry: the same set again answers 200, the same id with other numbers 409, a set the lifter deleted 410 with deletedAt',
      body: looseSetBodySchema,
      response: { 201: answer, 200: answer, ...errors(400, 401, 404, 409, 410) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const { sessionId, date, unit: sent, ...set } = req.body;
    refuseFutureDate(date, now());
    // A loose set has no bodyweight of its own to fill in.
    const { unit, defaulted } = await settleFromProfile(db, user.id, { unit: sent }, false);
    try {
      const res = await deps.store.write((trx) => logSet(trx, user.id, { ...set, sessionId, sessionDate: date, unit, defaulted }, { now: now(), maxPerSession: LIMITS.setsPerSession }));
      return reply.status(res.status === 'created' ? 201 : 200).send({ set: res.set });
    } catch (err) {
      if (err instanceof NotFoundError && err.entity === 'custom exercise') {
        throw new ApiError('bad_request', `${set.exerciseId} is not one of your exercises.`, [{ field: 'exerciseId', message: 'is neither a catalog exercise id nor one of your own exercises' }]);
      }
      throw err;
    }
  });

  app.delete('/api/v1/sets/:id', {
    schema: {
      tags: ['training'],
      summary: 'Delete a set logged outside any combo (a round’s sets go with the round: DELETE /api/v1/combos/{id}). Its id is kept as deleted: sending the set again answers 410, deleting it again 204',
      params: idParams,
      response: { 204: z.null(), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    await deleteLooseSet(db, user.id, req.params.id, now());
    return reply.status(204).send(null);
  });
}
