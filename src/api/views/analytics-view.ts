// The analytics view: the lifter's combo rounds and imported sets through the
// engine. Shared by GET /analytics and the warm-up after an import, so the
// first look at Progress after bringing in years of history is instant.
//
// The app asks with a new asOf every day, so the view cache alone answers a
// fresh request only the second time. The whole log's timeline
// (engine/analytics/timeline.ts) is kept per revision instead: one read and
// one pass per write, then any asOf is a cut of it, and its JSON a copy of
// bytes kept beside it (analytics-bytes.ts).
import { analyticsTimeline, analyze, analyzeAt, seriesFrom } from '../../engine/analytics/index.js';
import type { Unit } from '../../engine/types.js';
import { allPlainSets, analyticsRounds, profiles, type Db } from '../../store/index.js';
import type { RouteDeps } from '../routes/deps.js';
import { analyticsBytes, analyticsPieces, type AnalyticsPieces } from './analytics-bytes.js';

export interface AnalyticsQuery {
  asOf: string;
  weeks?: number | undefined;
  unit?: Unit | undefined;
  /** Series from this date on (seriesFrom); the whole log when absent. */
  from?: string | undefined;
}

export const analyticsViewKey = (q: AnalyticsQuery) => `analytics|${q.asOf}|${q.weeks ?? ''}|${q.unit ?? ''}${q.from ? `|${q.from}` : ''}`;

/** The unit asked for, else the profile's, else kg. */
async function unitFor(db: Db, userId: string, unit: Unit | undefined): Promise<Unit> {
  return unit ?? (await profiles.getProfile(db, userId))?.document.unit ?? 'kg';
}

async function readInputs(db: Db, userId: string) {
  const [logs, plainSets] = await Promise.all([
    analyticsRounds(db, userId),
    // Imported history (Strong, Hevy, FitNotes) counts too; imports bump the revision the cache is keyed on.
    allPlainSets(db, userId),
  ]);
  return { logs, plainSets };
}

/** The view computed afresh from the store, for no cache: what every cached answer must equal. */
export async function analyticsView(db: Db, userId: string, q: AnalyticsQuery) {
  const [unit, { logs, plainSets }] = await Promise.all([unitFor(db, userId, q.unit), readInputs(db, userId)]);
  const analytics = analyze(logs, { asOf: q.asOf, unit, plainSets, ...(q.weeks !== undefined ? { weeks: q.weeks } : {}) });
  return { analytics: q.from ? seriesFrom(analytics, q.from) : analytics };
}

/** The lifter's whole-log timeline at this revision in this unit, read and analysed once per revision. */
function timelineFor(deps: Pick<RouteDeps, 'db' | 'views'>, userId: string, revision: number, unit: Unit): Promise<AnalyticsPieces> {
  return deps.views.derived(userId, revision, `analytics-timeline|${unit}`, async () => {
    const { logs, plainSets } = await readInputs(deps.db, userId);
    return analyticsPieces(analyticsTimeline(logs, { unit, plainSets }));
  });
}

/** The JSON GET /analytics answers, cut from the timeline. A window (from) keeps only its series, so its JSON is small. */
export async function analyticsJson(deps: Pick<RouteDeps, 'db' | 'views'>, userId: string, revision: number, q: AnalyticsQuery): Promise<Buffer> {
  return deps.views.getBytes(userId, revision, analyticsViewKey(q), async () => {
    const pieces = await timelineFor(deps, userId, revision, await unitFor(deps.db, userId, q.unit));
    const analytics = analyzeAt(pieces.timeline, { asOf: q.asOf, ...(q.weeks !== undefined ? { weeks: q.weeks } : {}) });
    return q.from ? Buffer.from(JSON.stringify({ analytics: seriesFrom(analytics, q.from) })) : analyticsBytes(pieces, analytics);
  });
}

/** Computes today's analytics into the view cache, for both ways the app may ask (with and without its unit). */
export async function warmAnalytics(deps: Pick<RouteDeps, 'db' | 'views' | 'now'>, userId: string): Promise<void> {
  const row = await deps.db.selectFrom('users').select('revision').where('id', '=', userId).executeTakeFirst();
  if (!row) return;
  const revision = Number(row.revision);
  const asOf = deps.now().toISOString().slice(0, 10);
  const json = await analyticsJson(deps, userId, revision, { asOf });
  const unit = (await profiles.getProfile(deps.db, userId))?.document.unit;
  if (unit) deps.views.put(userId, revision, analyticsViewKey({ asOf, unit }), json);
}
