// GET /api/v1/analytics for today, kept on the phone (the local database's
// cache store) so Progress still opens in the gym with no signal.
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
  analytics: Analytics | null;
  /** Set when what is shown is the phone's copy (no connection): when it was saved. */
  savedAt: string | null;
  loading: boolean;
  error: string | null;
}

export const analyticsKey = (userId: string) => `analytics:${userId}`;

export const fetchAnalytics = (asOf: string, unit?: Unit) =>
  request<{ analytics: Analytics }>('GET', `/analytics?asOf=${asOf}${unit ? `&unit=${unit}` : ''}`);

/** Keeps the server's answer as the phone's copy. */
export const saveAnalytics = (db: LocalDb, userId: string, analytics: Analytics) =>
  db.put('cache', { analytics, savedAt: new Date().toISOString() } satisfies Cached, analyticsKey(userId));

/**
 * Fetches today's analytics into the phone's copy when none was saved today,
 * so Progress works offline even before its first visit.
 */
export async function warmAnalytics(db: LocalDb, userId: string, unit: Unit | undefined, today = localDate()): Promise<boolean> {
  const copy = await db.get<Cached>('cache', analyticsKey(userId));
  if (copy && localDate(new Date(copy.savedAt)) === today) return false;
  const { analytics } = await fetchAnalytics(today, unit);
  await saveAnalytics(db, userId, analytics);
  return true;
}

export function useAnalytics(db: LocalDb, userId: string, unit: Unit | undefined): AnalyticsState {
  const [state, setState] = useState<AnalyticsState>({ analytics: null, savedAt: null, loading: true, error: null });
  useEffect(() => {
    let live = true;
    const key = analyticsKey(userId);
    // The copy first, for an instant screen; the server's answer replaces it.
    void db.get<Cached>('cache', key).then((c) => {
      if (live && c) setState((s) => (s.analytics ? s : { ...s, analytics: c.analytics, savedAt: c.savedAt }));
    });
    fetchAnalytics(localDate(), unit).then(
      ({ analytics }) => {
        if (!live) return;
        setState({ analytics, savedAt: null, loading: false, error: null });
        void saveAnalytics(db, userId, analytics);
      },
      async (err: unknown) => {
        if (!live) return;
        const cached = await db.get<Cached>('cache', key);
        const e = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
        if (!live) return;
        setState({
          analytics: cached?.analytics ?? null,
          savedAt: cached?.savedAt ?? null,
          loading: false,
          error: e.offline ? 'You are offline.' : e.message,
        });
      },
    );
    return () => {
      live = false;
    };
  }, [db, userId, unit]);
  return state;
}
