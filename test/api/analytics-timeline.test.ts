// GET /analytics answers from a timeline kept per revision (analytics-view.ts)
// and JSON kept beside it (analytics-bytes.ts). Whatever writes come between
// two asks, the answer must be what a fresh computation from the store gives,
// byte for byte, for any asOf, window, unit or series start.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyticsJson, analyticsView, roundLogged, type AnalyticsQuery } from '../../src/api/views/analytics-view.js';
import { ViewCache } from '../../src/api/view-cache.js';
import { deleteComboLog, deleteLooseSet, logCombo, logSet, updateComboLog, type Db } from '../../src/store/index.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

const day = (d: number) => new Date(Date.UTC(2025, 2, 3) + d * 86_400_000).toISOString().slice(0, 10);
const COMBOS = [
  { comboId: 'incline_row_retraction', compoundId: 'incline_db_row', shrugId: 'incline_retraction_shrug' },
  { comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug' },
  { comboId: 'dip_depression', compoundId: 'weighted_dip', shrugId: 'dip_depression_shrug' },
];

type Op =
  | { op: 'log'; day: number; combo: number; load: number; reps: number; unit: 'kg' | 'lb' }
  | { op: 'edit'; pick: number; load: number; reps: number }
  | { op: 'delete'; pick: number }
  | { op: 'set'; day: number; exerciseId: string; load: number; reps: number }
  | { op: 'unset'; pick: number }
  | { op: 'ask'; query: AnalyticsQuery };

const load = fc.constantFrom(20, 32.5, 40, 60);
const reps = fc.integer({ min: 1, max: 15 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('log' as const), day: fc.integer({ min: 0, max: 40 }), combo: fc.integer({ min: 0, max: COMBOS.length - 1 }), load, reps, unit: fc.constantFrom('kg' as const, 'lb' as const) }),
  fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), load, reps }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), day: fc.integer({ min: 0, max: 40 }), exerciseId: fc.constantFrom('bench_press', 'barbell_shrug', 'incline_db_row'), load, reps }),
  fc.record({ op: fc.constant('unset' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('ask' as const),
    query: fc.record(
      {
        asOf: fc.integer({ min: -3, max: 45 }).map(day),
        weeks: fc.integer({ min: 1, max: 6 }),
        unit: fc.constantFrom('kg' as const, 'lb' as const),
        from: fc.integer({ min: 0, max: 40 }).map(day),
      },
      { requiredKeys: ['asOf'] },
    ),
  }),
);

const revisionOf = async (db: Db, userId: string) => Number((await db.selectFrom('users').select('revision').where('id', '=', userId).executeTakeFirstOrThrow()).revision);

