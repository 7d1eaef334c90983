// Logging combo rounds from the app: idempotent on the client's ids (a retry on
// flaky gym wifi answers 200 with what is stored), then read, correct, delete.
// Every write is committed by the store before we answer.
import { z } from 'zod';
import { LIMITS } from '../../contract/limits.js';
import { checkLog, kitMatters } from '../../engine/rules/index.js';
import { deleteComboLog, getComboLog, getComboLogToEdit, logCombo, profiles, setRoundFeedback, updateComboLog, type Db, type StoredComboLog } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { notFound } from '../errors.js';
import { feedbackSchema, roundBodySchema, roundEditSchema, roundSchema } from '../../contract/round.js';
import { isBodyweightLift } from '../../contract/round-log.js';
import { roundToRow, rowToComboLog, rowToRound } from '../wire.js';
import { errors, idParams } from '../../contract/common.js';
import { warningSchema } from '../../contract/plan.js';
import type { RouteDeps } from './deps.js';
import { roundLogged } from '../views/analytics-view.js';
import { refuseFutureDate, settleFromProfile } from './log-defaults.js';

const answer = z.object({ log: roundSchema, warnings: z.array(warningSchema).describe('What in this round goes against the system, if anything.') });
/**
 * The round and what the system's rules say about it. The rules about kit
 * (straps for a deadlift, catches for a floor press) need the lifter's
 * equipment: the profile is read only for a round they can concern.
 */
async function withWarnings(db: Db, userId: string, log: StoredComboLog) {
  const round = rowToComboLog(log);
  const inventory = kitMatters(round) ? (await profiles.getProfile(db, userId))?.document.inventory : undefined;
  return { log: rowToRound(log), warnings: checkLog(round, inventory) };
}

export function registerComboRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.post('/api/v1/combos', {
    schema: {
      tags: ['training'],
      summary: 'Log one combo round (compound, then its shrug). Safe to retry: the same round again answers 200; the same id with other numbers answers 409; a round the lifter deleted answers 410 with deletedAt',
      body: roundBodySchema,
      response: { 201: answer, 200: answer, ...errors(400, 401, 404, 409, 410) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const { id, sessionId, date, ...body } = req.body;
    refuseFutureDate(date, now());
    const settled = await settleFromProfile(db, user.id, body, body.bodyweight === undefined && isBodyweightLift(body));
    const input = roundToRow(body, settled);
    // Committed with any other rounds arriving at the same moment (store/group-commit.ts).
    const res = await deps.store.write((trx) => logCombo(trx, user.id, { ...input, sessionId, sessionDate: date, comboLogId: id, defaulted: settled.defaulted }, now(), LIMITS.roundsPerSession));
    // Progress right after the set: a kept analytics timeline takes the round as it is.
    roundLogged(deps, user.id, res);
    return reply.status(res.status === 'created' ? 201 : 200).send(await withWarnings(db, user.id, res.log));
  });

  app.get('/api/v1/combos/:id', {
    schema: { tags: ['training'], summary: 'One logged combo round', params: idParams, response: { 200: answer, ...errors(400, 401, 404) } },
  }, async (req) => {
    const user = requireUser(req);
    const log = await getComboLog(db, user.id, req.params.id);
    if (!log) throw notFound('combo round');
    return withWarnings(db, user.id, log);
  });

  app.put('/api/v1/combos/:id', {
    schema: {
      tags: ['training'],
      summary: 'Correct a logged round: send it whole (without id, sessionId and date, which stay). Unit and bodyweight left out are kept',
      params: idParams,
      body: roundEditSchema,
      response: { 200: answer, ...errors(400, 401, 404, 409, 410) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const current = await getComboLogToEdit(db, user.id, req.params.id);
    const settled = { unit: req.body.unit ?? current.unit, bodyweight: req.body.bodyweight ?? current.bodyweight };
    const log = await updateComboLog(db, user.id, req.params.id, roundToRow(req.body, settled));
    return withWarnings(db, user.id, log);
  });

  app.put('/api/v1/combos/:id/feedback', {
    schema: {
      tags: ['training'],
      summary: 'Rate the session of a logged round’s combo: pump, soreness since the last session of the movement, joints. They steer the training block (GET /api/v1/block). Safe to resend',
      params: idParams,
      body: feedbackSchema,
      response: { 200: z.object({ feedback: feedbackSchema }), ...errors(400, 401, 404, 410) },
    },
  }, async (req) => {
    const user = requireUser(req);
    await setRoundFeedback(db, user.id, req.params.id, req.body);
    return { feedback: req.body };
  });

  app.delete('/api/v1/combos/:id', {
    schema: { tags: ['training'], summary: 'Delete a logged round. Its id is kept as deleted: sending the round again answers 410, and deleting it again 204', params: idParams, response: { 204: z.null(), ...errors(400, 401, 404) } },
  }, async (req, reply) => {
    const user = requireUser(req);
    await deleteComboLog(db, user.id, req.params.id, now());
    return reply.status(204).send(null);
  });
}
