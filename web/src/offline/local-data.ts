// The lifter's profile, plan and logged rounds, kept on the phone so today's
// session can be worked out with no connection (see training.ts). Refreshed
// from the server whenever the app is online; read back when it is not.
import { getHistory, getMe, getPlan, getProfile } from '../api/endpoints.js';
import type { HistorySet, Round, PlanView, ProfileView } from '../api/types.js';
import type { LocalDb } from './idb.js';

export interface LocalData {
  profile: ProfileView | null;
  plan: PlanView | null;
  /** Every round the server had at the last refresh, oldest first. */
  logs: Round[];
  /**
   * Sets outside combos (own lifts, accessories, imported workouts) at the
   * last refresh, oldest first: for "last time" and today's list. Absent in
   * copies saved before sets were kept.
   */
  sets?: DatedSet[];
  /** ISO time of the last refresh. */
  savedAt: string;
  /**
   * The server's revision of the lifter's data when the copy was fetched
   * (read before it). Absent in copies saved before it was kept, and after a
   * partial update (merge), so those are fetched whole next time.
   */
  revision?: number;
  /** ISO time the copy was last fetched whole (with `revision`). */
  fetchedAt?: string;
}

/**
 * A copy at an unchanged revision is still fetched whole this often: a new
 * release may show the same data differently (a plan's instructions come
 * from the catalog), and a database restored from a backup sets revisions back.
 */
export const FETCH_WHOLE_EVERY_MS = 24 * 3600 * 1000;

/** A set with the date and session it belongs to. */
export type DatedSet = HistorySet & { date: string; sessionId: string };

/** Enough history to drive every combo's progression; older rounds only matter for charts. */
const MAX_HISTORY_PAGES = 10;

const key = (userId: string) => `data:${userId}`;

export class LocalCache {
  /** `fetch`: for tests; the app uses the browser's. */
  constructor(
    private readonly db: LocalDb,
    private readonly fetch?: typeof globalThis.fetch,
  ) {}

  get(userId: string): Promise<LocalData | undefined> {
    return this.db.get<LocalData>('cache', key(userId));
  }

  /**
   * Saves part of the data (after the profile or plan changed), keeping the
   * rest. The copy then no longer matches any revision of the server's: unless
   * `part` says which it matches, the next refresh fetches it whole.
   */
  async merge(userId: string, part: Partial<Omit<LocalData, 'savedAt'>>, now = new Date()): Promise<LocalData> {
    const current = (await this.get(userId)) ?? { profile: null, plan: null, logs: [], savedAt: now.toISOString() };
    const { revision: _revision, fetchedAt: _fetchedAt, ...rest } = current;
    const next: LocalData = { ...rest, ...part, savedAt: now.toISOString() };
    await this.db.put('cache', next, key(userId));
    return next;
  }

  clear(userId: string): Promise<void> {
    return this.db.delete('cache', key(userId));
  }

  /**
   * Fetches profile, plan and history and stores them. Throws ApiError (offline) when there is no
   * connection; the service worker's older copies do not count, so they never overwrite this one.
   */
  async refresh(userId: string, opts: { force?: boolean; now?: Date } = {}): Promise<LocalData> {
    const now = opts.now ?? new Date();
    const live = { fresh: true, ...(this.fetch ? { fetch: this.fetch } : {}) };
    // Read first: a write while the pages come in makes the next refresh fetch again.
    const me = await getMe(live);
    const { revision } = me;
    const kept = await this.get(userId);
    // Nothing changed since the copy was fetched (the same lifter, the same
    // revision, fetched whole lately): a few hundred kB for a long log not
    // downloaded again each time the app opens. `force`: the lifter asked.
    const unchanged =
      !opts.force &&
      me.user.id === userId &&
      typeof revision === 'number' &&
      kept?.revision === revision &&
      kept.fetchedAt !== undefined &&
      now.getTime() - Date.parse(kept.fetchedAt) < FETCH_WHOLE_EVERY_MS;
    if (unchanged) return this.merge(userId, { revision, fetchedAt: kept.fetchedAt }, now);
    const [{ profile }, { plan }] = await Promise.all([getProfile(live), getPlan(live)]);
    const logs: Round[] = [];
    const sets: DatedSet[] = [];
    let before: string | undefined;
    for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
      const res = await getHistory(before, 100, live);
      for (const s of res.sessions) {
        logs.push(...s.combos);
        for (const set of s.sets) sets.push({ ...set, date: s.date, sessionId: s.id });
      }
      if (!res.nextCursor) break;
      before = res.nextCursor;
    }
    logs.sort((a, b) => (a.date === b.date ? a.position - b.position : a.date < b.date ? -1 : 1));
    sets.sort((a, b) => (a.date === b.date ? a.position - b.position : a.date < b.date ? -1 : 1));
    return this.merge(userId, { profile, plan, logs, sets, revision, fetchedAt: now.toISOString() }, now);
  }
}
