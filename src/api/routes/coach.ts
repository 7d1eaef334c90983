// Coaches and athletes. A coach makes an invite code and passes it on; the
// athlete accepts it; the coach may then read the athlete's plan and logs and
// assign a plan. Either side can end the link. Without a live link, an
// athlete's ids answer 404 like any other user's.
import { z } from 'zod';
import { coachLinks, history, inTransaction, isValidHistoryCursor, profiles, programs, type Db } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, uuid, noBody } from '../../contract/common.js';
import { acceptBodySchema, acceptedSchema, coachLinkSchema, inviteSchema } from '../../contract/account.js';
import { editedWeekPlan, planSchema, weekPlanEditSchema } from '../../contract/plan.js';
import { generateChecked } from '../generate-checked.js';
import { toPlanView } from '../wire.js';
import type { RouteDeps } from './deps.js';

const athleteParams = z.strictObject({ id: uuid });

/** The athlete's id, once we know the caller coaches them; else 404. */
export async function coachedAthlete(db: Db, coachId: string, athleteId: string): Promise<string> {
  if (!(await coachLinks.isCoachOf(db, coachId, athleteId))) throw new ApiError('not_found', 'athlete not found');
  return athleteId;
}

export function registerCoachRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.post('/api/v1/coach/invites', {
    schema: {
      tags: ['coaching'],
      summary: 'As a coach, make a one-time invite code for an athlete (valid 7 days)',
      body: noBody,
      response: { 201: inviteSchema, ...errors(401) },
    },
  }, async (req, reply) => {
    const coach = requireUser(req);
    const { code, link } = await coachLinks.createInvite(db, coach.id, now());
    const expiresAt = new Date(Date.parse(link.createdAt) + coachLinks.INVITE_TTL_MS).toISOString();
    return reply.status(201).send({ code, linkId: link.id, expiresAt });
  });

  app.post('/api/v1/coach/accept', {
    schema: {
      tags: ['coaching'],
      summary: "As an athlete, accept a coach's invite code",
      body: acceptBodySchema,
      response: { 200: acceptedSchema, ...errors(400, 401, 404, 409) },
    },
  }, async (req) => {
    const athlete = requireUser(req);
    const link = await coachLinks.acceptInvite(db, req.body.code, athlete.id, now());
    return { linkId: link.id, coachId: link.coachId, acceptedAt: link.acceptedAt };
  });

  app.get('/api/v1/coach/athletes', {
    schema: { tags: ['coaching'], summary: 'The athletes you coach', response: { 200: z.object({ athletes: z.array(coachLinkSchema) }), ...errors(401) } },
  }, async (req) => ({ athletes: await coachLinks.athletesOf(db, requireUser(req).id) }));

  app.get('/api/v1/coach/coaches', {
    schema: { tags: ['coaching'], summary: 'The coaches who can see your plan and logs', response: { 200: z.object({ coaches: z.array(coachLinkSchema) }), ...errors(401) } },
  }, async (req) => ({ coaches: await coachLinks.coachesOf(db, requireUser(req).id) }));

  app.delete('/api/v1/coach/links/:id', {
    schema: { tags: ['coaching'], summary: 'End a coaching link (athlete or coach)', params: z.strictObject({ id: uuid }), response: { 204: z.null(), ...errors(401, 404) } },
  }, async (req, reply) => {
    await coachLinks.revokeLink(db, requireUser(req).id, req.params.id, now());
    return reply.status(204).send(null);
  });

  app.get('/api/v1/athletes/:id/plan', {
    schema: { tags: ['coaching'], summary: "An athlete's current plan (coach only)", params: athleteParams, response: { 200: z.object({ plan: planSchema.nullable() }), ...errors(401, 404) } },
  }, async (req) => {
    const athleteId = await coachedAthlete(db, requireUser(req).id, req.params.id);
    const current = await programs.currentProgram(db, athleteId);
    return { plan: current ? toPlanView(current) : null };
  });

  app.put('/api/v1/athletes/:id/plan', {
    schema: {
      tags: ['coaching'],
      summary: "Assign a week plan to an athlete (coach only): same body as PUT /api/v1/plan; it becomes the athlete's current plan",
      params: athleteParams,
      body: weekPlanEditSchema,
      response: { 200: z.object({ plan: planSchema }), ...errors(400, 401, 404, 409) },
    },
  }, async (req) => {
    const coach = requireUser(req);
    const athleteId = await coachedAthlete(db, coach.id, req.params.id);
    const program = await inTransaction(db, async (trx) => {
      const profile = await profiles.getProfile(trx, athleteId);
      if (!profile) throw new ApiError('conflict', 'This athlete has not set up a profile yet, so their equipment is unknown; ask them to finish setting up first.');
      const { inventory, split, days, customDays, experience } = profile.document;
      const input = { split, days, inventory, experience, ...(customDays ? { customDays } : {}) };
      const current = await programs.currentProgramForUpdate(trx, athleteId);
      // As for the lifter's own edit: a coach's stale copy never replaces a newer plan.
      if (req.body.baseId !== undefined && req.body.baseId !== current?.id) {
        throw new ApiError('conflict', 'The athlete’s plan changed since you opened it (they or another coach saved one): reload it and edit again.');
      }
      const base = current?.plan ?? generateChecked(input);
      const plan = editedWeekPlan(req.body, base, inventory);
      return programs.insertProgram(trx, { userId: athleteId, createdBy: coach.id, kind: 'assigned', input, plan, ...(current ? { parentId: current.id } : {}) }, now());
    });
    return { plan: toPlanView(program) };
  });

  app.get('/api/v1/athletes/:id/history', {
    schema: {
      tags: ['coaching'],
      summary: "An athlete's training log, newest first (coach only)",
      params: athleteParams,
      querystring: z.strictObject({
        limit: z.coerce.number().int().min(1).max(100).default(20),
        before: z.string().max(200).refine(isValidHistoryCursor, 'is not a cursor this server gave out').optional(),
      }),
      response: { 200: z.object({ sessions: z.array(z.unknown()), nextCursor: z.string().nullable() }), ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const athleteId = await coachedAthlete(db, requireUser(req).id, req.params.id);
    return history(db, athleteId, { limit: req.query.limit, ...(req.query.before ? { before: req.query.before } : {}) });
  });
}
