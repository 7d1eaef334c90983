// The lifter's own exercises (their gym's odd machine, an accessory the catalog
// lacks). The catalog itself is public and cached at GET /catalog; these are
// per lifter, so they have their own endpoints.
import { z } from 'zod';
import { customExercises } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { errors } from '../../contract/common.js';
import { exerciseBodySchema, exerciseParams, exercisePatchSchema, exerciseSchema } from '../../contract/exercise.js';
import { toExercise } from '../wire.js';
import type { RouteDeps } from './deps.js';

const answer = z.object({ exercise: exerciseSchema });

export function registerExerciseRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.get('/api/v1/exercises', {
    schema: {
      tags: ['profile'],
      summary: 'Your own exercises, by name (the catalog’s are at /api/v1/catalog)',
      response: { 200: z.object({ exercises: z.array(exerciseSchema) }), ...errors(401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    return { exercises: (await customExercises.listCustomExercises(db, user.id)).map(toExercise) };
  });

  app.post('/api/v1/exercises', {
    schema: {
      tags: ['profile'],
      summary: 'Add an exercise of your own; a name you already use (in any case) answers 409',
      body: exerciseBodySchema,
      response: { 201: answer, ...errors(400, 401, 409) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const exercise = await customExercises.createCustomExercise(db, user.id, req.body, now());
    return reply.status(201).send({ exercise: toExercise(exercise) });
  });

  app.patch('/api/v1/exercises/:id', {
    schema: {
      tags: ['profile'],
      summary: 'Rename one of your exercises or change its pattern; sets logged with it follow. A name you already use answers 409',
      params: exerciseParams,
      body: exercisePatchSchema,
      response: { 200: answer, ...errors(400, 401, 404, 409) },
    },
  }, async (req) => {
    const user = requireUser(req);
    return { exercise: toExercise(await customExercises.updateCustomExercise(db, user.id, req.params.id, req.body)) };
  });

  app.delete('/api/v1/exercises/:id', {
    schema: {
      tags: ['profile'],
      summary: 'Delete one of your exercises; while any logged set uses it the answer is 409 and nothing changes',
      params: exerciseParams,
      response: { 204: z.null(), ...errors(400, 401, 404, 409) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    await customExercises.deleteCustomExercise(db, user.id, req.params.id);
    return reply.status(204).send(null);
  });
}
