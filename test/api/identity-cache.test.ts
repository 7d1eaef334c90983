// The per-request token check is remembered on SQLite (src/api/identity-cache.ts);
// these prove a remembered answer never outlives a change to what it was read from.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_CHECK_MS } from '../../src/store/db.js';
import { hashSecret } from '../../src/store/index.js';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const sqlite = backends.find((b) => b.name === 'sqlite')!;
/** Long enough for the store to look at other connections' commits again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, EXTERNAL_CHECK_MS + 20));

describe('remembered sign-ins on SQLite', () => {
  const ctx = useApp(sqlite);
  /** A second connection to the same file, as the CLI would open while the server runs. */
  const otherConnection = () => {
    const { store } = ctx();
    if (store.kind !== 'sqlite') throw new Error('sqlite only');
    return new Database(store.sqlite.name);
  };

  it('moves the change mark on a write, and not on a read', async () => {
    const { store } = ctx();
    if (store.kind !== 'sqlite') throw new Error('sqlite only');
    const before = store.changeMark();
    await store.db.selectFrom('users').select('id').execute();
    expect(store.changeMark()).toBe(before);
    await store.db.insertInto('login_failures').values({ email: 'mark@example.org', at: new Date().toISOString(), address: '' }).execute();
    const afterWrite = store.changeMark();
    expect(afterWrite).not.toBe(before);
    const other = otherConnection();
    other.prepare("insert into login_failures (email, at) values ('other@example.org', '2026-01-01T00:00:00.000Z')").run();
    other.close();
    await settle(); // another process's commit shows within EXTERNAL_CHECK_MS
    expect(store.changeMark()).not.toBe(afterWrite);
  });

  it('refuses a session at once when another connection revokes it', async () => {
    const { app } = ctx();
    const c = await newClient(app);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200); // now from memory
    const token = c.cookie;
    const other = otherConnection();
    const gone = other.prepare('delete from auth_tokens where token_hash = ?').run(hashSecret(token));
    other.close();
    expect(gone.changes).toBe(1);
    await settle();
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('refuses a remembered token on the very next request once it is revoked, or its session logged out', async () => {
    const { app } = ctx();
    const c = await newClient(app);
    const { token, id } = (await c.request('POST', '/api/v1/tokens', { name: 'phone' })).json();
    const bearer = () => app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect((await bearer()).statusCode).toBe(200);
    expect((await bearer()).statusCode).toBe(200); // now from memory, keyed by the token as sent
    expect((await c.request('DELETE', `/api/v1/tokens/${id}`)).statusCode).toBe(204);
    expect((await bearer()).statusCode).toBe(401);
    // A remembered session cookie, likewise, the moment it logs out.
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBeLessThan(300);
    expect((await c.request('GET', '/api/v1/me')).statusCode).toBe(401);
  });

  it('never answers one token with another lifter, though both are remembered', async () => {
    const { app } = ctx();
    const [a, b] = [await newClient(app, 'a'), await newClient(app, 'b')];
    for (let i = 0; i < 2; i++) {
      expect((await a.request('GET', '/api/v1/me')).json().user.id).toBe(a.userId);
      expect((await b.request('GET', '/api/v1/me')).json().user.id).toBe(b.userId);
    }
  });

  it('sees a revision bumped by another connection, so cached views are not served stale', async () => {
    const { app } = ctx();
    const c = await newClient(app);
    await c.request('PUT', '/api/v1/profile', { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'full_body', days: ['mon', 'wed', 'fri'], equipment: { preset: 'commercial' } });
    await c.request('POST', '/api/v1/plan/generate');
    const first = await c.request('GET', '/api/v1/today?day=mon');
    expect(first.statusCode).toBe(200);
    const other = otherConnection();
    // The CLI's import or a coach's write would do this: a new profile unit and a revision.
    other.prepare("update profiles set document = json_set(document, '$.unit', 'lb') where user_id = ?").run(c.userId);
    other.prepare('update users set revision = revision + 1 where id = ?').run(c.userId);
    other.close();
    await settle();
    const second = await c.request('GET', '/api/v1/today?day=mon');
    expect(second.statusCode).toBe(200);
    expect(JSON.stringify(second.json())).not.toBe(JSON.stringify(first.json()));
  });
});
