import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../src/store/errors.js';
import { logCombo } from '../../src/store/repos/log-combo.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { counts, inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

describe.each(backends)('logCombo on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('creates the session, the round and its sets in one call', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    const before = await counts(db);
    const res = await logCombo(db, ana.id, input);
    expect(res.status).toBe('created');
    expect(res.log.sets.map((s) => [s.kind, s.exerciseId, s.load])).toEqual([
      ['compound', 'incline_db_row', 32.5],
      ['shrug', 'incline_retraction_shrug', 32.5],
    ]);
    expect(await counts(db)).toEqual({
      training_sessions: before.training_sessions! + 1,
      combo_logs: before.combo_logs! + 1,
      sets: before.sets! + 2,
    });
  });

  it('answers a retry of the same round with "existing" and writes nothing', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    const first = await logCombo(db, ana.id, input);
    const before = await counts(db);
    const again = await logCombo(db, ana.id, structuredClone(input), new Date('2030-01-01T00:00:00Z'));
    expect(again.status).toBe('existing');
    expect(again.log).toEqual(first.log);
    expect(await counts(db)).toEqual(before);
  });

  it('stores racing identical uploads exactly once, answering the others "existing"', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const before = await counts(db);
    // Several rounds of three at once: on PostgreSQL the commits interleave with
    // the checks at different points each time.
    for (let round = 0; round < 5; round++) {
      const input = inputFor(inclineRow);
      const results = await Promise.all([0, 1, 2].map(() => logCombo(db, ana.id, structuredClone(input))));
      expect(results.map((r) => r.status).sort()).toEqual(['created', 'existing', 'existing']);
    }
    expect((await counts(db)).combo_logs).toBe(before.combo_logs! + 5);
  });

  it('refuses the same round id with different reps as a ConflictError', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    await logCombo(db, ana.id, input);
    const changed = structuredClone(input);
    changed.sets[1]!.reps = 15;
    await expect(logCombo(db, ana.id, changed)).rejects.toBeInstanceOf(ConflictError);
  });

  it("treats another lifter's session or round id as not found", async () => {
    const { db } = store();
    const ana = await newUser(db, 'Ana');
    const ben = await newUser(db, 'Ben');
    const anas = inputFor(inclineRow);
    await logCombo(db, ana.id, anas);
    const before = await counts(db);
    // Ben reuses Ana's round id (a replay), then only her session id.
    await expect(logCombo(db, ben.id, anas)).rejects.toBeInstanceOf(NotFoundError);
    await expect(logCombo(db, ben.id, inputFor(inclineRow, { id: anas.sessionId }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts(db)).toEqual(before);
  });

  it('adds a second round to the same session after the first', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const session = { id: randomUUID() };
    await logCombo(db, ana.id, inputFor(inclineRow, session));
    const second = await logCombo(db, ana.id, inputFor(inclineRow, session));
    expect(second.log.position).toBe(1);
    expect(second.log.sessionId).toBe(session.id);
  });

  it('gives racing rounds of one session each their own position', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const session = { id: randomUUID() };
    await logCombo(db, ana.id, inputFor(inclineRow, session));
    // Two phones (or a phone and its retry queue) upload different rounds at once.
    const racing = await Promise.all(Array.from({ length: 8 }, () => logCombo(db, ana.id, inputFor(inclineRow, session))));
    expect(racing.map((r) => r.log.position).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('refuses a round whose session id exists on another date', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const session = { id: randomUUID() };
    await logCombo(db, ana.id, inputFor(inclineRow, session));
    const other = inputFor({ ...inclineRow, date: '2025-03-05' }, session);
    await expect(logCombo(db, ana.id, other)).rejects.toBeInstanceOf(ConflictError);
  });

  it('leaves nothing behind when the second set breaks a constraint', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    input.sets[1]!.reps = -1; // CHECK (reps >= 0) fails after session and round were inserted
    const before = await counts(db);
    await expect(logCombo(db, ana.id, input)).rejects.toThrow(/check|constraint/i);
    expect(await counts(db)).toEqual(before);
    const session = await db.selectFrom('training_sessions').select('id').where('id', '=', input.sessionId).executeTakeFirst();
    expect(session).toBeUndefined();
  });

  it('refuses a round without a shrug set before touching the database', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    input.sets = input.sets.filter((s) => s.kind !== 'shrug');
    await expect(logCombo(db, ana.id, input)).rejects.toBeInstanceOf(RangeError);
  });
});
