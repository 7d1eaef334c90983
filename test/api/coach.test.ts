import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

for (const backend of backends) {
  describe(`coaching on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it("assigns a plan that becomes the athlete's current plan, marked as the coach's", async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'coach-assign');
      const athlete = await newClient(app, 'athlete-assign');
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      await athlete.request('POST', '/api/v1/coach/accept', { code });
      const plan = `/api/v1/athletes/${athlete.userId}/plan`;
      const week = { days: [{ weekday: 'mon', label: 'Pull', compounds: [{ exerciseId: 'barbell_row' }], combos: [{ comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', rounds: 2, restSeconds: 240, after: 'barbell_row' }] }] };
      expect((await coach.request('PUT', plan, week)).statusCode).toBe(409); // no profile yet
      const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed'], equipment: { preset: 'commercial' } };
      expect((await athlete.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const assigned = await coach.request('PUT', plan, week);
      expect(assigned.statusCode).toBe(200);
      const mine = (await athlete.request('GET', '/api/v1/plan')).json().plan;
      expect(mine.kind).toBe('assigned');
      expect(mine.createdBy).toBe(coach.userId);
      expect(mine.days.map((d: { weekday: string; combos: { comboId: string }[] }) => [d.weekday, d.combos.map((c) => c.comboId)])).toEqual([['mon', ['deadlift_elevation']]]);
      const stranger = await newClient(app, 'stranger-assign');
      expect((await stranger.request('PUT', plan, week)).statusCode).toBe(404);
    });

    it('lets a coach read an athlete only after the athlete accepts, and not after they revoke', async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'coach');
      const athlete = await newClient(app, 'athlete');
      const plan = `/api/v1/athletes/${athlete.userId}/plan`;
      expect((await coach.request('GET', plan)).statusCode).toBe(404);

      const invite = await coach.request('POST', '/api/v1/coach/invites');
      expect(invite.statusCode).toBe(201);
      const { code } = invite.json();
      const accepted = await athlete.request('POST', '/api/v1/coach/accept', { code });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().coachId).toBe(coach.userId);

      expect((await coach.request('GET', plan)).json()).toEqual({ plan: null });
      expect((await coach.request('GET', `/api/v1/athletes/${athlete.userId}/history`)).json()).toEqual({ sessions: [], nextCursor: null });
      const athletes = (await coach.request('GET', '/api/v1/coach/athletes')).json().athletes;
      expect(athletes.map((a: { user: { id: string } }) => a.user.id)).toEqual([athlete.userId]);
      const coaches = (await athlete.request('GET', '/api/v1/coach/coaches')).json().coaches;
      expect(coaches.map((c: { user: { id: string } }) => c.user.id)).toEqual([coach.userId]);

      expect((await athlete.request('DELETE', `/api/v1/coach/links/${accepted.json().linkId}`)).statusCode).toBe(204);
      expect((await coach.request('GET', plan)).statusCode).toBe(404);
      expect((await coach.request('GET', '/api/v1/coach/athletes')).json().athletes).toEqual([]);
    });

    it('refuses a used code, and an athlete cannot read their coach', async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'coach2');
      const athlete = await newClient(app, 'ath2');
      const other = await newClient(app, 'other');
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      expect((await athlete.request('POST', '/api/v1/coach/accept', { code })).statusCode).toBe(200);
      expect((await other.request('POST', '/api/v1/coach/accept', { code })).statusCode).toBe(404);
      expect((await athlete.request('GET', `/api/v1/athletes/${coach.userId}/plan`)).statusCode).toBe(404);
      expect((await other.request('GET', `/api/v1/athletes/${athlete.userId}/history`)).statusCode).toBe(404);
    });

    it("cannot end someone else's link", async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'coach3');
      const athlete = await newClient(app, 'ath3');
      const stranger = await newClient(app, 'stranger');
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      const { linkId } = (await athlete.request('POST', '/api/v1/coach/accept', { code })).json();
      expect((await stranger.request('DELETE', `/api/v1/coach/links/${linkId}`)).statusCode).toBe(404);
      expect((await coach.request('GET', `/api/v1/athletes/${athlete.userId}/plan`)).statusCode).toBe(200);
    });

    it('names a malformed code', async () => {
      const { app } = ctx();
      const a = await newClient(app, 'malformed');
      const res = await a.request('POST', '/api/v1/coach/accept', { code: 'x' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('code');
    });
  });
}
