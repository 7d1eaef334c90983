// Ownership everywhere: another user's ids answer 404 on every endpoint that
// takes an id, and nothing of one user shows up in another's reads. The table
// below must name every route with a path parameter, so a new one cannot be
// added without saying how it is guarded.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], equipment: { preset: 'commercial' } };
const combo = (sessionId: string) => ({
  id: randomUUID(),
  sessionId,
  date: '2026-11-18',
  unit: 'kg',
  combo: 'deadlift_elevation',
  compound: { id: randomUUID(), load: 140, reps: 8, rir: 2 },
  shrug: { id: randomUUID(), load: 140, reps: 14, toFailure: true },
  secondsBetween: 1,
});

for (const backend of backends) {
  describe(`ownership on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it("answers 404 to another user's ids on every endpoint that takes one", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const bob = await newClient(app, 'bob');
      const coach = await newClient(app, 'coach');
      await ana.request('PUT', '/api/v1/profile', profile);
      await ana.request('POST', '/api/v1/plan/generate', {});
      const sessionId = randomUUID();
      const log = combo(sessionId);
      expect((await ana.request('POST', '/api/v1/combos', log)).statusCode).toBe(201);
      const { id: tokenId } = (await ana.request('POST', '/api/v1/tokens', { name: 'ana' })).json();
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      const { linkId } = (await ana.request('POST', '/api/v1/coach/accept', { code })).json();
      const { id: _, sessionId: __, date: ___, ...edit } = combo(sessionId);
      const week = { days: [{ weekday: 'mon', label: 'x', compounds: [], combos: [] }] };
      const exercise = (await ana.request('POST', '/api/v1/exercises', { name: 'Face Pull' })).json().exercise;
      const set = { id: randomUUID(), sessionId, date: '2026-11-18', exerciseId: exercise.id, kind: 'normal', load: 20, reps: 15 };
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(201);
      const bobsSet = (over: Record<string, unknown>) => ({ ...set, id: randomUUID(), sessionId: randomUUID(), exerciseId: 'lat_pulldown', unit: 'kg', ...over });

      // Every route with a path parameter, and how Bob tries to reach Ana's thing.
      const attempts: Record<string, () => Promise<{ statusCode: number }>> = {
        'GET /api/v1/combos/{id}': () => bob.request('GET', `/api/v1/combos/${log.id}`),
        'PUT /api/v1/combos/{id}': () => bob.request('PUT', `/api/v1/combos/${log.id}`, edit),
        'DELETE /api/v1/combos/{id}': () => bob.request('DELETE', `/api/v1/combos/${log.id}`),
        'PUT /api/v1/combos/{id}/feedback': () => bob.request('PUT', `/api/v1/combos/${log.id}/feedback`, { pump: 'none' }),
        'DELETE /api/v1/tokens/{id}': () => bob.request('DELETE', `/api/v1/tokens/${tokenId}`),
        'DELETE /api/v1/coach/links/{id}': () => bob.request('DELETE', `/api/v1/coach/links/${linkId}`),
        'GET /api/v1/athletes/{id}/plan': () => bob.request('GET', `/api/v1/athletes/${ana.userId}/plan`),
        'PUT /api/v1/athletes/{id}/plan': () => bob.request('PUT', `/api/v1/athletes/${ana.userId}/plan`, week),
        'GET /api/v1/athletes/{id}/history': () => bob.request('GET', `/api/v1/athletes/${ana.userId}/history`),
        'PATCH /api/v1/exercises/{id}': () => bob.request('PATCH', `/api/v1/exercises/${exercise.id}`, { name: 'Mine now' }),
        'DELETE /api/v1/exercises/{id}': () => bob.request('DELETE', `/api/v1/exercises/${exercise.id}`),
        'GET /api/v1/sessions/{id}': () => bob.request('GET', `/api/v1/sessions/${sessionId}`),
        'PATCH /api/v1/sessions/{id}': () => bob.request('PATCH', `/api/v1/sessions/${sessionId}`, { notes: 'x' }),
        'DELETE /api/v1/sets/{id}': () => bob.request('DELETE', `/api/v1/sets/${set.id}`),
      };
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
      const withIds = Object.entries(doc.paths)
        .filter(([path]) => path.includes('{'))
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      expect(withIds.sort()).toEqual(Object.keys(attempts).sort());
      for (const [route, attempt] of Object.entries(attempts)) {
        expect((await attempt()).statusCode, route).toBe(404);
      }
      // Reusing Ana's ids in a write of Bob's is refused the same way.
      expect((await bob.request('POST', '/api/v1/combos', log)).statusCode).toBe(404);
      expect((await bob.request('POST', '/api/v1/combos', combo(sessionId))).statusCode).toBe(404);
      expect((await bob.request('POST', '/api/v1/sets', bobsSet({ sessionId }))).statusCode).toBe(404);
      expect((await bob.request('POST', '/api/v1/sets', bobsSet({ id: set.id }))).statusCode).toBe(404);
      // Ana's exercise is not one Bob can log: the field is wrong, whoever owns it.
      const foreign = await bob.request('POST', '/api/v1/sets', bobsSet({ exerciseId: exercise.id }));
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.fields).toEqual([{ field: 'exerciseId', message: 'is neither a catalog exercise id nor one of your own exercises' }]);
      expect((await bob.request('GET', '/api/v1/exercises')).json().exercises).toEqual([]);
      // Ana's things are all still there.
      expect((await ana.request('GET', `/api/v1/combos/${log.id}`)).statusCode).toBe(200);
      expect((await coach.request('GET', `/api/v1/athletes/${ana.userId}/plan`)).statusCode).toBe(200);
      const session = (await ana.request('GET', `/api/v1/sessions/${sessionId}`)).json().session;
      expect(session).toMatchObject({ notes: null, sets: [{ id: set.id }], combos: [{ id: log.id }] });
      expect((await ana.request('GET', '/api/v1/exercises')).json().exercises).toEqual([exercise]);
    });

    it("shows nothing of one user's data in another's reads", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana2');
      const bob = await newClient(app, 'bob2');
      for (const c of [ana, bob]) {
        await c.request('PUT', '/api/v1/profile', profile);
        await c.request('POST', '/api/v1/plan/generate', {});
      }
      const log = combo(randomUUID());
      await ana.request('POST', '/api/v1/combos', log);
      const exercise = (await ana.request('POST', '/api/v1/exercises', { name: 'Face Pull' })).json().exercise;
      const set = { id: randomUUID(), sessionId: log.sessionId, date: log.date, exerciseId: exercise.id, kind: 'normal', load: 20, reps: 15 };
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(201);
      const reads = ['/api/v1/exercises', '/api/v1/history', '/api/v1/analytics?asOf=2026-11-20', '/api/v1/today?day=wed', '/api/v1/plan', '/api/v1/profile', '/api/v1/export.json', '/api/v1/export.csv'];
      for (const url of reads) {
        const res = await bob.request('GET', url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toContain(log.id);
        expect(res.body, url).not.toContain(set.id);
        expect(res.body, url).not.toContain(exercise.id);
        expect(res.body, url).not.toContain(ana.userId);
        expect(res.body, url).not.toContain(ana.email);
      }
      expect((await bob.request('GET', '/api/v1/next?combo=deadlift_elevation')).statusCode).toBe(404);
      expect((await ana.request('GET', '/api/v1/history')).body).toContain(log.id);
    });
  });
}

