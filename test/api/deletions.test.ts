// Deletes stay deleted. A phone that was offline replays what it uploaded
// before; another device restores an old backup. Neither brings back a round
// or set the lifter deleted: the server keeps the id as deleted (a tombstone),
// answers a replay with 410 and when, and lists tombstones in the export.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound, looseSet } from '../support/uploads.js';

const NOW = new Date('2025-03-04T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

async function lifter(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
}
const roundsIn = async (c: Client) => ((await c.request('GET', '/api/v1/history')).json().sessions as { combos: unknown[] }[]).flatMap((s) => s.combos).length;

for (const backend of backends) {
  describe(`deletions on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('answers a replayed upload of a deleted round with 410 and the deletion time; a correction of it too', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const r = deadliftRound();
      expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      expect((await c.request('DELETE', `/api/v1/combos/${r.id}`)).statusCode).toBe(204);
      const replay = await c.request('POST', '/api/v1/combos', r);
      expect(replay.statusCode).toBe(410);
      expect(replay.json().error).toMatchObject({ code: 'gone', deletedAt: NOW.toISOString() });
      expect(replay.json().error.message).toMatch(/round was deleted/);
      const { id: _i, sessionId: _s, date: _d, ...edit } = r;
      expect((await c.request('PUT', `/api/v1/combos/${r.id}`, edit)).statusCode).toBe(410);
      expect(await roundsIn(c)).toBe(0);
    });

    it('answers a replayed set outside any combo with 410 once it is deleted', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const s = looseSet();
      expect((await c.request('POST', '/api/v1/sets', s)).statusCode).toBe(201);
      expect((await c.request('DELETE', `/api/v1/sets/${s.id}`)).statusCode).toBe(204);
      const replay = await c.request('POST', '/api/v1/sets', s);
      expect(replay.statusCode).toBe(410);
      expect(replay.json().error.deletedAt).toBe(NOW.toISOString());
      expect((await c.request('GET', `/api/v1/sessions/${s.sessionId}`)).json().session.sets).toEqual([]);
    });

    it("keeps one lifter's deletions to themselves: another lifter's upload is not told of them", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await lifter(ana);
      await lifter(ben);
      const r = deadliftRound();
      await ana.request('POST', '/api/v1/combos', r);
      await ana.request('DELETE', `/api/v1/combos/${r.id}`);
      expect((await ben.request('DELETE', `/api/v1/combos/${r.id}`)).statusCode).toBe(404);
      expect((await ben.request('GET', '/api/v1/export.json')).json().deletions).toEqual([]);
    });

    it("never lets another lifter's tombstone stand in for one's own", async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana-own');
      const ben = await newClient(app, 'ben-squatter');
      await lifter(ana);
      const r = deadliftRound();
      expect((await ana.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      // Ben restores a document of "his own" that says Ana's round id was deleted.
      const bens = (await ben.request('GET', '/api/v1/export.json')).json();
      expect((await ben.request('POST', '/api/v1/import/json', { ...bens, deletions: [{ kind: 'round', id: r.id, deletedAt: '2025-03-01T00:00:00.000Z' }] })).statusCode).toBe(200);
      expect(await roundsIn(ana)).toBe(1);
      expect((await ana.request('DELETE', `/api/v1/combos/${r.id}`)).statusCode).toBe(204);
      expect((await ana.request('GET', '/api/v1/export.json')).json().deletions).toEqual([{ kind: 'round', id: r.id, deletedAt: NOW.toISOString() }]);
      expect((await ana.request('POST', '/api/v1/combos', r)).statusCode).toBe(410);
      expect((await ana.request('DELETE', `/api/v1/combos/${r.id}`)).statusCode).toBe(204);
    });

    it('applies a newer document’s deletions to what an earlier import of it brought, so a copy of a copy is the same', async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana-source');
      await lifter(ana);
      const gone = deadliftRound();
      const stays = deadliftRound({ sessionId: gone.sessionId });
      const set = looseSet();
      for (const r of [gone, stays]) await ana.request('POST', '/api/v1/combos', r);
      await ana.request('POST', '/api/v1/sets', set);
      const ben = await newClient(app, 'ben-copy');
      expect((await ben.request('POST', '/api/v1/import/json', (await ana.request('GET', '/api/v1/export.json')).json())).statusCode).toBe(200);
      expect(await roundsIn(ben)).toBe(2);

      await ana.request('DELETE', `/api/v1/combos/${gone.id}`);
      await ana.request('DELETE', `/api/v1/sets/${set.id}`);
      const newer = await ben.request('POST', '/api/v1/import/json', (await ana.request('GET', '/api/v1/export.json')).json());
      expect(newer.json().report).toMatchObject({ deletionsApplied: 2, sessionsInserted: 0 });
      expect(await roundsIn(ben)).toBe(1);
      const benDoc = (await ben.request('GET', '/api/v1/export.json')).json();
      expect(benDoc.sessions.flatMap((s: { sets: unknown[] }) => s.sets)).toEqual([]);

      const carl = await newClient(app, 'carl-copy-of-copy');
      expect((await carl.request('POST', '/api/v1/import/json', benDoc)).statusCode).toBe(200);
      expect(await roundsIn(carl)).toBe(1);
      const carlDoc = (await carl.request('GET', '/api/v1/export.json')).json();
      expect(carlDoc.deletions).toHaveLength(benDoc.deletions.length);
    });

    it('lists deletions in the export; restoring an older backup, here or in another account, leaves them deleted', async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana-backup');
      await lifter(ana);
      const kept = deadliftRound();
      const dropped = deadliftRound({ sessionId: kept.sessionId });
      const set = looseSet({ sessionId: randomUUID() });
      for (const r of [kept, dropped]) expect((await ana.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      expect((await ana.request('POST', '/api/v1/sets', set)).statusCode).toBe(201);
      const backup = (await ana.request('GET', '/api/v1/export.json')).json();
      expect(backup.deletions).toEqual([]);

      await ana.request('DELETE', `/api/v1/combos/${dropped.id}`);
      await ana.request('DELETE', `/api/v1/sets/${set.id}`);
      const now = (await ana.request('GET', '/api/v1/export.json')).json();
      expect(now.deletions).toEqual([
        { kind: 'round', id: dropped.id, deletedAt: NOW.toISOString() },
        { kind: 'set', id: set.id, deletedAt: NOW.toISOString() },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)));

      // The older backup, into the same account: what was deleted since stays deleted.
      const restored = await ana.request('POST', '/api/v1/import/json', backup);
      expect(restored.statusCode, restored.body).toBe(200);
      expect(restored.json().report).toMatchObject({ sessionsInserted: 0, deletedLeftOut: 2 });
      expect(await roundsIn(ana)).toBe(1);
      expect((await ana.request('GET', '/api/v1/export.json')).json()).toEqual({ ...now, exportedAt: expect.any(String) });

      // Into another account: the deletions come along, so the older backup afterwards adds only what was kept.
      const ben = await newClient(app, 'ben-device');
      expect((await ben.request('POST', '/api/v1/import/json', now)).json().report).toMatchObject({ deletedLeftOut: 0 });
      expect((await ben.request('POST', '/api/v1/import/json', backup)).json().report).toMatchObject({ deletedLeftOut: 2 });
      const benDoc = (await ben.request('GET', '/api/v1/export.json')).json();
      expect(benDoc.deletions.map((d: { kind: string }) => d.kind).sort()).toEqual(['round', 'set']);
      expect(benDoc.sessions.flatMap((s: { comboLogs: unknown[] }) => s.comboLogs)).toHaveLength(1);
      expect(benDoc.sessions.flatMap((s: { sets: unknown[] }) => s.sets)).toHaveLength(0);
    });
  });
}
