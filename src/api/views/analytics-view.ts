// The analytics view: the lifter's combo rounds and imported sets through the
// engine. Shared by GET /analytics and the warm-up after an import, so the
// first look at Progress after bringing in years of history is instant.
//
// The app asks with a new asOf every day, so the view cache alone answers a
// fresh request only the second time. The whole log's timeline
// (engine/analytics/timeline.ts) is kept per revision instead: one read and
// one pass per write, then any asOf is a cut of it, and its JSON a copy of
// bytes kept beside it (analytics-bytes.ts). A round the lifter logs today is
// added to the kept timeline (roundLogged) instead of a new read and pass:
// Progress right after a set costs what that round changes.
import { analyticsTimeline, analyze, analyzeAt, appendRound, seriesFrom, type AnalyticsTimeline } from '../../engine/analytics/index.js';
import type { Unit } from '../../engine/types.js';
import { allPlainSets, analyticsRoundOf, analyticsRounds, lastRoundPlace, profiles, type Db, type LogComboResult, type RoundPlace } from '../../store/index.js';
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
  const [logs, last, plainSets] = await Promise.all([
    analyticsRounds(db, userId),
    lastRoundPlace(db, userId),
    // Imported history (Strong, Hevy, FitNotes) counts too; imports bump the revision the cache is keyed on.
    allPlainSets(db, userId),
  ]);
  return { logs, plainSets, last };
}

const revisionNow = async (db: Db, userId: string) =>
  Number((await db.selectFrom('users').select('revision').where('id', '=', userId).executeTakeFirst())?.revision ?? -1);

/** The view computed afresh from the store, for no cache: what every cached answer must equal. */
export async function analyticsView(db: Db, userId: string, q: AnalyticsQuery) {
  const [unit, { logs, plainSets }] = await Promise.all([unitFor(db, userId, q.unit), readInputs(db, userId)]);
  const analytics = analyze(logs, { asOf: q.asOf, unit, plainSets, ...(q.weeks !== undefined ? { weeks: q.weeks } : {}) });
  return { analytics: q.from ? seriesFrom(analytics, q.from) : analytics };
}

/**
 * A timeline kept for a revision, with where its last round sorts. `exact`:
 * it was read at that revision and no write came during the read (the
 * revision read again after the rows is the same), so a later write that only
 * added a round may be added to it (roundLogged).
 */
interface KeptTimeline {
  timeline: AnalyticsTimeline;
  /** The whole log's JSON pieces, made when a whole-log answer first needs them (a window's answer does not). */
  pieces(): AnalyticsPieces;
  /** Whether pieces() has been made. */
  made(): boolean;
  last: RoundPlace | null;
  exact: boolean;
}

/**
 * `before`: the kept timeline this one was made from. Its pieces are reused if
 * they were made by then; held no longer, so a run of rounds logged without
 * a look at the whole log does not keep a chain of timelines alive.
 */
function keep(timeline: AnalyticsTimeline, last: RoundPlace | null, exact: boolean, before?: KeptTimeline): KeptTimeline {
  let pieces: AnalyticsPieces | undefined;
  let reuse = before?.made() ? before.pieces() : undefined;
  return {
    timeline,
    pieces: () => {
      if (pieces === undefined) {
        pieces = analyticsPieces(timeline, reuse);
        reuse = undefined;
      }
      return pieces;
    },
    made: () => pieces !== undefined,
    last,
    exact,
  };
}

const TIMELINE = 'analytics-timeline|';
const UNITS: readonly Unit[] = ['kg', 'lb'];

/** The lifter's whole-log timeline at this revision in this unit, read and analysed once per revision. */
function timelineFor(deps: Pick<RouteDeps, 'db' | 'views'>, userId: string, revision: number, unit: Unit): Promise<KeptTimeline> {
  return deps.views.derived<KeptTimeline>(userId, revision, TIMELINE + unit, async () => {
    const { logs, plainSets, last } = await readInputs(deps.db, userId);
    const exact = (await revisionNow(deps.db, userId)) === revision;
    return keep(analyticsTimeline(logs, { unit, plainSets }), last, exact);
  });
}

/** Sorts after (or equals) `b` in the order the store reads rounds; undefined when only the session ids would tell. */
function after(a: RoundPlace, b: RoundPlace): boolean | undefined {
  if (a.date !== b.date) return a.date > b.date;
  if (a.sessionId === b.sessionId) return a.position > b.position;
  // Sessions of one date sort by creation, then by id: leave ties in creation
  // to a fresh read, where the database's collation orders the ids.
  if (a.sessionCreatedAt !== b.sessionCreatedAt) return a.sessionCreatedAt > b.sessionCreatedAt;
  return undefined;
}

/**
 * After a round is logged: a timeline kept at the revision just before this
 * write gets the round added (engine appendRound) rather than ten years of
 * rounds read and analysed again, when the round sorts after every kept one
 * (a round logged today does). Anything else leaves the next ask to build
 * afresh. True when a kept timeline moved on.
 */
export function roundLogged(deps: Pick<RouteDeps, 'views'>, userId: string, res: LogComboResult): boolean {
  const { created } = res;
  if (!created) return false;
  let moved = false;
  for (const unit of UNITS) {
    moved =
      deps.views.advance<KeptTimeline>(userId, TIMELINE + unit, created.revision, (kept) => {
        if (!kept.exact || (kept.last !== null && after(created.place, kept.last) !== true)) return undefined;
        const timeline = appendRound(kept.timeline, analyticsRoundOf(res.log));
        return timeline && keep(timeline, created.place, true, kept);
      }) || moved;
  }
  return moved;
}

/** The JSON GET /analytics answers, cut from the timeline. A window (from) keeps only its series, so its JSON is small. */
export async function analyticsJson(deps: Pick<RouteDeps, 'db' | 'views'>, userId: string, revision: number, q: AnalyticsQuery): Promise<Buffer> {
  return deps.views.getBytes(userId, revision, analyticsViewKey(q), async () => {
    const kept = await timelineFor(deps, userId, revision, await unitFor(deps.db, userId, q.unit));
    const analytics = analyzeAt(kept.timeline, { asOf: q.asOf, ...(q.weeks !== undefined ? { weeks: q.weeks } : {}) });
    return q.from ? Buffer.from(JSON.stringify({ analytics: seriesFrom(analytics, q.from) })) : analyticsBytes(kept.pieces(), analytics);
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
