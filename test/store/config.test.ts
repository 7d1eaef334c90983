import { describe, expect, it } from 'vitest';
import { storeConfigFromEnv } from '../../src/store/db.js';

describe('storeConfigFromEnv', () => {
  it('keeps data in SQLite under the data folder unless DATABASE_URL names PostgreSQL', () => {
    expect(storeConfigFromEnv({}, '/var/lib/bladework')).toEqual({ kind: 'sqlite', file: '/var/lib/bladework/bladework.db' });
    expect(storeConfigFromEnv({ DATABASE_URL: 'mysql://x' }, '/d')).toEqual({ kind: 'sqlite', file: '/d/bladework.db' });
  });

  it('uses PostgreSQL for postgres:// and postgresql:// URLs', () => {
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgres://u@h/db' }, '/d')).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(storeConfigFromEnv({ DATABASE_URL: 'postgresql://u@h/db' }, '/d').kind).toBe('postgres');
  });
});
