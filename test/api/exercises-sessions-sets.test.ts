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

    it('keeps an exercise a logged set uses (409, nothing changes) until that set is deleted', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const face = (await ana.request('POST', '/api/v1/exercises', { name: 'Face Pull' })).json().exercise;
      const set = looseSet({ exerciseId: face.id, load: 25, reps: 15, rir: null });
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(201);

      const refused = await ana.request('DELETE', `/api/v1/exercises/${face.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toEqual({ code: 'conflict', message: '"Face Pull" cannot be deleted: 1 logged set uses it. Delete those sets first, or rename the exercise instead.' });
      expect(await names(ana)).toEqual(['Face Pull']);
      const session = (await ana.request('GET', `/api/v1/sessions/${set.sessionId}`)).json();
      expect(session.session.sets.map((s: { id: string }) => s.id)).toEqual([set.id]);
      expect(session.exerciseNames).toEqual({ [face.id]: 'Face Pull' });

      expect((await ana.request('DELETE', `/api/v1/sets/${set.id}`)).statusCode).toBe(204);
      expect((await ana.request('DELETE', `/api/v1/exercises/${face.id}`)).statusCode).toBe(204);
    });

    it('reads one session whole and sets its name and notes; null clears, what is left out stays', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const sessionId = randomUUID();
      const r = round(sessionId);
      expect((await ana.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      const set = looseSet({ sessionId, exerciseId: 'lat_pulldown', load: 60, reps: 10 });
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(201);

      const got = await ana.request('GET', `/api/v1/sessions/${sessionId}`);
      expect(got.statusCode).toBe(200);
      const { session, exerciseNames } = got.json();
      expect(session).toMatchObject({ id: sessionId, date: '2025-03-03', startedAt: null, name: null, source: 'app', notes: null });
      expect(session.combos.map((c: { id: string }) => c.id)).toEqual([r.id]);
      expect(session.combos[0]).toMatchObject({ compound: { load: 140, reps: 8, rir: 2 }, shrug: { reps: 12 } });
      expect(session.sets).toEqual([{ id: set.id, position: 0, kind: 'normal', exerciseId: 'lat_pulldown', load: 60, unit: 'kg', reps: 10, rir: 2, toFailure: false, seconds: null, distance: null, notes: null, restSeconds: null }]);
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
      const set = looseSet();
      await ana.request('POST', '/api/v1/sets', set);
      const url = `/api/v1/sessions/${set.sessionId}`;
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

    it('logs a loose set: 201 and a new session, 200 for the same set again, 409 for other numbers under its id', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const set = looseSet();
      const first = await ana.request('POST', '/api/v1/sets', set);
      expect(first.statusCode).toBe(201);
      const { id, sessionId, date, ...fields } = set;
      expect(first.json().set).toEqual({ ...fields, id, sessionId, date, position: 0, unit: 'kg', toFailure: false, seconds: null, distance: null, notes: null, restSeconds: null });

      const again = await ana.request('POST', '/api/v1/sets', structuredClone(set));
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      // The unit came from the profile: a retry after the profile changed is still a retry.
      await lifter(ana, 'lb');
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(200);
      expect((await ana.request('POST', '/api/v1/sets', { ...set, unit: 'lb' })).statusCode).toBe(409);
      expect((await ana.request('POST', '/api/v1/sets', { ...set, load: 142.5 })).statusCode).toBe(409);
      expect((await ana.request('POST', '/api/v1/sets', { ...set, sessionId: randomUUID() })).statusCode).toBe(409);

      const second = looseSet({ sessionId, kind: 'failure', load: 100, reps: 12, rir: 0, unit: 'kg', restSeconds: 90, notes: 'paused reps' });
      const next = await ana.request('POST', '/api/v1/sets', second);
      expect(next.statusCode).toBe(201);
      expect(next.json().set).toMatchObject({ position: 1, kind: 'failure', toFailure: true, restSeconds: 90, notes: 'paused reps' });
      // A set dated otherwise than its session is refused.
      expect((await ana.request('POST', '/api/v1/sets', looseSet({ sessionId, date: '2025-03-02' }))).statusCode).toBe(409);

      const session = (await ana.request('GET', `/api/v1/sessions/${sessionId}`)).json().session;
      expect(session).toMatchObject({ date: '2025-03-03', source: 'app', name: null, combos: [] });
      expect(session.sets.map((s: { id: string; load: number }) => [s.id, s.load])).toEqual([[set.id, 140], [second.id, 100]]);
    });

    it('takes a catalog exercise or an own one, and names exerciseId, unknown fields, the date and ranges otherwise', async () => {
      const { app } = ctx();
      const ana = await newClient(app);
      const ben = await newClient(app);
      await lifter(ana);
      const theirs = (await ben.request('POST', '/api/v1/exercises', { name: 'Ben Row' })).json().exercise;
      for (const exerciseId of ['neck_curl', `custom:${randomUUID()}`, theirs.id, '', 'x'.repeat(121)]) {
        const res = await ana.request('POST', '/api/v1/sets', looseSet({ exerciseId }));
        expect(res.statusCode, exerciseId).toBe(400);
        expect(fieldsOf(res), exerciseId).toEqual(['exerciseId']);
      }
      const own = (await ana.request('POST', '/api/v1/exercises', { name: 'Reverse Fly' })).json().exercise;
      expect((await ana.request('POST', '/api/v1/sets', looseSet({ exerciseId: own.id, load: 8 }))).statusCode).toBe(201);

      expect(fieldsOf(await ana.request('POST', '/api/v1/sets', { ...looseSet(), tempo: '3-1-1' }))).toEqual(['tempo']);
      const future = await ana.request('POST', '/api/v1/sets', looseSet({ date: '2025-03-06' }));
      expect(future.statusCode).toBe(400);
      expect(future.json().error.fields).toEqual([{ field: 'date', message: 'must be no later than 2025-03-05' }]);
      const ranges = await ana.request('POST', '/api/v1/sets', looseSet({ load: 10_001, reps: 2.5, rir: 11, kind: 'ramp', restSeconds: 86_401 }));
      expect(fieldsOf(ranges).sort()).toEqual(['kind', 'load', 'reps', 'restSeconds', 'rir']);
      expect(fieldsOf(await ana.request('POST', '/api/v1/sets', looseSet({ notes: 'n'.repeat(5001) })))).toEqual(['notes']);
      // Band help is a negative load on a bodyweight lift only.
      expect(fieldsOf(await ana.request('POST', '/api/v1/sets', looseSet({ load: -20 })))).toEqual(['load']);
      expect((await ana.request('POST', '/api/v1/sets', looseSet({ exerciseId: 'pull_up', load: -20 }))).statusCode).toBe(201);
      // Without a profile the unit must be sent.
      const newcomer = await newClient(app);
      const noUnit = await newcomer.request('POST', '/api/v1/sets', looseSet());
      expect(noUnit.statusCode).toBe(400);
      expect(fieldsOf(noUnit)).toEqual(['unit']);
      expect((await newcomer.request('POST', '/api/v1/sets', looseSet({ unit: 'lb' }))).json().set.unit).toBe('lb');
    });

    it('deletes a loose set only: 204, and 204 again; a combo round’s sets answer 404 and stay', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const sessionId = randomUUID();
      const r = round(sessionId);
      await ana.request('POST', '/api/v1/combos', r);
      const set = looseSet({ sessionId });
      await ana.request('POST', '/api/v1/sets', set);
      expect((await ana.request('DELETE', `/api/v1/sets/${r.compound.id}`)).statusCode).toBe(404);
      expect((await ana.request('DELETE', `/api/v1/sets/${set.id}`)).statusCode).toBe(204);
      expect((await ana.request('DELETE', `/api/v1/sets/${set.id}`)).statusCode).toBe(204);
      const session = (await ana.request('GET', `/api/v1/sessions/${sessionId}`)).json().session;
      expect(session.sets).toEqual([]);
      expect(session.combos[0].compound.id).toBe(r.compound.id);
      // With no loose set left, the next one stands first again.
      const later = await ana.request('POST', '/api/v1/sets', looseSet({ sessionId }));
      expect(later.json().set.position).toBe(0);
    });

    it('gives sets sent at once to one session a place each', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const sessionId = randomUUID();
      const sent = Array.from({ length: 6 }, (_, i) => looseSet({ sessionId, reps: 5 + i }));
      const answers = await Promise.all(sent.map((s) => ana.request('POST', '/api/v1/sets', s)));
      expect(answers.map((a) => a.statusCode)).toEqual(sent.map(() => 201));
      const positions = answers.map((a) => a.json().set.position as number).sort((a, b) => a - b);
      expect(positions).toEqual([0, 1, 2, 3, 4, 5]);
      expect((await ana.request('GET', `/api/v1/sessions/${sessionId}`)).json().session.sets).toHaveLength(6);
    });

    it('counts a loose set in analytics and history as an imported one, and its deletion too', async () => {
      const ana = await newClient(ctx().app);
      await lifter(ana);
      const analytics = async () => (await ana.request('GET', '/api/v1/analytics?asOf=2025-03-04')).json().analytics;
      expect(await analytics()).toMatchObject({ combos: 0, plainSets: 0, sets: 0 });
      const set = looseSet();
      await ana.request('POST', '/api/v1/sets', set);
      const a = await analytics();
      expect(a).toMatchObject({ combos: 0, plainSets: 1, sets: 1 });
      // 140 × (1 + (6 + 2)/30) = 177.33 kg.
      const trend = a.e1rmTrends.find((t: { exerciseId: string }) => t.exerciseId === 'barbell_deadlift');
      expect(trend.points).toHaveLength(1);
      expect(trend.points[0]).toMatchObject({ date: '2025-03-03', load: 140, reps: 6, rir: 2 });
      expect(trend.points[0].e1rm).toBeCloseTo(177.333, 2);
      expect(a.weekly[0]).toMatchObject({ week: '2025-03-03', muscles: { glutes: { sets: 1, reps: 6 } } });
      // A warm-up and an own exercise are kept but not counted, as in an import.
      await ana.request('POST', '/api/v1/sets', looseSet({ sessionId: set.sessionId, kind: 'warmup', load: 60 }));
      expect((await analytics()).plainSets).toBe(1);

      const history = (await ana.request('GET', '/api/v1/history')).json();
      expect(history.sessions.map((s: { id: string; sets: unknown[] }) => [s.id, s.sets.length])).toEqual([[set.sessionId, 2]]);
      await ana.request('DELETE', `/api/v1/sets/${set.id}`);
      expect(await analytics()).toMatchObject({ plainSets: 0, e1rmTrends: [] });
    });

    it('bumps the revision with every write, so cached views refresh', async () => {
      const { app, store } = ctx();
      const ana = await newClient(app);
      await lifter(ana);
      const revision = async () => Number((await store.db.selectFrom('users').select('revision').where('id', '=', ana.userId).executeTakeFirstOrThrow()).revision);
      const writes: [string, string, unknown][] = [];
      const set = looseSet();
      const ex = (await ana.request('POST', '/api/v1/exercises', { name: 'Face Pull' })).json().exercise;
      writes.push(['PATCH', `/api/v1/exercises/${ex.id}`, { name: 'Cable Face Pull' }], ['DELETE', `/api/v1/exercises/${ex.id}`, undefined]);
      writes.push(['POST', '/api/v1/sets', set], ['PATCH', `/api/v1/sessions/${set.sessionId}`, { notes: 'x' }], ['DELETE', `/api/v1/sets/${set.id}`, undefined]);
      let before = await revision();
      const created = await ana.request('POST', '/api/v1/exercises', { name: 'Y Raise' });
      expect(created.statusCode).toBe(201);
      expect(await revision()).toBe(before + 1);
      for (const [method, url, body] of writes) {
        before = await revision();
        const res = await ana.request(method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(300);
        expect(await revision(), `${method} ${url}`).toBe(before + 1);
      }
      // A retry writes nothing.
      const kept = looseSet();
      expect((await ana.request('POST', '/api/v1/sets', kept)).statusCode).toBe(201);
      before = await revision();
      expect((await ana.request('POST', '/api/v1/sets', kept)).statusCode).toBe(200);
      expect(await revision()).toBe(before);
    });
  });
}
