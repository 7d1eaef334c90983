// The lifter's own exercises, one session read and edited, and sets logged
// outside any combo: what they answer, what they refuse, and that analytics
// and history count a loose set as they count an imported one.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

// Tuesday 4 March 2025.
const NOW = new Date('2025-03-04T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

async function lifter(c: Client, unit = 'kg') {
  expect((await c.request('PUT', '/api/v1/profile', { ...profile, unit, bodyweight: unit === 'kg' ? 80 : 176 })).statusCode).toBe(200);
}

/** One deadlift set outside any combo; the unit comes from the profile. */
function looseSet(over: Record<string, unknown> = {}) {
  return { id: randomUUID(), sessionId: randomUUID(), date: '2025-03-03', exerciseId: 'barbell_deadlift', kind: 'normal', load: 140, reps: 6, rir: 2, ...over };
}

function round(sessionId: string) {
  return {
    id: randomUUID(),
    sessionId,
    date: '2025-03-03',
    combo: 'deadlift_elevation',
    compound: { load: 140, reps: 8, rir: 2, id: randomUUID() },
    shrug: { load: 140, reps: 12, toFailure: true, id: randomUUID() },
    secondsBetween: 5,
  };
}

const fieldsOf = (res: { json(): { error: { fields?: { field: string }[] } } }) => (res.json().error.fields ?? []).map((f) => f.field);
const names = async (c: Client) => ((await c.request('GET', '/api/v1/exercises')).json().exercises as { name: string }[]).map((e) => e.name);

for (const backend of backends) {
  describe(`own exercises, sessions and loose sets on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('creates, lists, renames and deletes own exercises; a name is taken whatever its case', async () => {
      const ana = await newClient(ctx().app);
      const made = await ana.request('POST', '/api/v1/exercises', { name: 'Cable Face Pull', pattern: 'horizontal_pull' });
      expect(made.statusCode).toBe(201);
      const face = made.json().exercise;
      expect(face).toEqual({ id: expect.stringMatching(/^custom:[0-9a-f-]{36}$/), name: 'Cable Face Pull', pattern: 'horizontal_pull', createdAt: NOW.toISOString() });
      const band = (await ana.request('POST', '/api/v1/exercises', { name: '  Band Pull-apart ' })).json().exercise;
      expect(band).toMatchObject({ name: 'Band Pull-apart', pattern: null });
      expect(await names(ana)).toEqual(['Band Pull-apart', 'Cable Face Pull']);

      const taken = await ana.request('POST', '/api/v1/exercises', { name: 'cable FACE pull' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('cable FACE pull') });

      const renamed = await ana.request('PATCH', `/api/v1/exercises/${band.id}`, { name: 'Banded Pull-Apart', pattern: 'horizontal_pull' });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json().exercise).toEqual({ ...band, name: 'Banded Pull-Apart', pattern: 'horizontal_pull' });
      expect((await ana.request('PATCH', `/api/v1/exercises/${band.id}`, { pattern: null })).json().exercise).toMatchObject({ name: 'Banded Pull-Apart', pattern: null });
      expect((await ana.request('PATCH', `/api/v1/exercises/${band.id}`, { name: 'CABLE face pull' })).statusCode).toBe(409);
      // Its own name in another case is no clash.
      expect((await ana.request('PATCH', `/api/v1/exercises/${face.id}`, { name: 'cable face pull' })).json().exercise.name).toBe('cable face pull');
      expect(await names(ana)).toEqual(['Banded Pull-Apart', 'cable face pull']);

      expect((await ana.request('DELETE', `/api/v1/exercises/${band.id}`)).statusCode).toBe(204);
      expect(await names(ana)).toEqual(['cable face pull']);
      expect((await ana.request('DELETE', `/api/v1/exercises/${band.id}`)).statusCode).toBe(404);
      expect((await ana.request('PATCH', `/api/v1/exercises/${band.id}`, { name: 'Back' })).statusCode).toBe(404);
      // The name of a deleted exercise is free again.
      expect((await ana.request('POST', '/api/v1/exercises', { name: 'banded pull-apart' })).statusCode).toBe(201);
    });

    it('names what is wrong in an exercise: empty or long names, unknown fields and patterns, ids that are not own', async () => {
      const ana = await newClient(ctx().app);
      const bad = await ana.request('POST', '/api/v1/exercises', { name: '   ', pattern: 'curl', colour: 'red' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad).sort()).toEqual(['colour', 'name', 'pattern']);
      const long = await ana.request('POST', '/api/v1/exercises', { name: 'x'.repeat(81) });
      expect(long.json().error.fields).toEqual([{ field: 'name', message: 'must be at most 80 characters' }]);
      expect((await ana.request('POST', '/api/v1/exercises', { name: 'x'.repeat(80) })).statusCode).toBe(201);
      const catalogId = await ana.request('DELETE', '/api/v1/exercises/barbell_deadlift');
      expect(catalogId.statusCode).toBe(400);
      expect(fieldsOf(catalogId)).toEqual(['id']);
      expect((await ana.request('DELETE', `/api/v1/exercises/custom:${randomUUID()}`)).statusCode).toBe(404);
    });

    it('reads one session whole and sets its name and notes; null clears, what is left out stays', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const sessionId = randomUUID();
      const r = round(sessionId);
      expect((await ana.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);

      const got = await ana.request('GET', `/api/v1/sessions/${sessionId}`);
      expect(got.statusCode).toBe(200);
      const { session, exerciseNames } = got.json();
      expect(session).toMatchObject({ id: sessionId, date: '2025-03-03', startedAt: null, name: null, source: 'app', notes: null });
      expect(session.combos.map((c: { id: string }) => c.id)).toEqual([r.id]);
      expect(session.combos[0]).toMatchObject({ compound: { load: 140, reps: 8, rir: 2 }, shrug: { reps: 12 } });
      expect(session.sets).toEqual([]);
      expect(exerciseNames).toEqual({});
      // The same shape as the session's entry in history.
      expect((await ana.request('GET', '/api/v1/history')).json().sessions[0]).toEqual(session);

      const patched = await ana.request('PATCH', `/api/v1/sessions/${sessionId}`, { name: ' Pull day ', notes: 'Grip gave out on the shrugs.' });
      expect(patched.statusCode).toBe(200);
      expect(patched.json().session).toEqual({ ...session, name: 'Pull day', notes: 'Grip gave out on the shrugs.' });
      expect((await ana.request('PATCH', `/api/v1/sessions/${sessionId}`, { notes: null })).json().session).toMatchObject({ name: 'Pull day', notes: null });
      expect((await ana.request('PATCH', `/api/v1/sessions/${sessionId}`, { name: null })).json().session).toMatchObject({ name: null, notes: null });
      expect((await ana.request('PATCH', `/api/v1/sessions/${sessionId}`, {})).json().session).toEqual(session);
      expect((await ana.request('GET', `/api/v1/sessions/${sessionId}`)).json().session).toEqual(session);
    });

    it('refuses session edits past the limits or with other fields, naming them, and answers 404 to unknown sessions', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const r = round(randomUUID());
      await ana.request('POST', '/api/v1/combos', r);
      const url = `/api/v1/sessions/${r.sessionId}`;
      const long = await ana.request('PATCH', url, { notes: 'n'.repeat(10_001) });
      expect(long.statusCode).toBe(400);
      expect(long.json().error.fields).toEqual([{ field: 'notes', message: 'must be at most 10000 characters' }]);
      expect((await ana.request('PATCH', url, { notes: 'n'.repeat(10_000) })).statusCode).toBe(200);
      expect(fieldsOf(await ana.request('PATCH', url, { name: 'n'.repeat(201) }))).toEqual(['name']);
      expect(fieldsOf(await ana.request('PATCH', url, { name: '' }))).toEqual(['name']);
      expect(fieldsOf(await ana.request('PATCH', url, { date: '2025-03-01', notes: 5 })).sort()).toEqual(['date', 'notes']);
      expect((await ana.request('GET', url)).json().session).toMatchObject({ date: '2025-03-03', name: null, notes: 'n'.repeat(10_000) });
      expect((await ana.request('GET', `/api/v1/sessions/${randomUUID()}`)).statusCode).toBe(404);
      expect((await ana.request('PATCH', `/api/v1/sessions/${randomUUID()}`, { name: 'x' })).statusCode).toBe(404);
      expect((await ana.request('GET', '/api/v1/sessions/not-a-uuid')).statusCode).toBe(400);
    });
  });
}
