// The analytics view: the lifter's combo rounds and imported sets through the
// engine. Shared by GET /analytics and the warm-up after an import, so the
// first look at Progress after bringing in years of history is instant.
import { analyze, seriesFrom, type Analytics } from '../../engine/analytics/index.js';
import type { Unit } from '../../engine/types.js';
import { allPlainSets, analyticsRounds, profiles, type Db } from '../../store/index.js';
import type { RouteDeps } from '../routes/deps.js';

export interface AnalyticsQuery {
  asOf: string;
  weeks?: number | undefined;
  unit?: Unit | undefined;
  /** Series from this date on (seriesFrom); the whole log when absent. */
  from?: string | undefined;
}

export const analyticsViewKey = (q: AnalyticsQuery) => `analytics|${q.asOf}|${q.weeks ?? ''}|${q.unit ?? ''}${q.from ? `|${q.from}` : ''}`;

export async function analyticsView(db: Db, userId: string, q: AnalyticsQuery) {
  const [profile, logs, plainSets] = await Promise.all([
    q.unit ? undefined : profiles.getProfile(db, userId),
    analyticsRounds(db, userId),
    // Imported history (Strong, Hevy, FitNotes) counts too; imports bump the revision the cache is keyed on.
    allPlainSets(db, userId),
  ]);
  const analytics = analyze(logs, { asOf: q.asOf, unit: q.unit ?? profile?.document.unit ?? 'kg', plainSets, ...(q.weeks !== undefined ? { weeks: q.weeks } : {}) });
  return { analytics };
}

/**
 * The JSON GET /analytics answers. A window (from) is cut from the whole-log
 * view, so it reuses the warm-up's work rather than running the engine again.
 */
export async function analyticsJson(deps: Pick<RouteDeps, 'db' | 'views'>, userId: string, revision: number, q: AnalyticsQuery): Promise<Buffer> {
  const { from, ...whole } = q;
  const json = await deps.views.get(userId, revision, analyticsViewKey(whole), () => analyticsView(deps.db, userId, whole));
  if (!from) return json;
  return deps.views.get(userId, revision, analyticsViewKey(q), async () => ({ analytics: seriesFrom((JSON.parse(json.toString()) as { analytics: Analytics }).analytics, from) }));
}

/** Computes today's analytics into the view cache, for both ways the app may ask (with and without its unit). */
export async function warmAnalytics(deps: Pick<RouteDeps, 'db' | 'views' | 'now'>, userId: string): Promise<void> {
  const row = await deps.db.selectFrom('users').select('revision').where('id', '=', userId).executeTakeFirst();
  if (!row) return;
  const revision = Number(row.revision);
  const asOf = deps.now().toISOString().slice(0, 10);
  const json = await deps.views.get(userId, revision, analyticsViewKey({ asOf }), () => analyticsView(deps.db, userId, { asOf }));
  const unit = (await profiles.getProfile(deps.db, userId))?.document.unit;
  if (unit) deps.views.put(userId, revision, analyticsViewKey({ asOf, unit }), json);
}
