// The phone's copy of the lifter's data is fetched again only when the
// server's revision of it has changed since: a long log is not downloaded
// each time the app opens.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLocalDb } from './idb.js';
import { FETCH_WHOLE_EVERY_MS, LocalCache } from './local-data.js';

const ANA = 'user-ana';

/** A server with one session of one set per history page, two pages, at a revision the test moves. */
function fakeServer() {
  let revision = 7;
  let userId = ANA;
  const asked: string[] = [];
  const fetch = async (url: string | URL | Request): Promise<Response> => {
    const path = String(url).replace('/api/v1', '');
    asked.push(path.split('?')[0]!);
    if (path === '/me') return Response.json({ user: { id: userId, email: 'ana@example.org', displayName: 'Ana', createdAt: '2026-01-01T00:00:00Z' }, revision });
    if (path === '/profile') return Response.json({ profile: null });
    if (path === '/plan') return Response.json({ plan: null });
    const page = path.includes('before=') ? 2 : 1;
    const set = { id: `set-${page}-r${revision}`, exerciseId: 'barbell_shrug', kind: 'normal', load: 100, unit: 'kg', reps: 12, position: 0 };
    return Response.json({ sessions: [{ id: `s${page}`, date: `2026-11-0${page}`, combos: [], sets: [set] }], nextCursor: page === 1 ? 'next' : null });
  };
  return { fetch: fetch as typeof globalThis.fetch, asked, write: () => revision++, logInAs: (id: string) => (userId = id) };
}

describe('LocalCache.refresh', () => {
  it('fetches everything the first time, nothing but the revision while it is unchanged, and everything again after a write', async () => {
    const server = fakeServer();
    const cache = new LocalCache(await openLocalDb(new IDBFactory()), server.fetch);
    const first = await cache.refresh(ANA);
    expect(server.asked).toEqual(['/me', '/profile', '/plan', '/history', '/history']);
    expect(first.sets?.map((s) => s.id)).toEqual(['set-1-r7', 'set-2-r7']);
    expect(first.revision).toBe(7);

    server.asked.length = 0;
    const again = await cache.refresh(ANA);
    expect(server.asked).toEqual(['/me']);
    expect(again.sets).toEqual(first.sets);

    server.write();
    server.asked.length = 0;
    const after = await cache.refresh(ANA);
    expect(server.asked).toEqual(['/me', '/profile', '/plan', '/history', '/history']);
    expect(after.sets?.map((s) => s.id)).toEqual(['set-1-r8', 'set-2-r8']);
  });

  it('fetches whole a copy changed on the phone since, or saved before revisions were kept', async () => {
    const server = fakeServer();
    const db = await openLocalDb(new IDBFactory());
    const cache = new LocalCache(db, server.fetch);
    await cache.refresh(ANA);
    // A screen saved the profile: the server's revision moved, and the copy holds only part of why.
    await cache.merge(ANA, { profile: null });
    server.asked.length = 0;
    await cache.refresh(ANA);
    expect(server.asked).toContain('/history');

    const { revision: _dropped, ...old } = (await cache.get(ANA))!;
    await db.put('cache', old, `data:${ANA}`);
    server.asked.length = 0;
    await cache.refresh(ANA);
    expect(server.asked).toContain('/history');
  });

  it('fetches whole a copy a day old, one the lifter asked for, or when the server speaks for another lifter', async () => {
    const server = fakeServer();
    const cache = new LocalCache(await openLocalDb(new IDBFactory()), server.fetch);
    const t0 = new Date('2026-12-05T08:00:00Z');
    await cache.refresh(ANA, { now: t0 });
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const fetchedWhole = async (opts: { force?: boolean; now: Date }) => {
      server.asked.length = 0;
      await cache.refresh(ANA, opts);
      return server.asked.includes('/history');
    };
    expect(await fetchedWhole({ now: at(FETCH_WHOLE_EVERY_MS - 1) })).toBe(false);
    expect(await fetchedWhole({ now: at(FETCH_WHOLE_EVERY_MS) })).toBe(true);
    const t1 = at(FETCH_WHOLE_EVERY_MS);
    expect(await fetchedWhole({ now: t1 })).toBe(false);
    expect(await fetchedWhole({ now: t1, force: true })).toBe(true);
    // Same revision number, another account (revisions are counted per lifter).
    server.logInAs('user-ben');
    expect(await fetchedWhole({ now: t1 })).toBe(true);
  });
});
