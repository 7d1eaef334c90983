// The training block over the API: ratings sent with a round are kept with it
// (and travel in the export), and GET /block steers each movement's rounds by
// them, with the reasons, bringing the deload forward when recovery fails.
import { describe, expect, it } from 'vitest';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

const NOW = new Date('2025-03-20T09:00:00Z');
/** The server's clock: NOW, moved on by a test that needs the days to pass (and put back). */
const clock = { now: NOW };
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

async function lifter(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
  expect((await c.request('POST', '/api/v1/plan/generate')).statusCode).toBe(201);
}
const elevation = (week: { decisions: { movement: string; change: string; reason: string }[] }) => week.decisions.find((d) => d.movement === 'elevation')!;

for (const backend of backends) {
  describe(`the training block on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => clock.now });

    it('keeps the ratings sent with a round, and shows them back and in the export', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const r = deadliftRound({ date: '2025-03-18', feedback: { pump: 'a_lot', soreness: 'healed_early', joints: 'none' } });
      expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      expect((await c.request('GET', `/api/v1/combos/${r.id}`)).json().log.feedback).toEqual({ pump: 'a_lot', soreness: 'healed_early', joints: 'none' });
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      expect(doc.sessions[0].comboLogs[0].feedback).toEqual({ pump: 'a_lot', soreness: 'healed_early', joints: 'none' });
      const copy = await newClient(ctx().app, 'copy');
      expect((await copy.request('POST', '/api/v1/import/json', doc)).statusCode).toBe(200);
      expect((await copy.request('GET', '/api/v1/export.json')).json().sessions[0].comboLogs[0].feedback).toEqual({ pump: 'a_lot', soreness: 'healed_early', joints: 'none' });
      const bad = await c.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-18', feedback: { soreness: 'very' } }));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('feedback.soreness');
    });

    it('takes ratings given after the round with PUT, again and again, and refuses them for a round gone or unknown', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const r = deadliftRound({ date: '2025-03-18' });
      await c.request('POST', '/api/v1/combos', r);
      for (const feedback of [{ pump: 'some' }, { pump: 'some', soreness: 'still_sore' }, { pump: 'some', soreness: 'still_sore' }]) {
        const res = await c.request('PUT', `/api/v1/combos/${r.id}/feedback`, feedback);
        expect(res.statusCode).toBe(200);
      }
      expect((await c.request('GET', `/api/v1/combos/${r.id}`)).json().log.feedback).toEqual({ pump: 'some', soreness: 'still_sore' });
      // A correction in History that says nothing of the ratings keeps them.
      const { id: _i, sessionId: _s, date: _d, ...edit } = r;
      expect((await c.request('PUT', `/api/v1/combos/${r.id}`, { ...edit, compound: { ...r.compound, reps: 6 } })).statusCode).toBe(200);
      expect((await c.request('GET', `/api/v1/combos/${r.id}`)).json().log).toMatchObject({ compound: { reps: 6 }, feedback: { pump: 'some', soreness: 'still_sore' } });
      expect((await c.request('PUT', `/api/v1/combos/${crypto.randomUUID()}/feedback`, { pump: 'none' })).statusCode).toBe(404);
      await c.request('DELETE', `/api/v1/combos/${r.id}`);
      expect((await c.request('PUT', `/api/v1/combos/${r.id}/feedback`, { pump: 'none' })).statusCode).toBe(410);
      const other = await newClient(ctx().app, 'other');
      const mine = deadliftRound({ date: '2025-03-18' });
      await c.request('POST', '/api/v1/combos', mine);
      expect((await other.request('PUT', `/api/v1/combos/${mine.id}/feedback`, { pump: 'none' })).statusCode).toBe(404);
    });

    it('ramps a movement that recovers early, and brings the deload forward when it stays sore', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const plain = (await c.request('GET', '/api/v1/block?start=2025-03-03')).json();
      expect(plain.block.weeks).toHaveLength(5);
      expect(plain.block.deloadWeek).toBe(5);

      await c.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-04', feedback: { soreness: 'healed_early' } }));
      const early = (await c.request('GET', '/api/v1/block?start=2025-03-03')).json().block;
      expect(elevation(early.weeks[1])).toMatchObject({ change: 'add' });
      expect(elevation(early.weeks[1]).reason).toMatch(/recovered early and performing/);

      for (const date of ['2025-03-11', '2025-03-18']) await c.request('POST', '/api/v1/combos', deadliftRound({ date, feedback: { soreness: 'still_sore' } }));
      const { block, summary } = (await c.request('GET', '/api/v1/block?start=2025-03-03')).json();
      expect(block.deloadWeek).toBe(4);
      expect(elevation(block.weeks[3]).change).toBe('deload');
      expect(summary.movements.find((m: { movement: string }) => m.movement === 'elevation').soreness).toEqual(['healed_early', 'still_sore', 'still_sore']);
    });

    it("gives today's session the rounds of its block week, as the block shows them", async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      // The plan was made on Thursday 20 March: its block starts Monday 17 March. The deadlift day (Tuesday) of week 2:
      await c.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-18', feedback: { soreness: 'healed_early' } }));
      const block = (await c.request('GET', '/api/v1/block')).json().block;
      expect(block.start).toBe('2025-03-17');
      const week2 = block.weeks[1].combos.find((k: { movement: string }) => k.movement === 'elevation').rounds;
      expect(week2).toBe(3);
      const today = (await c.request('GET', '/api/v1/today?date=2025-03-25')).json();
      expect(today.session.blockWeek).toEqual({ week: 2, of: 5, deload: false });
      expect(today.session.combos.find((k: { planned: { movement: string } }) => k.planned.movement === 'elevation').planned.rounds).toBe(week2);
      const deload = (await c.request('GET', '/api/v1/today?date=2025-04-15')).json().session;
      expect(deload.blockWeek).toEqual({ week: 5, of: 5, deload: true });
      expect(deload.combos[0].compound.targetRir).toEqual({ min: 4, max: 5 });
      expect(deload.combos[0].shrug.goal).toMatch(/^deload week: stop 2-3 reps short of failure/);
    });

    it("moves ?day= on to the next week's rounds as the days pass, with no new data", async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      // The server's clock (NOW) says 20 March: week 1 of the block begun Monday 17 March.
      const first = (await c.request('GET', '/api/v1/today?day=tue')).json().session;
      expect(first.blockWeek).toMatchObject({ week: 1 });
      clock.now = new Date('2025-03-27T09:00:00Z');
      try {
        const later = (await c.request('GET', '/api/v1/today?day=tue')).json().session;
        expect(later.blockWeek).toMatchObject({ week: 2 });
      } finally {
        clock.now = NOW;
      }
    });

    it('refuses a block of the wrong length, naming weeks, and asks for a plan first', async () => {
      const c = await newClient(ctx().app);
      expect((await c.request('GET', '/api/v1/block')).statusCode).toBe(409);
      await lifter(c);
      const bad = await c.request('GET', '/api/v1/block?weeks=8');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe('weeks');
      expect((await c.request('GET', '/api/v1/block?weeks=6')).json().block.weeks).toHaveLength(6);
    });
  });
}
