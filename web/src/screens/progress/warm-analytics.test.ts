import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalDb } from '../../offline/idb.js';
import { analyticsKey, warmAnalytics } from './use-analytics.js';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('warming Progress before its first visit', () => {
  it('keeps the server’s analytics as the phone’s copy, once a day', async () => {
    // "Today" is the test's, not the machine's: a run across midnight would otherwise fetch twice.
    // Only Date is faked; fake-indexeddb's own scheduling stays real.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 23, 59, 59));
    const db = await openLocalDb(new IDBFactory());
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ analytics: { rounds: 3 } }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    expect(await warmAnalytics(db, 'u1', 'kg')).toBe(true);
    expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toContain('unit=kg');
    expect((await db.get<{ analytics: unknown }>('cache', analyticsKey('u1')))?.analytics).toEqual({ rounds: 3 });
    // Saved today already: no second download.
    expect(await warmAnalytics(db, 'u1', 'kg')).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // The next day, the copy is yesterday's: fetched again.
    vi.setSystemTime(new Date(2026, 11, 3, 0, 0, 1));
    expect(await warmAnalytics(db, 'u1', 'kg')).toBe(true);
    expect(String((fetchMock.mock.calls[1] as unknown[])[0])).toContain('asOf=2026-12-03');
  });
});
