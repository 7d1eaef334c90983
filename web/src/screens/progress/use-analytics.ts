// GET /api/v1/analytics for today, kept on the phone (the local database's
// cache store) so Progress still opens in the gym with no signal.
//
// Progress opens on the last year of series (from=, one chart period back):
// with years of imported history the whole log is a 1.3 MB answer, and
// parsing, storing and reading it back was most of the time the screen took
// to open. The whole log is a second request, and a second copy, made when
// the lifter asks for it (a chart's "All", or a week before the window).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../../api/client.js';
import type { Unit } from '../../api/types.js';
import { localDate } from '../../lib/dates.js';
import type { LocalDb } from '../../offline/idb.js';
import type { Analytics } from '../../../../src/engine/analytics/types.js';

export type { Analytics };

interface Cached {
  analytics: Analytics;
  savedAt: string;
}

export interface AnalyticsState {
  /** analytics.from is set while only the recent series are here. */
  analytics: Analytics | null;
  /** Set when what is shown is the phone's copy (no connection): when it was saved. */
  savedAt: string | null;
  loading: boolean;
  error: string | null;
}

/** The recent copy, or (all) the whole log's. Copies saved before the window existed are whole-log ones: a superset, still right. */
export const analyticsKey = (userId: string, all = false) => `${all ? 'analytics-all' : 'analytics'}:${userId}`;

/** Days back the series Progress opens on go: the charts' default period ("Year", periods.ts). */
export const RECENT_DAYS = 366;

/**
 * The first day of those series. Plain Date arithmetic on a UTC calendar day,
 * not the engine's date module: this runs at sign-in (warmAnalytics), in the
 * app's first-paint bundle.
 */
export const recentFrom = (asOf: string) => new Date(Date.parse(`${asOf}T00:00:00Z`) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);

export const fetchAnalytics = (asOf: string, unit?: Unit, from?: string) =>
  request<{ analytics: Analytics }>('GET', `/analytics?asOf=${asOf}${unit ? `&unit=${unit}` : ''}${from ? `&from=${from}` : ''}`);

/** Keeps the server's answer as the phone's copy. */
export const saveAnalytics = (db: LocalDb, userId: string, analytics: Analytics, all = false) =>
  db.put('cache', { analytics, savedAt: new Date().toISOString() } satisfies Cached, analyticsKey(userId, all));

/**
 * Fetches today's analytics (what Progress opens on) into the phone's copy
 * when none was saved today, so Progress works offline even before its first visit.
 */
export async function warmAnalytics(db: LocalDb, userId: string, unit: Unit | undefined, today = localDate()): Promise<boolean> {
  const copy = await db.get<Cached>('cache', analyticsKey(userId));
  if (copy && localDate(new Date(copy.savedAt)) === today) return false;
  const { analytics } = await fetchAnalytics(today, unit, recentFrom(today));
  await saveAnalytics(db, userId, analytics);
  return true;
}

/** The same numbers: the server's answer to an unchanged log matches the copy already on screen. */
const same = (a: Analytics, b: Analytics) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** `all`: the whole log's series rather than the last year's; until they come, the recent ones stay on screen. */
export function useAnalytics(db: LocalDb, userId: string, unit: Unit | undefined, all = false): AnalyticsState {
  const [state, setState] = useState<AnalyticsState>({ analytics: null, savedAt: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    const key = analyticsKey(userId, all);
    const today = localDate();
    // Whether a copy beats what is on screen: anything beats nothing, the whole log beats a window when asked for.
    const better = (shown: Analytics | null) => !shown || (all && shown.from !== undefined);
    if (all) setState((s) => ({ ...s, loading: true, error: null }));
    // The copy first, for an instant screen; the server's answer replaces it.
    // Not marked as the phone's copy (savedAt) yet: it is today's, and the answer is on its way.
    void db.get<Cached>('cache', key).then((c) => {
      if (live && c) setState((s) => (better(s.analytics) ? { ...s, analytics: c.analytics } : s));
    });
    fetchAnalytics(today, unit, all ? undefined : recentFrom(today)).then(
      ({ analytics }) => {
        if (!live) return;
        // Unchanged numbers keep the objects on screen, so nothing (the charts above all) is drawn again.
        setState((s) => ({ analytics: s.analytics && same(s.analytics, analytics) ? s.analytics : analytics, savedAt: null, loading: false, error: null }));
        void saveAnalytics(db, userId, analytics, all);
      },
      async (err: unknown) => {
        if (!live) return;
        // The recent series are in the whole log's copy too.
        const cached = (await db.get<Cached>('cache', key)) ?? (all ? undefined : await db.get<Cached>('cache', analyticsKey(userId, true)));
        const e = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
        if (!live) return;
        const error = e.offline ? 'You are offline.' : e.message;
        // Nothing saved: what is shown stays (the recent series, when the whole log was asked for).
        setState((s) => (cached ? { analytics: cached.analytics, savedAt: cached.savedAt, loading: false, error } : { ...s, loading: false, error }));
      },
    );
    return () => {
      live = false;
    };
  }, [db, userId, unit, all]);
  return state;
}
