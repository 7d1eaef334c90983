import { describe, expect, it } from 'vitest';
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
      expect(await migrateToLatest(store)).toEqual(['0001-initial', '0002-training', '0003-coach-links', '0004-user-revision']);
      expect(await migrateToLatest(store)).toEqual([]);
      for (const table of TABLES) {
        const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        expect(Number(row.n)).toBe(0);
      }
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
