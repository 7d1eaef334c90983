// The JSON of an analytics answer cut from a timeline (analyzeAt), made from
// pieces kept with the timeline. A 10-year log's answer is ~2.6 MB, nearly all
// of it series points; JSON.stringify took 20-40 ms of every fresh answer. A
// cut's series are prefixes of the whole log's, so their JSON is a prefix of
// the whole log's JSON, made once per revision: each answer copies bytes.
// The bytes are exactly JSON.stringify({ analytics }) (analytics-view.test.ts).
import type { Analytics, AnalyticsTimeline } from '../../engine/analytics/index.js';

/** One series' points as JSON, without the brackets, and where each point ends. */
interface PointsJson {
  points: readonly object[];
  bytes: Buffer;
  /** ends[i]: the byte after point i's closing brace. */
  ends: number[];
}

export interface AnalyticsPieces {
  timeline: AnalyticsTimeline;
  /** The JSON of each of the whole log's weeks. */
  weeks: Buffer[];
  e1rm: Map<string, PointsJson>;
  shrugs: Map<string, PointsJson>;
}

// Points are flat objects of numbers and ISO dates: every '}' closes one.
function pointsJson(points: readonly object[]): PointsJson {
  const bytes = Buffer.from(JSON.stringify(points).slice(1, -1));
  const ends: number[] = new Array(points.length);
  let at = 0;
  for (let i = 0; i < points.length; i++) ends[i] = at = bytes.indexOf(0x7d, at) + 1;
  return { points, bytes, ends };
}

/**
 * The pieces of a timeline. Given the pieces of an earlier timeline it was
 * made from (appendRound), a week or series that is the same object reuses
 * its bytes: after one round only its week and its two series are written.
 */
export function analyticsPieces(timeline: AnalyticsTimeline, before?: AnalyticsPieces): AnalyticsPieces {
  const { all } = timeline;
  const weekBytes = new Map(before?.timeline.all.weekly.map((w, i) => [w, before.weeks[i]!]));
  const series = (list: readonly { exerciseId: string; points: readonly object[] }[], kept: Map<string, PointsJson> | undefined) =>
    new Map(list.map((s) => {
      const old = kept?.get(s.exerciseId);
      return [s.exerciseId, old?.points === s.points ? old : pointsJson(s.points)] as const;
    }));
  return {
    timeline,
    weeks: all.weekly.map((w) => weekBytes.get(w) ?? Buffer.from(JSON.stringify(w))),
    e1rm: series(all.e1rmTrends, before?.e1rm),
    shrugs: series(all.shrugSeries, before?.shrugs),
  };
}

/** JSON.stringify({ analytics: a }) for a cut of the pieces' timeline, reusing their bytes where a is made of the same objects. */
export function analyticsBytes(pieces: AnalyticsPieces, a: Analytics): Buffer {
  const parts: Buffer[] = [];
  const text = (s: string) => parts.push(Buffer.from(s));
  const list = <T>(items: readonly T[], item: (x: T, i: number) => void) => {
    text('[');
    items.forEach((x, i) => {
      if (i > 0) text(',');
      item(x, i);
    });
    text(']');
  };
  const series = (kept: Map<string, PointsJson>) => (s: { exerciseId: string; points: readonly object[] }) => {
    const whole = kept.get(s.exerciseId);
    const n = s.points.length;
    // A prefix of the whole log's points, as analyzeAt cuts them; anything else is written out.
    if (!whole || n > whole.points.length || (n > 0 && (s.points[0] !== whole.points[0] || s.points[n - 1] !== whole.points[n - 1]))) {
      text(JSON.stringify(s));
      return;
    }
    text(`{"exerciseId":${JSON.stringify(s.exerciseId)},"points":[`);
    if (n > 0) parts.push(whole.bytes.subarray(0, whole.ends[n - 1]));
    text(']}');
  };
  const all = pieces.timeline.all;
  text('{"analytics":{');
  let first = true;
  for (const [key, value] of Object.entries(a) as [keyof Analytics, unknown][]) {
    if (value === undefined) continue;
    text(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (key === 'weekly') list(a.weekly, (w, i) => (w === all.weekly[i] ? parts.push(pieces.weeks[i]!) : text(JSON.stringify(w))));
    else if (key === 'e1rmTrends') list(a.e1rmTrends, series(pieces.e1rm));
    else if (key === 'shrugSeries') list(a.shrugSeries, series(pieces.shrugs));
    else text(JSON.stringify(value));
  }
  text('}}');
  return Buffer.concat(parts);
}
