// One logged session: read it whole, or name it and note it.
import { z } from 'zod';
import { customExercises, getSession, updateSession, type Db, type StoredSession } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { notFound } from '../errors.js';
import { errors, idParams } from '../../contract/common.js';
import { exerciseNamesSchema, historySessionSchema, sessionPatchSchema } from '../../contract/history.js';
import { toHistorySession } from '../wire.js';
import type { RouteDeps } from './deps.js';

const answer = z.object({ session: historySessionSchema, exerciseNames: exerciseNamesSchema });

async function withNames(db: Db, userId: string, session: StoredSession) {
  const names = await customExercises.customExerciseNames(db, userId, session.sets.map((s) => s.exerciseId));
  return { session: toHistorySession(session), exerciseNames: Object.fromEntries(names) };
}

export function registerSessionRoutes(app: App, deps: RouteDeps): void {
  const { db } = deps;

  app.get('/api/v1/sessions/:id', {
    schema: {
      tags: ['training'],
      summary: 'One session: its date, name, notes and where it came from, with its combo rounds and its sets outside combos',
      params: idParams,
      response: { 200: answer, ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const session = await getSession(db, user.id, req.params.id);
    if (!session) throw notFound('session');
    return withNames(db, user.id, session);
  });

  app.patch('/api/v1/sessions/:id', {
    schema: {
      tags: ['training'],
      summary: 'Name a session or write its notes; null clears either, and what you leave out stays',
      params: idParams,
      body: sessionPatchSchema,
      response: { 200: answer, ...errors(400, 401, 404) },
    },
  }, async (req) => {
    const user = requireUser(req);
    return withNames(db, user.id, await updateSession(db, user.id, req.params.id, req.body));
  });
}
