// Import ids nobody else can take first. Imported sessions get ids derived from
// the file, so importing it twice adds nothing; they used to be derived from the
// user id, which a coach knows: the coach could log a set under the id an
// import would take, and the lifter's import then failed with "session not
// found". Ids now come from a secret per lifter; files imported before still
// count as imported.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../src/interop/import.js';
import { derivedId } from '../../src/services/ids.js';
import { importSessions, logCombo } from '../../src/store/index.js';
import { deadliftRound } from '../support/uploads.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const FILE = 'strong-semicolon-kg.csv';
const text = readFileSync(new URL(`../fixtures/import/${FILE}`, import.meta.url), 'utf8');
const csv = { 'content-type': 'text/csv' };
/** The session id the import derived from the user id before the per-lifter secret. */
const oldId = (userId: string, key: string) => derivedId(userId, `csv:${key}`);
/** A JSON import's id from before the per-lifter secret. */
const oldJsonId = (userId: string, id: string) => derivedId(userId, `json:${id}`);

for (const backend of backends) {
  describe(`import ids on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => new Date('2025-03-04T09:00:00Z') });

    it("imports a lifter's file whole even after their coach logged sets under every id the old scheme would use", async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'squatting-coach');
      const athlete = await newClient(app, 'athlete');
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      expect((await athlete.request('POST', '/api/v1/coach/accept', { code })).statusCode).toBe(200);
      const { sessions } = await importCsv(text);
      for (const s of sessions) {
        const squat = { id: derivedId(oldId(athlete.userId, s.key), 'set:0'), sessionId: oldId(athlete.userId, s.key), date: s.date, exerciseId: 'barbell_deadlift', kind: 'normal', load: 1, reps: 1, unit: 'kg' };
        const squatted = await coach.request('POST', '/api/v1/sets', squat);
        expect(squatted.statusCode, squatted.body).toBe(201);
      }
      const res = await athlete.request('POST', '/api/v1/import', text, csv);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().report).toMatchObject({ sessions: sessions.length, sessionsInserted: sessions.length });
      // And once only: the same file again adds nothing.
      expect((await athlete.request('POST', '/api/v1/import', text, csv)).json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: sessions.length });
    });

    it('knows a file imported under the old ids: importing it again adds nothing', async () => {
      const { app, store } = ctx();
      const lifter = await newClient(app, 'long-time-lifter');
      const { sessions } = await importCsv(text);
      // What the import wrote before: the same sessions under ids from the user id.
      await importSessions(store.db, lifter.userId, sessions.map((s) => ({
        id: oldId(lifter.userId, s.key),
        date: s.date,
        startedAt: s.startedAt,
        name: s.name,
        source: 'import:strong' as const,
        notes: s.notes,
        sets: [],
      })));
      const again = await lifter.request('POST', '/api/v1/import', text, csv);
      expect(again.json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: sessions.length });
    });

    it('adds the new rounds of a document whose first import used the old ids, and doubles none', async () => {
      const { app, store } = ctx();
      const ana = await newClient(app, 'source');
      expect((await ana.request('PUT', '/api/v1/profile', { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } })).statusCode).toBe(200);
      const first = deadliftRound();
      expect((await ana.request('POST', '/api/v1/combos', first)).statusCode).toBe(201);
      const doc = (await ana.request('GET', '/api/v1/export.json')).json();
      // Ben imported it before the import key: the session and round under ids from his user id.
      const ben = await newClient(app, 'copier');
      const [session] = doc.sessions;
      const [log] = session.comboLogs;
      await logCombo(store.db, ben.userId, {
        sessionId: oldJsonId(ben.userId, session.id), sessionDate: session.date, comboLogId: oldJsonId(ben.userId, log.id), comboId: log.comboId,
        compoundExerciseId: log.compoundExerciseId, shrugExerciseId: log.shrugExerciseId, unit: log.unit, bodyweight: log.bodyweight,
        secondsBetween: log.secondsBetween, restSeconds: log.restSeconds, notes: log.notes, position: log.position,
        sets: log.sets.map((x: { id: string }) => ({ ...x, id: oldJsonId(ben.userId, x.id) })),
      }, new Date(log.createdAt));
      // Ana logs one more round in that session; Ben imports her newer export.
      expect((await ana.request('POST', '/api/v1/combos', deadliftRound({ sessionId: first.sessionId }))).statusCode).toBe(201);
      const res = await ben.request('POST', '/api/v1/import/json', (await ana.request('GET', '/api/v1/export.json')).json());
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: 1 });
      const rounds = (await ben.request('GET', '/api/v1/export.json')).json().sessions.flatMap((s: { comboLogs: unknown[] }) => s.comboLogs);
      expect(rounds).toHaveLength(2);
    });
  });
}
