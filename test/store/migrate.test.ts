import { randomUUID } from 'node:crypto';
import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { importSessions } from '../../src/store/repos/import-sessions.js';
import { insertAppSession } from '../../src/store/repos/session-writes.js';
import { insertSet } from '../../src/store/repos/training-statements.js';
import { toComboRows } from '../../src/store/repos/training-rows.js';
import type { Db } from '../../src/store/tx.js';
import type { LogComboInput } from '../../src/store/repos/training-types.js';
import { history } from '../../src/store/repos/training-history.js';
import { backends } from '../support/backends.js';
import { counts, inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

/** A round written row by row, as logCombo wrote it before later migrations (it now also reads their tables). */
async function roundAsStoredThen(db: Db, userId: string, input: LogComboInput): Promise<void> {
  const createdAt = new Date().toISOString();
  await insertAppSession(db, userId, { id: input.sessionId, date: input.sessionDate }, createdAt);
  const rows = toComboRows(input, { userId, sessionId: input.sessionId, comboLogId: input.comboLogId, position: 0, createdAt });
  const { feedback: _later, calibration: _c, band: _b, ...log } = rows.log; // columns of migrations 0010 and 0011
  await db.insertInto('combo_logs').values(log).execute();
  for (const set of rows.sets) await insertSet(db, set);
}

const TABLES = [
  'users',
  'auth_tokens',
  'login_failures',
  'sign_in_known_addresses',
  'sign_in_waits',
  'profiles',
  'custom_exercises',
  'programs',
  'training_sessions',
  'combo_logs',
  'sets',
  'coach_links',
  'deletions',
] as const;

async function migratorFor(store: Store): Promise<Migrator> {
  const schema = store.kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]!.s : undefined;
  return new Migrator({ db: store.db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
}

describe.each(backends)('migrations on $name', (backend) => {
  it('apply every numbered migration once, and a second run applies nothing', async () => {
    const { store, drop } = await backend.fresh();
    try {
      expect(await migrateToLatest(store)).toEqual(['0001-initial', '0002-training', '0003-coach-links', '0004-user-revision', '0005-set-rest', '0006-open-session-source', '0007-deletions', '0008-sign-in-throttle', '0009-clean-control-characters', '0010-round-feedback', '0011-compound-calibration-and-band', '0012-loose-sets-index']);
      expect(await migrateToLatest(store)).toEqual([]);
      for (const table of TABLES) {
        const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        expect(Number(row.n)).toBe(0);
      }
    } finally {
      await drop();
    }
  });

  it('undo every migration in turn (down), leaving no table behind, and apply again cleanly', async () => {
    const { store, drop } = await backend.fresh();
    try {
      await migrateToLatest(store);
      const migrator = await migratorFor(store);
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => `${r.direction} ${r.migrationName} ${r.status}`)).toEqual([
        'Down 0012-loose-sets-index Success',
        'Down 0011-compound-calibration-and-band Success',
        'Down 0010-round-feedback Success',
        'Down 0009-clean-control-characters Success',
        'Down 0008-sign-in-throttle Success',
        'Down 0007-deletions Success',
        'Down 0006-open-session-source Success',
        'Down 0005-set-rest Success',
        'Down 0004-user-revision Success',
        'Down 0003-coach-links Success',
        'Down 0002-training Success',
        'Down 0001-initial Success',
      ]);
      // Only this test's schema: other test files create tables in theirs at the same time.
      const schema = store.kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]!.s : undefined;
      const left = (await store.db.introspection.getTables())
        .filter((t) => schema === undefined || t.schema === schema)
        .map((t) => t.name)
        .filter((n) => !n.startsWith('kysely_'));
      expect(left).toEqual([]);
      expect(await migrateToLatest(store)).toHaveLength(Object.keys(migrations).length);
    } finally {
      await drop();
    }
  });

  it('enforce foreign keys: a set cannot point at a session that does not exist', async () => {
    const { store, drop } = await backend.fresh();
    try {
      await migrateToLatest(store);
      const insert = store.db
        .insertInto('sets')
        .values({ id: 's', user_id: 'nobody', session_id: 'none', combo_log_id: null, position: 0, exercise_id: 'x', kind: 'normal', load: 1, unit: 'kg', reps: 1, rir: null, to_failure: 0, seconds: null, distance: null, notes: null })
        .execute();
      await expect(insert).rejects.toThrow(/foreign key/i);
    } finally {
      await drop();
    }
  });

  it('0006 frees the session source: every session, round and set is kept, foreign keys still hold, and down refuses a source outside the old list', async () => {
    const { store, drop } = await backend.fresh();
    try {
      const migrator = await migratorFor(store);
      expect((await migrator.migrateTo('0005-set-rest')).error).toBeUndefined();
      const { db } = store;
      const ana = await newUser(db);
      await roundAsStoredThen(db, ana.id, inputFor(inclineRow));
      const imported = { id: randomUUID(), date: '2024-03-05', startedAt: '2024-03-05T18:02:11', name: 'Pull', source: 'import:strong' as const, notes: 'straps', sets: [{ id: randomUUID(), kind: 'normal' as const, exerciseId: 'barbell_deadlift', load: 140, unit: 'kg' as const, reps: 5, restSeconds: 120 }] };
      await importSessions(db, ana.id, [imported]);
      const stronglifts = { ...imported, id: randomUUID(), source: 'import:stronglifts' as const, sets: [{ ...imported.sets[0]!, id: randomUUID() }] };
      await expect(importSessions(db, ana.id, [stronglifts])).rejects.toThrow(/check/i);
      const before = await history(db, ana.id, { limit: 10 });
      const rows = await counts(db);

      expect(await migrateToLatest(store)).toEqual(['0006-open-session-source', '0007-deletions', '0008-sign-in-throttle', '0009-clean-control-characters', '0010-round-feedback', '0011-compound-calibration-and-band', '0012-loose-sets-index']);
      expect(await history(db, ana.id, { limit: 10 })).toEqual(before);
      expect(await counts(db)).toEqual(rows);
      expect(await importSessions(db, ana.id, [stronglifts])).toEqual({ inserted: 1, skipped: 0 });
      // The rebuilt table is still what sets and rounds point at: a set needs its session, and goes with it.
      const orphan = db.insertInto('sets').values({ id: 'o', user_id: ana.id, session_id: 'none', combo_log_id: null, position: 0, exercise_id: 'x', kind: 'normal', load: 1, unit: 'kg', reps: 1, rir: null, to_failure: 0, seconds: null, distance: null, notes: null }).execute();
      await expect(orphan).rejects.toThrow(/foreign key/i);
      await db.deleteFrom('training_sessions').where('id', '=', stronglifts.id).execute();
      expect(await db.selectFrom('sets').where('session_id', '=', stronglifts.id).select('id').execute()).toEqual([]);

      // Back down with an import:stronglifts session in: refused, nothing lost.
      await importSessions(db, ana.id, [{ ...stronglifts, id: randomUUID(), sets: [{ ...stronglifts.sets[0]!, id: randomUUID() }] }]);
      const kept = await counts(db);
      // Later migrations first, so the next step down is 0006's.
      expect((await migrator.migrateTo('0006-open-session-source')).error).toBeUndefined();
      expect((await migrator.migrateDown()).error).toBeDefined();
      expect(await counts(db)).toEqual(kept);
      expect(await migrateToLatest(store)).toEqual(['0007-deletions', '0008-sign-in-throttle', '0009-clean-control-characters', '0010-round-feedback', '0011-compound-calibration-and-band', '0012-loose-sets-index']);
    } finally {
      await drop();
    }
  });

  it('0009 drops control characters from stored text, keeps tabs and line breaks, and keeps own exercise names apart', async () => {
    const { store, drop } = await backend.fresh();
    try {
      const migrator = await migratorFor(store);
      expect((await migrator.migrateTo('0008-sign-in-throttle')).error).toBeUndefined();
      const { db } = store;
      const ana = await newUser(db);
      await db.updateTable('users').set({ display_name: 'Ana\u001b[31m' }).where('id', '=', ana.id).execute();
      const session = randomUUID();
      await db.insertInto('training_sessions').values({ id: session, user_id: ana.id, date: '2024-03-05', started_at: null, name: 'Pull\u001a', source: 'import:strong', notes: 'felt\tgood\nslept \u0007badly', created_at: '2024-03-05T18:00:00.000Z' }).execute();
      await db.insertInto('custom_exercises').values([
        { id: 'custom:a', user_id: ana.id, name: 'Face Pull', pattern: null, created_at: '2024-03-05T18:00:00.000Z' },
        { id: 'custom:b', user_id: ana.id, name: 'Face\u0085 Pull', pattern: null, created_at: '2024-03-05T18:00:00.000Z' },
        { id: 'custom:c', user_id: ana.id, name: '\u0007', pattern: null, created_at: '2024-03-05T18:00:00.000Z' },
      ]).execute();
      await db.insertInto('profiles').values({ user_id: ana.id, document: JSON.stringify({ unit: 'kg', customDays: [{ label: 'Upper\u000cA', weekday: 'mon' }] }), updated_at: '2024-03-05T18:00:00.000Z' }).execute();

      expect(await migrateToLatest(store)).toEqual(['0009-clean-control-characters', '0010-round-feedback', '0011-compound-calibration-and-band', '0012-loose-sets-index']);
      expect((await db.selectFrom('users').select('display_name').where('id', '=', ana.id).executeTakeFirstOrThrow()).display_name).toBe('Ana[31m');
      expect(await db.selectFrom('training_sessions').select(['name', 'notes']).where('id', '=', session).executeTakeFirstOrThrow()).toEqual({ name: 'Pull', notes: 'felt\tgood\nslept badly' });
      const names = (await db.selectFrom('custom_exercises').select(['id', 'name']).where('user_id', '=', ana.id).orderBy('id').execute()).map((r) => r.name);
      expect(names).toEqual(['Face Pull', 'Face Pull (2)', 'Unnamed exercise']);
      const doc = JSON.parse((await db.selectFrom('profiles').select('document').where('user_id', '=', ana.id).executeTakeFirstOrThrow()).document);
      expect(doc.customDays[0].label).toBe('UpperA');
    } finally {
      await drop();
    }
  });
});
