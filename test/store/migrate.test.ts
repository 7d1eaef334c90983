import { Migrator, NO_MIGRATIONS, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { backends } from '../support/backends.js';

const TABLES = [
  'users',
  'auth_tokens',
  'login_failures',
  'profiles',
  'custom_exercises',
  'programs',
  'training_sessions',
  'combo_logs',
  'sets',
  'coach_links',
] as const;

describe.each(backends)('migrations on $name', (backend) => {
  it('apply every numbered migration once, and a second run applies nothing', async () => {
    const { store, drop } = await backend.fresh();
    try {
      expect(await migrateToLatest(store)).toEqual(['0001-initial', '0002-training', '0003-coach-links', '0004-user-revision', '0005-set-rest']);
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
      const schema =
        store.kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]!.s : undefined;
      const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
      const down = await migrator.migrateTo(NO_MIGRATIONS);
      expect(down.error).toBeUndefined();
      expect(down.results?.map((r) => `${r.direction} ${r.migrationName} ${r.status}`)).toEqual([
        'Down 0005-set-rest Success',
        'Down 0004-user-revision Success',
        'Down 0003-coach-links Success',
        'Down 0002-training Success',
        'Down 0001-initial Success',
      ]);
      const left = (await store.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_'));
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
});
