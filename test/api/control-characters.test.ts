// PostgreSQL text cannot hold the NUL character, so no backend takes it, nor
// any other control character but tab and line breaks: a JSON body with one
// anywhere is refused with 400 naming where, on SQLite and PostgreSQL alike
// (NUL was a 500 on PostgreSQL); names and labels refuse tabs and line breaks
// too; a workout file's controls are dropped from its cells rather than
// failing the import.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const NUL = '\u0000';
const REFUSED = 'must not contain control characters such as NUL (tab and line breaks are fine)';
const NOW = new Date('2026-12-07T12:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

for (const backend of backends) {
  describe(`control characters in text on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('refuses NUL in every kind of body with 400 and the field, and stores nothing', async () => {
      const { app } = ctx();
      const reg = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: `nul-${randomUUID()}@example.org`, password: 'correct horse battery', displayName: `Ana${NUL}` } });
      expect(reg.statusCode).toBe(400);
      expect(reg.json().error.fields).toEqual([{ field: 'displayName', message: REFUSED }]);

      const c = await newClient(app);
      expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const sessionId = randomUUID();
      const cases: [string, string, unknown, string][] = [
        ['POST', '/api/v1/tokens', { name: `phone${NUL}` }, 'name'],
        ['POST', '/api/v1/exercises', { name: `Row${NUL}`, pattern: 'horizontal_pull' }, 'name'],
        [
          'POST',
          '/api/v1/combos',
          { id: randomUUID(), sessionId, date: '2026-12-07', combo: 'deadlift_elevation', compound: { load: 140, reps: 8, rir: 2, id: randomUUID() }, shrug: { load: 140, reps: 12, toFailure: true, id: randomUUID() }, secondsBetween: 4, notes: `good${NUL}` },
          'notes',
        ],
        ['POST', '/api/v1/sets', { id: randomUUID(), sessionId, date: '2026-12-07', exerciseId: 'bench_press', kind: 'normal', load: 60, reps: 8, notes: `x${NUL}` }, 'notes'],
        ['POST', '/api/v1/import/json', { version: 1, sessions: [{ notes: `n${NUL}` }] }, 'sessions[0].notes'],
      ];
      for (const [method, url, body, field] of cases) {
        const res = await c.request(method, url, body);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.fields, url).toEqual([{ field, message: REFUSED }]);
      }
      const history = (await c.request('GET', '/api/v1/history')).json();
      expect(history.sessions).toEqual([]);
    });

    it('refuses every other control character the same way, wherever it is and however JSON writes it', async () => {
      const c = await newClient(ctx().app);
      for (const control of ['\u0001', '\u0007', '\b', '\f', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f']) {
        const res = await c.request('POST', '/api/v1/exercises', { name: `Row${control}` });
        expect(res.statusCode, JSON.stringify(control)).toBe(400);
        expect(res.json().error.fields).toEqual([{ field: 'name', message: REFUSED }]);
      }
      // Written raw (DEL and C1 may be) or escaped, it is the same character.
      const raw = await c.request('POST', '/api/v1/exercises', '{"name":"Row\u007f x"}', { 'content-type': 'application/json' });
      expect(raw.statusCode).toBe(400);
      expect((await c.request('GET', '/api/v1/exercises')).json().exercises).toEqual([]);
    });

    it('takes tabs and line breaks in notes, and refuses them in names and labels', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const sessionId = randomUUID();
      const set = { id: randomUUID(), sessionId, date: '2026-12-07', exerciseId: 'bench_press', kind: 'normal', load: 60, reps: 8, notes: 'pause\tthen\r\npress' };
      const logged = await c.request('POST', '/api/v1/sets', set);
      expect(logged.statusCode, logged.body).toBe(201);
      expect(logged.json().set.notes).toBe('pause\tthen\r\npress');
      for (const [method, url, body] of [
        ['POST', '/api/v1/exercises', { name: 'Face\tPull' }],
        ['PATCH', `/api/v1/sessions/${sessionId}`, { name: 'Push\nday' }],
        ['POST', '/api/v1/tokens', { name: 'my\nphone' }],
      ] as const) {
        const res = await c.request(method, url, body);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.fields[0], url).toEqual({ field: 'name', message: 'must be one line, without tabs or line breaks' });
      }
      expect((await c.request('PATCH', `/api/v1/sessions/${sessionId}`, { notes: 'felt\tgood\nslept badly' })).statusCode).toBe(200);
    });

    it('drops control characters from a workout file’s cells and imports the rest', async () => {
      const c = await newClient(ctx().app);
      const head = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n';
      const file = `${head}2024-01-02 18:00:00,"Pull${NUL} d\u0007ay\u001b",1h,"Deadlift (Barbell)",1,100,5,0,0,"felt${NUL} good","",\n`;
      const res = await c.request('POST', '/api/v1/import', file, { 'content-type': 'text/csv' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().report.rowsImported).toBe(1);
      const session = (await c.request('GET', '/api/v1/history')).json().sessions[0];
      expect(session.name).toBe('Pull day');
    });
  });
}
