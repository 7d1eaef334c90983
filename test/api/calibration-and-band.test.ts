// What a round's compound may carry beyond load, reps and RIR, over the API: a
// calibration set (the call of "2 left", then on to failure), which the
// prescription then reads the lifter's other calls through; and the band on a
// landmine press, with what it added at lockout worked out by the server.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loggedBand } from '../../src/engine/loads/landmine-band.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { deadliftRound } from '../support/uploads.js';

const NOW = new Date('2025-03-20T09:00:00Z');
const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };

async function lifter(c: Client) {
  expect((await c.request('PUT', '/api/v1/profile', profile)).statusCode).toBe(200);
}

/** A calibration round: "2 left" called at `atCall` reps, failure at `toFailure`. */
const calibrated = (date: string, atCall: number, toFailure: number) =>
  deadliftRound({ date, compound: { id: randomUUID(), load: 140, reps: toFailure, rir: 0, calibration: { calledRir: 2, repsAtCall: atCall, repsToFailure: toFailure } } });

const landmineRound = (compound: Record<string, unknown>) => ({
  id: randomUUID(),
  sessionId: randomUUID(),
  date: '2025-03-18',
  combo: 'landmine_press_upward_rotation',
  compound: { id: randomUUID(), load: 20, reps: 10, rir: 2, ...compound },
  shrug: { id: randomUUID(), load: 20, reps: 12, toFailure: true },
  secondsBetween: 5,
});

for (const backend of backends) {
  describe(`calibration sets and bands on ${backend.name}`, () => {
    const ctx = useApp(backend, { now: () => NOW });

    it('keeps a calibration set with its round, in the export, and through an import', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const r = calibrated('2025-03-04', 7, 10);
      expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(201);
      const stored = (await c.request('GET', `/api/v1/combos/${r.id}`)).json().log;
      expect(stored.compound).toMatchObject({ reps: 10, rir: 0, calibration: { calledRir: 2, repsAtCall: 7, repsToFailure: 10 } });
      // A retry of the same upload is the same round, not a conflict.
      expect((await c.request('POST', '/api/v1/combos', r)).statusCode).toBe(200);
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      expect(doc.sessions[0].comboLogs[0].calibration).toEqual({ calledRir: 2, repsAtCall: 7, repsToFailure: 10 });
      const copy = await newClient(ctx().app, 'copy');
      expect((await copy.request('POST', '/api/v1/import/json', doc)).statusCode).toBe(200);
      expect((await copy.request('GET', '/api/v1/export.json')).json().sessions[0].comboLogs[0].calibration).toEqual({ calledRir: 2, repsAtCall: 7, repsToFailure: 10 });
      // A plain round has none.
      const plain = deadliftRound({ date: '2025-03-05' });
      await c.request('POST', '/api/v1/combos', plain);
      expect((await c.request('GET', `/api/v1/combos/${plain.id}`)).json().log.compound.calibration).toBeUndefined();
    });

    it('refuses a calibration set not logged as done, naming the field', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const notDone = calibrated('2025-03-04', 7, 10);
      notDone.compound = { ...notDone.compound, reps: 8 } as typeof notDone.compound;
      let res = await c.request('POST', '/api/v1/combos', notDone);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('compound.reps');
      const backwards = calibrated('2025-03-04', 11, 10);
      res = await c.request('POST', '/api/v1/combos', backwards);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toContain('compound.calibration.repsToFailure');
    });

    it('reads the next prescription through the bias the calibration sets show', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      // Called 2 left four times with 5 really left: this lifter stops far short.
      for (const [i, date] of ['2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24'].entries()) {
        expect((await c.request('POST', '/api/v1/combos', { ...calibrated(date, 8 + (i % 2), 13 + (i % 2)), combo: 'deadlift_elevation' })).statusCode).toBe(201);
      }
      const shortOfTarget = () => ({ id: randomUUID(), load: 140, reps: 8, rir: 1 });
      await c.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-04', compound: shortOfTarget() }));
      const next = (await c.request('GET', '/api/v1/next?combo=deadlift_elevation')).json().prescriptions[0];
      expect(next.reasons.join(' | ')).toMatch(/you tend to call .* fewer than you have left/);

      const fresh = await newClient(ctx().app, 'fresh');
      await lifter(fresh);
      await fresh.request('POST', '/api/v1/combos', deadliftRound({ date: '2025-03-04', compound: shortOfTarget() }));
      const unread = (await fresh.request('GET', '/api/v1/next?combo=deadlift_elevation')).json().prescriptions[0];
      expect(unread.reasons.join(' | ')).not.toMatch(/you tend to call/);
      expect(next.compound.load).toBeGreaterThan(unread.compound.load);
    });

    it('keeps a landmine press band with what it added at lockout, worked out from the load', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      const r = landmineRound({ band: { tension: 15, anchor: 'under_knee', atLockout: 999 } });
      const res = await c.request('POST', '/api/v1/combos', r);
      expect(res.statusCode).toBe(201);
      const band = (await c.request('GET', `/api/v1/combos/${r.id}`)).json().log.compound.band;
      const expected = loggedBand({ tension: 15, anchor: 'under_knee' }, 20, 'kg');
      expect(expected.atLockout).toBeGreaterThan(0);
      expect(band).toEqual(expected);
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      expect(doc.sessions[0].comboLogs[0].band).toEqual(expected);
      // Heavier plates stretch the same band no further: an edit keeps the band and works its share out again.
      const { id: _i, sessionId: _s, date: _d, ...edit } = r;
      expect((await c.request('PUT', `/api/v1/combos/${r.id}`, { ...edit, compound: { ...r.compound, load: 25 } })).statusCode).toBe(200);
      expect((await c.request('GET', `/api/v1/combos/${r.id}`)).json().log.compound.band).toEqual(loggedBand({ tension: 15, anchor: 'under_knee' }, 25, 'kg'));
    });

    it('refuses a band on any other compound, and a band with no tension', async () => {
      const c = await newClient(ctx().app);
      await lifter(c);
      let res = await c.request('POST', '/api/v1/combos', deadliftRound({ compound: { id: randomUUID(), load: 140, reps: 8, rir: 2, band: { tension: 15, anchor: 'under_knee' } } }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toMatchObject({ field: 'compound.band' });
      expect(res.json().error.fields[0].message).toMatch(/only with the half-kneeling landmine press/);
      res = await c.request('POST', '/api/v1/combos', landmineRound({ band: { anchor: 'under_knee' } }));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('compound.band.tension');
    });
  });
}
