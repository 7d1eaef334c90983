// The lifter's week plan: generate it from the profile, read the current one,
// and store their edit. Programs are append-only; the newest is the current one.
import { z } from 'zod';
import { inTransaction, profiles, programs } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, noBody } from '../../contract/common.js';
import { editedWeekPlan, planSchema, weekPlanEditSchema } from '../../contract/plan.js';
import { generateChecked } from '../generate-checked.js';
import { toPlanView } from '../wire.js';
import type { RouteDeps } from './deps.js';

export const NO_PROFILE = 'Set up your profile first (PUT /api/v1/profile): your plan is built from your split, training days and equipment.';
export const NO_PLAN = 'You have no plan yet: make one with POST /api/v1/plan/generate.';

export function registerPlanRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.post('/api/v1/plan/generate', {
    schema: {
      tags: ['plan'],
      summary: 'Make a week plan from your profile; it becomes your current plan',
      body: noBody,
      response: { 201: z.object({ plan: planSchema }), ...errors(400, 401, 409) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const found = await profiles.getProfile(db, user.id);
    if (!found) throw new ApiError('conflict', NO_PROFILE);
    const { split, days, customDays, inventory, experience } = found.document;
    const input = { split, days, customDays, inventory, experience };
    const plan = generateChecked(input);
    const program = await programs.insertProgram(db, { userId: user.id, createdBy: user.id, kind: 'generated', input, plan }, now());
    return reply.status(201).send({ plan: toPlanView(program) });
  });

  app.get('/api/v1/plan', {
    schema: {
      tags: ['plan'],
      summary: 'Your current week plan (null until you make one)',
      response: { 200: z.object({ plan: planSchema.nullable() }), ...errors(401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const current = await programs.currentProgram(db, user.id);
    return { plan: current ? toPlanView(current) : null };
  });

  app.put('/api/v1/plan', {
    schema: {
      tags: ['plan'],
      summary: 'Save your edit of the week: move combos between days, swap variants, change rounds and rest. Answers the stored plan with fresh warnings',
      body: weekPlanEditSchema,
      response: { 200: z.object({ plan: planSchema }), ...errors(400, 401, 409) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const program = await inTransaction(db, async (trx) => {
      const current = await programs.currentProgramForUpdate(trx, user.id);
      if (!current) throw new ApiError('conflict', NO_PLAN);
      if (req.body.baseId !== undefined && req.body.baseId !== current.id) {
        throw new ApiError('conflict', 'Your plan changed since you opened it (maybe your coach assigned a new one): reload it and edit again.');
      }
      // Warnings are for the gym the lifter has now, which may have changed since the plan was made.
      const profile = await profiles.getProfile(trx, user.id);
      const inventory = profile?.document.inventory ?? current.input.inventory;
      const plan = editedWeekPlan(req.body, current.plan, inventory);
      return programs.insertProgram(trx, { userId: user.id, createdBy: user.id, kind: 'edited', input: { ...current.input, inventory }, plan, parentId: current.id }, now());
    });
    return { plan: toPlanView(program) };
  });
}