for (const backend of backends) {
  describe(`analytics from the kept timeline on ${backend.name}`, () => {
    const store = useMigratedStore(backend);

    it('stays equal to a fresh computation through any writes', async () => {
      const { db } = store();
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
          const user = await newUser(db);
          // One cache across the whole run, as the server keeps it.
          const views = new ViewCache();
          const rounds: string[] = [];
          const sets: string[] = [];
          const sessions = new Map<string, string>();
          const session = (date: string) => sessions.get(date) ?? (sessions.set(date, randomUUID()), sessions.get(date)!);
          // Every run also asks at the end, whatever it did.
          for (const o of [...ops, { op: 'ask', query: { asOf: day(45) } } as const]) {
            if (o.op === 'log') {
              const log = { ...inclineRow, ...COMBOS[o.combo]!, date: day(o.day), unit: o.unit, compound: { load: o.load, reps: o.reps, rir: 2 }, shrug: { load: o.load, reps: o.reps + 3, toFailure: true } };
              const input = inputFor(log, { id: session(log.date) });
              // As the route does: a kept timeline takes the round when it sorts last.
              roundLogged({ views }, user.id, await logCombo(db, user.id, input));
              rounds.push(input.comboLogId);
            } else if (o.op === 'edit' && rounds.length > 0) {
              const id = rounds[o.pick % rounds.length]!;
              await updateComboLog(db, user.id, id, {
                ...COMBOS[0]!,
                compoundExerciseId: COMBOS[0]!.compoundId,
                shrugExerciseId: COMBOS[0]!.shrugId,
                unit: 'kg',
                secondsBetween: 5,
                sets: [
                  { id: randomUUID(), kind: 'compound', load: o.load, reps: o.reps, rir: 1 },
                  { id: randomUUID(), kind: 'shrug', load: o.load, reps: o.reps, toFailure: true },
                ],
              });
            } else if (o.op === 'delete' && rounds.length > 0) {
              await deleteComboLog(db, user.id, rounds.splice(o.pick % rounds.length, 1)[0]!);
            } else if (o.op === 'set') {
              const date = day(o.day);
              const id = randomUUID();
              await logSet(db, user.id, { id, sessionId: session(date), sessionDate: date, exerciseId: o.exerciseId, unit: 'kg', kind: 'normal', load: o.load, reps: o.reps }, { maxPerSession: Infinity });
              sets.push(id);
            } else if (o.op === 'unset' && sets.length > 0) {
              await deleteLooseSet(db, user.id, sets.splice(o.pick % sets.length, 1)[0]!);
            } else if (o.op === 'ask') {
              const revision = await revisionOf(db, user.id);
              const kept = await analyticsJson({ db, views }, user.id, revision, o.query);
              expect(kept.toString()).toBe(JSON.stringify(await analyticsView(db, user.id, o.query)));
            }
          }
        }),
        { numRuns: backend.name === 'postgres' ? 15 : 40 },
      );
    });

    const ask = (db: Db, views: ViewCache, userId: string) => async () =>
      (await analyticsJson({ db, views }, userId, await revisionOf(db, userId), { asOf: day(45) })).toString();
    const fresh = async (db: Db, userId: string) => JSON.stringify(await analyticsView(db, userId, { asOf: day(45) }));
    /** `at`: when the round (and a session it opens) is stored; now unless given. */
    const logRound = (db: Db, userId: string, date: string, sessionId: string, load = 40, at?: Date) =>
      logCombo(db, userId, inputFor({ ...inclineRow, date, compound: { load, reps: 8, rir: 2 } }, { id: sessionId }), at);

    it('adds a round logged after the kept ones without reading the log again', async () => {
      const { db } = store();
      const user = await newUser(db);
      const views = new ViewCache();
      const today = randomUUID();
      // Stored minutes apart: a second session of a date made in the same millisecond would sort by its id.
      const at = (minute: number) => new Date(Date.UTC(2025, 2, 5, 18, minute));
      await logRound(db, user.id, day(1), randomUUID(), 40, at(0));
      await ask(db, views, user.id)();
      // Later that day and in a new session the next day: both sort last.
      expect(roundLogged({ views }, user.id, await logRound(db, user.id, day(1), randomUUID(), 42.5, at(1)))).toBe(true);
      expect(roundLogged({ views }, user.id, await logRound(db, user.id, day(2), today, 45, at(2)))).toBe(true);
      const res = await logRound(db, user.id, day(2), today, 47.5, at(3));
      expect(roundLogged({ views }, user.id, res)).toBe(true);
      const expected = await fresh(db, user.id);
      // Change the last round in the store behind the revision's back: an answer
      // read from the store would show it, the kept timeline does not.
      await db.updateTable('sets').set({ load: 100 }).where('combo_log_id', '=', res.log.id).where('kind', '=', 'compound').execute();
      expect(await fresh(db, user.id)).not.toBe(expected);
      expect(await ask(db, views, user.id)()).toBe(expected);
    });

    it('reads afresh after a round dated before the last kept one', async () => {
      const { db } = store();
      const user = await newUser(db);
      const views = new ViewCache();
      await logRound(db, user.id, day(5), randomUUID());
      await ask(db, views, user.id)();
      roundLogged({ views }, user.id, await logRound(db, user.id, day(3), randomUUID(), 60));
      expect(await ask(db, views, user.id)()).toBe(await fresh(db, user.id));
    });

    it('reads afresh after a round logged into an earlier session of the last kept date', async () => {
      const { db } = store();
      const user = await newUser(db);
      const views = new ViewCache();
      const morning = randomUUID();
      // Made hours apart: sessions made in the same millisecond sort by id instead.
      const at = (hour: number) => new Date(`${day(4)}T${String(hour).padStart(2, '0')}:00:00Z`);
      const first = await logRound(db, user.id, day(4), morning, 40, at(7));
      await logRound(db, user.id, day(4), randomUUID(), 45, at(18));
      await ask(db, views, user.id)();
      // The morning session was made first, so its new round sorts before the evening's:
      // adding it at the end would put it in the wrong place.
      roundLogged({ views }, user.id, await logRound(db, user.id, day(4), morning, 50, at(19)));
      // Changed behind the revision's back: only a fresh read shows it.
      await db.updateTable('sets').set({ load: 200 }).where('combo_log_id', '=', first.log.id).where('kind', '=', 'compound').execute();
      expect(await ask(db, views, user.id)()).toBe(await fresh(db, user.id));
    });

    it('does not add a round to a timeline read while that round was being written', async () => {
      const { db } = store();
      const user = await newUser(db);
      const views = new ViewCache();
      await logRound(db, user.id, day(1), randomUUID());
      const before = await revisionOf(db, user.id);
      // The round commits after the request read its revision but before it read the log:
      // the timeline kept for `before` already holds it.
      const res = await logRound(db, user.id, day(2), randomUUID(), 50);
      await analyticsJson({ db, views }, user.id, before, { asOf: day(45) });
      expect(roundLogged({ views }, user.id, res)).toBe(true);
      // Added again, the round would count twice.
      expect(await ask(db, views, user.id)()).toBe(await fresh(db, user.id));
    });
  });
}
