import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalDb } from '../../offline/idb.js';
import { analyticsKey, warmAnalytics } from './use-analytics.js';

afterEach(() => vi.unstubAllGlobals());

describe('warming Progress before its first visit', () => {
  it('keeps the server’s analytics as the phone’s copy, once a day', async () => {
    const db = await openLocalDb(new IDBFactory());
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ analytics: { rounds: 3 } }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await warmAnalytics(db, 'u1', 'kg')).toBe(true);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toContain('unit=kg');
    expect((await db.get<{ analytics: unknown }>('cache', analyticsKey('u1')))?.analytics).toEqual({ rounds: 3 });
    // Saved today already: no second download.
    expect(await warmAnalytics(db, 'u1', 'kg')).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
