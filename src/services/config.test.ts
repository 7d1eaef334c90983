import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('server configuration', () => {
  it('defaults to SQLite in ./data on 127.0.0.1:3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.database.kind).toBe('sqlite');
    expect(c.database.kind === 'sqlite' && c.database.file.endsWith('/data/bladework.sqlite')).toBe(true);
  });

  it('switches to PostgreSQL on a postgres:// DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ kind: 'postgres', url: 'postgres://u@h/db' });
  });

  it('lets flags win over the environment', () => {
    expect(loadConfig({ PORT: '4000' }, { port: '5000' }).port).toBe(5000);
  });

  it('names every bad variable and why', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toContain('PORT: must be a number');
      expect((e as Error).message).toContain('DATABASE_URL: must be a postgres:// URL');
    }
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT: must be at most 65535');
  });

  it('reads which proxies to believe: none by default, hops, or addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ BLADEWORK_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ BLADEWORK_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ BLADEWORK_TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toBe('10.0.0.1,10.0.0.0/8');
    expect(() => loadConfig({ BLADEWORK_TRUST_PROXY: 'the balancer' })).toThrow(/BLADEWORK_TRUST_PROXY: must be true, false, a number/);
  });
});
