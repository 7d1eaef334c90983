// No lost updates on plans: a save names the plan it was made from (baseId),
// and a save from a stale copy — a coach's, or a second device's racing the
// first — is refused with 409 instead of replacing the newer plan, on SQLite
// and on PostgreSQL alike.
import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed'], equipment: { preset: 'commercial' } };
type Plan = { id: string; days: { weekday: string; label: string; compounds: unknown[]; combos: { comboId: string; compoundId: string; rounds: number; restSeconds: number; after: string | null }[] }[] };
const editOf = (p: Plan, rounds: number) => ({
  baseId: p.id,
  days: p.days.map((d) => ({ weekday: d.weekday, label: d.label, compounds: d.compounds, combos: d.combos.map((c) => ({ comboId: c.comboId, compoundId: c.compoundId, rounds, restSeconds: c.restSeconds, after: c.after })) })),
});

for (const backend of backends) {
  describe(`plan saves on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it("refuses a coach's stale copy: the athlete's newer edit stays", async () => {
      const { app } = ctx();
      const coach = await newClient(app, 'coach-stale');
      const athlete = await newClient(app, 'athlete-stale');
      const { code } = (await coach.request('POST', '/api/v1/coach/invites')).json();
      await athlete.request('POST', '/api/v1/coach/accept', { code });
      expect((await athlete.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const first = (await athlete.request('POST', '/api/v1/plan/generate')).json().plan as Plan;
      const coachCopy = (await coach.request('GET', `/api/v1/athletes/${athlete.userId}/plan`)).json().plan as Plan;
      expect(coachCopy.id).toBe(first.id);
      const newer = await athlete.request('PUT', '/api/v1/plan', editOf(first, 3));
      expect(newer.statusCode).toBe(200);
      const stale = await coach.request('PUT', `/api/v1/athletes/${athlete.userId}/plan`, editOf(coachCopy, 1));
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.message).toMatch(/changed since you opened it/);
      expect((await athlete.request('GET', '/api/v1/plan')).json().plan.id).toBe(newer.json().plan.id);
    });

    it('takes one of two saves sent at once from the same copy, and refuses the other', async () => {
      const { app } = ctx();
      const c = await newClient(app, 'two-devices');
      expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
      const base = (await c.request('POST', '/api/v1/plan/generate')).json().plan as Plan;
      for (let round = 0; round < 5; round++) {
        const current = (await c.request('GET', '/api/v1/plan')).json().plan as Plan;
        const [a, b] = await Promise.all([c.request('PUT', '/api/v1/plan', editOf(current, 2)), c.request('PUT', '/api/v1/plan', editOf(current, 3))]);
        expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      }
      expect(base.id).toBeTruthy();
    });
  });
}
