// Cached views (today, next, analytics) are keyed by the lifter's revision, so
// a write through any server process shows up at once in reads on every other.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/api/app.js';
import { SESSION_COOKIE } from '../../src/api/auth.js';
import { analyticsView } from '../../src/api/views/analytics-view.js';
import { migrateToLatest, type Store } from '../../src/store/index.js';
import { backends } from '../support/backends.js';

const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], equipment: { preset: 'commercial' } };

for (const backend of backends) {
  describe(`cached views on ${backend.name}`, () => {
    let handle: { store: Store; drop(): Promise<void> };
    let one: App;
    let two: App;
    beforeAll(async () => {
      handle = await backend.fresh();
      await migrateToLatest(handle.store);
      // Two apps on one database stand for two server processes.
      one = await buildApp({ store: handle.store, config: { secureCookies: false } });
      two = await buildApp({ store: handle.store, config: { secureCookies: false } });
    });
    afterAll(async () => {
      await one.close();
      await two.close();
      await handle.drop();
    });

    it('shows a write made through one process in the next read on the other', async () => {
      const reg = await one.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: `cache-${randomUUID()}@example.org`, password: 'correct horse battery' } });
      const cookies = { [SESSION_COOKIE]: reg.cookies.find((c) => c.name === SESSION_COOKIE)!.value };
      await one.inject({ method: 'PUT', url: '/api/v1/profile', payload: profile, cookies });
      await one.inject({ method: 'POST', url: '/api/v1/plan/generate', payload: {}, cookies });
      const plan = (await two.inject({ method: 'GET', url: '/api/v1/plan', cookies })).json().plan;
      const day = plan.days.find((d: { combos: { comboId: string }[] }) => d.combos.some((c) => c.comboId === 'deadlift_elevation')).weekday;
      const deadlift = async (app: App) => {
        const s = (await app.inject({ method: 'GET', url: `/api/v1/today?day=${day}`, cookies })).json().session;
        return s.combos.find((c: { planned: { comboId: string } }) => c.planned.comboId === 'deadlift_elevation');
      };
      expect((await deadlift(two)).source).toBe('estimate');
      expect((await deadlift(two)).source).toBe('estimate'); // served from the cache
      const log = {
        id: randomUUID(), sessionId: randomUUID(), date: '2026-11-18', combo: 'deadlift_elevation',
        compound: { id: randomUUID(), load: 140, reps: 8, rir: 2 }, shrug: { id: randomUUID(), load: 140, reps: 14, toFailure: true }, secondsBetween: 1,
      };
      const revision = async (app: App) => (await app.inject({ method: 'GET', url: '/api/v1/me', cookies })).json().revision as number;
      const before = await revision(two);
      expect((await one.inject({ method: 'POST', url: '/api/v1/combos', payload: log, cookies })).statusCode).toBe(201);
      // The revision the app compares its offline copy by moves on both processes.
      expect(await revision(two)).toBeGreaterThan(before);
      expect(await revision(one)).toBe(await revision(two));
      const after = await deadlift(two);
      expect(after.source).toBe('progression');
      expect(after.compound.load).toBe(142.5);
      const next = (await two.inject({ method: 'GET', url: '/api/v1/next?combo=deadlift_elevation', cookies })).json();
      expect(next.prescriptions[0].compound.load).toBe(142.5);
      // Deleting the round through the other process takes it back out.
      expect((await two.inject({ method: 'DELETE', url: `/api/v1/combos/${log.id}`, cookies })).statusCode).toBe(204);
      expect((await deadlift(one)).source).toBe('estimate');
    });

    it('adds a round logged through POST /combos to the analytics that process keeps, and the other process reads it', async () => {
      const reg = await one.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: `timeline-${randomUUID()}@example.org`, password: 'correct horse battery' } });
      const userId: string = reg.json().user.id;
      const cookies = { [SESSION_COOKIE]: reg.cookies.find((c) => c.name === SESSION_COOKIE)!.value };
      const round = (date: string, load: number) => ({
        id: randomUUID(), sessionId: randomUUID(), date, combo: 'deadlift_elevation',
        compound: { id: randomUUID(), load, reps: 8, rir: 2 }, shrug: { id: randomUUID(), load, reps: 14, toFailure: true }, secondsBetween: 1,
      });
      await one.inject({ method: 'PUT', url: '/api/v1/profile', payload: profile, cookies });
      const first = round('2026-11-16', 140);
      const posted = await one.inject({ method: 'POST', url: '/api/v1/combos', payload: first, cookies });
      expect(posted.statusCode, posted.body).toBe(201);
      const analytics = async (app: App) => (await app.inject({ method: 'GET', url: '/api/v1/analytics?asOf=2026-11-30', cookies })).body;
      await analytics(one);
      expect((await one.inject({ method: 'POST', url: '/api/v1/combos', payload: round('2026-11-18', 142.5), cookies })).statusCode).toBe(201);
      const expected = JSON.stringify(await analyticsView(handle.store.db, userId, { asOf: '2026-11-30' }));
      // Changed behind the revision's back: a fresh read shows it, the round
      // added to what process one kept does not.
      await handle.store.db.updateTable('sets').set({ load: 100 }).where('combo_log_id', '=', first.id).where('kind', '=', 'compound').execute();
      expect(await analytics(one)).toBe(expected);
      // Process two kept nothing for this revision, so it reads the store.
      expect(await analytics(two)).toBe(JSON.stringify(await analyticsView(handle.store.db, userId, { asOf: '2026-11-30' })));
      expect(await analytics(two)).not.toBe(expected);
    });
  });
}
