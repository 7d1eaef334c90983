// Analytics for any asOf from one pass over the whole log (issue 15). The app
// asks analyze for a new asOf every day (and a chart may ask for another), but
// the log only changes when the lifter writes: so the whole log is analysed
// once, and each asOf cuts it.
//
// Why a cut is exact, piece by piece (timeline.test.ts checks it against
// analyze for random logs and dates):
// - Counts: the rounds and counted plain sets dated up to asOf, found by a
//   binary search once each is in date order.
// - Series: e1RM points (one per session date) and shrug points (every set,
//   stably sorted by date) up to asOf are a prefix of the whole log's series,
//   in the same order. A lift is listed once it has any set up to asOf.
// - Weekly: weeks before asOf's week are whole in both; asOf's own week is
//   counted again from its rounds and sets up to asOf, in analyze's order.
// - Compound records are the best value under an order whose ties are equal
//   values, so a running best per session date answers any asOf.
// - Shrug records (most reps at each load) are taken again from the shrug
//   points up to asOf: within a date those keep analyze's order (rounds, then
//   plain sets), so ties fall the same way.
// - Coverage counts each movement's shrug dates inside the window.
import type { PlainSet } from '../model.js';
import type { Unit } from '../types.js';
import { MOVEMENT_IDS } from '../types.js';
import { convert } from '../units.js';
import { analyze } from './analyze.js';
import { coverageAccumulator, coverageFrom, coverageResult, DEFAULT_COVERAGE_WEEKS } from './coverage.js';
import { dateCache, dateOfDay, dayNumber, isoWeekKey } from './dates.js';
import { resolver } from './lookups.js';
import { addPlainSets, hardCandidate, plainCounted, type Counted } from './plain-sets.js';
import { atLoadRecords, offerAtLoad, shrugAccumulator, type Best } from './shrugs.js';
import { strengthAccumulator } from './strength.js';
import type { Analytics, AnalyticsRound, CompoundRecord, E1rmPoint, E1rmTrend, ShrugRecord, ShrugSeries, WeekVolume } from './types.js';
import { volumeAccumulator } from './volume.js';

/** A compound's records after each session date it was done on, oldest first. */
interface CompoundDays {
  dates: string[];
  heaviest: CompoundRecord['heaviestLoad'][];
  bestE1rm: CompoundRecord['bestE1rm'][];
}

export interface AnalyticsTimeline {
  unit: Unit;
  /** The rounds, oldest first. */
  rounds: readonly AnalyticsRound[];
  /** The plain sets that count (hard sets of catalog exercises), oldest first. */
  plainSets: readonly PlainSet[];
  /** analyze over the whole log: the series every cut is a prefix of. */
  all: Analytics;
  compounds: Map<string, CompoundDays>;
  /** Per movement (by index), the date of each of its shrug sets, oldest first. */
  shrugDates: string[][];
}

/** The last date there is: every log is on or before it. */
const END = '9999-12-31';

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Oldest first, as given when it already is (the store reads them so): a stable sort keeps a day's order. */
function oldestFirst<T extends { date: string }>(xs: readonly T[]): readonly T[] {
  for (let i = 1; i < xs.length; i++) if (xs[i]!.date < xs[i - 1]!.date) return [...xs].sort(byDate);
  return xs;
}

/** The first index of [0, n) where `past(i)` holds, for a predicate false up to it and true after. */
function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How many of xs (oldest first) are dated up to `date`. */
const countUpTo = (xs: readonly { date: string }[], date: string) => firstWhere(xs.length, (i) => xs[i]!.date > date);
/** How many of xs (oldest first) are dated before `date`. */
const countBefore = (xs: readonly { date: string }[], date: string) => firstWhere(xs.length, (i) => xs[i]!.date >= date);
/** The same over sorted date strings. */
const datesUpTo = (dates: readonly string[], date: string) => firstWhere(dates.length, (i) => dates[i]! > date);
const datesBefore = (dates: readonly string[], date: string) => firstWhere(dates.length, (i) => dates[i]! >= date);

/** One pass over the whole log, kept for analyzeAt. The inputs are the ones analyze takes. */
export function analyticsTimeline(history: readonly AnalyticsRound[], opts: { unit: Unit; plainSets?: readonly PlainSet[] }): AnalyticsTimeline {
  const { unit } = opts;
  const rounds = oldestFirst(history);
  const counted = new Map<string, Counted>();
  const countedAs = (id: string) => {
    let c = counted.get(id);
    if (c === undefined) counted.set(id, (c = plainCounted(id)));
    return c;
  };
  const plainSets = oldestFirst((opts.plainSets ?? []).filter((s) => hardCandidate(s) && countedAs(s.exerciseId) !== null));
  const all = analyze(rounds, { asOf: END, unit, plainSets });

  // Every compound set's logged load (in unit) with its date, and every shrug set's movement.
  const sets = new Map<string, CompoundSet[]>();
  const addCompound = (id: string, set: CompoundSet) => {
    const list = sets.get(id);
    if (list) list.push(set);
    else sets.set(id, [set]);
  };
  const shrugDates: string[][] = MOVEMENT_IDS.map(() => []);
  const resolve = resolver();
  for (const r of rounds) {
    addCompound(r.compoundId, roundCompoundSet(r, unit));
    const shrug = resolve(r).shrug;
    if (shrug) shrugDates[shrug.movement]!.push(r.date);
  }
  for (const s of plainSets) {
    const c = countedAs(s.exerciseId)!;
    if (c.shrug) shrugDates[c.shrug.movement]!.push(s.date);
    else addCompound(s.exerciseId, plainCompoundSet(s, unit));
  }
  for (const dates of shrugDates) dates.sort();

  const points = new Map(all.e1rmTrends.map((t) => [t.exerciseId, t.points]));
  const compounds = new Map<string, CompoundDays>();
  for (const [id, list] of sets) compounds.set(id, compoundDays(list, points.get(id) ?? []));
  return { unit, rounds, plainSets, all, compounds, shrugDates };
}

interface CompoundSet {
  date: string;
  load: number;
  reps: number;
}

const roundCompoundSet = (r: AnalyticsRound, unit: Unit): CompoundSet => ({ date: r.date, load: convert(r.compound.load, r.unit, unit), reps: r.compound.reps });
const plainCompoundSet = (s: PlainSet, unit: Unit): CompoundSet => ({ date: s.date, load: convert(s.load, s.unit, unit), reps: s.reps });

/** A compound's records after each date it was done on, from its sets (rounds first, then plain sets) and its e1RM points. */
function compoundDays(list: CompoundSet[], estimates: readonly E1rmPoint[]): CompoundDays {
  list.sort(byDate);
  const days: CompoundDays = { dates: [], heaviest: [], bestE1rm: [] };
  let e = 0;
  let heaviest = list[0]!;
  let best: CompoundRecord['bestE1rm'] = null;
  for (let i = 0; i < list.length; i++) {
    const { date, load, reps } = list[i]!;
    // As strength.ts's record(): heavier wins; at the same load more reps, then the earlier date.
    if (load > heaviest.load || (load === heaviest.load && (reps > heaviest.reps || (reps === heaviest.reps && date < heaviest.date)))) heaviest = list[i]!;
    if (i + 1 < list.length && list[i + 1]!.date === date) continue;
    // The session's best e1RM (one point per date) against the best so far; ties go to the earlier date.
    for (; e < estimates.length && estimates[e]!.date <= date; e++) {
      const p = estimates[e]!;
      if (best === null || p.e1rm > best.value || (p.e1rm === best.value && p.date < best.date)) best = { value: p.e1rm, date: p.date };
    }
    days.dates.push(date);
    days.heaviest.push({ load: heaviest.load, reps: heaviest.reps, date: heaviest.date });
    days.bestE1rm.push(best);
  }
  return days;
}

/** The list (sorted by key) with `item` in place of the entry of the same key, or added where it sorts. */
function withEntry<T, K extends keyof T>(list: readonly T[], key: K, item: T): T[] {
  const out = [...list];
  const at = firstWhere(out.length, (i) => out[i]![key] >= item[key]);
  if (at < out.length && out[at]![key] === item[key]) out[at] = item;
  else out.splice(at, 0, item);
  return out;
}

/**
 * The timeline of the log with one round more, dated on or after every round
 * in it: what a lifter's own write adds, so Progress right after a set needs
 * no new pass over ten years of rounds. Only what the round touches is worked
 * out again, each as analyze would: its week's volume, its compound's trend,
 * records and days, its shrug's series and records, its movement's dates.
 * Equal to analyticsTimeline over the longer log (timeline.test.ts). Undefined
 * for a round dated before the last one: build the timeline afresh then.
 * Within a date the round goes last, so the caller must know it sorts there.
 */
export function appendRound(t: AnalyticsTimeline, r: AnalyticsRound): AnalyticsTimeline | undefined {
  const last = t.rounds[t.rounds.length - 1];
  if (last !== undefined && r.date < last.date) return undefined;
  const { unit, plainSets } = t;
  const rounds = [...t.rounds, r];
  // Series and records are per exercise: the round's compound and shrug over
  // only their own rounds and plain sets, in the order analyze meets them.
  const mine = analyze(
    rounds.filter((x) => x.compoundId === r.compoundId || x.shrugId === r.shrugId),
    { asOf: END, unit, plainSets: plainSets.filter((s) => s.exerciseId === r.compoundId || s.exerciseId === r.shrugId) },
  );
  const own = <T extends { exerciseId: string }>(list: readonly T[], id: string) => list.find((x) => x.exerciseId === id)!;
  const trend = own(mine.e1rmTrends, r.compoundId);

  const sets = rounds.filter((x) => x.compoundId === r.compoundId).map((x) => roundCompoundSet(x, unit));
  for (const s of plainSets) if (s.exerciseId === r.compoundId) sets.push(plainCompoundSet(s, unit));
  const compounds = new Map(t.compounds);
  compounds.set(r.compoundId, compoundDays(sets, trend.points));

  let shrugDates = t.shrugDates;
  const shrug = resolver()(r).shrug;
  if (shrug) {
    const dates = [...t.shrugDates[shrug.movement]!];
    dates.splice(datesUpTo(dates, r.date), 0, r.date);
    shrugDates = t.shrugDates.map((d, i) => (i === shrug.movement ? dates : d));
  }

  // The round's week, counted again whole: its rounds, then its plain sets.
  const week = isoWeekKey(r.date);
  const next: AnalyticsTimeline = { ...t, rounds, compounds, shrugDates };
  const [volume] = weekOf(next, week, dateOfDay(dayNumber(week) + 6));
  next.all = {
    ...t.all,
    combos: t.all.combos + 1,
    sets: t.all.sets + 2,
    weekly: withEntry(t.all.weekly, 'week', volume!),
    e1rmTrends: withEntry(t.all.e1rmTrends, 'exerciseId', trend),
    shrugSeries: withEntry(t.all.shrugSeries, 'exerciseId', own(mine.shrugSeries, r.shrugId)),
    records: {
      compounds: withEntry(t.all.records.compounds, 'exerciseId', own(mine.records.compounds, r.compoundId)),
      shrugs: withEntry(t.all.records.shrugs, 'exerciseId', own(mine.records.shrugs, r.shrugId)),
    },
    coverage: coverageOf(shrugDates, END, DEFAULT_COVERAGE_WEEKS),
  };
  return next;
}

/** analyze(history, { asOf, weeks, unit, plainSets }) for the log the timeline was made from. */
export function analyzeAt(t: AnalyticsTimeline, opts: { asOf: string; weeks?: number }): Analytics {
  const { asOf } = opts;
  const weeks = opts.weeks ?? DEFAULT_COVERAGE_WEEKS;
  const combos = countUpTo(t.rounds, asOf);
  const plainSets = countUpTo(t.plainSets, asOf);

  // Whole weeks before asOf's are the whole log's; asOf's own week again, up to asOf.
  const week = isoWeekKey(asOf);
  const weekly: WeekVolume[] = [];
  for (const w of t.all.weekly) {
    if (w.week >= week) break;
    weekly.push(w);
  }
  weekly.push(...weekOf(t, week, asOf));

  const e1rmTrends: E1rmTrend[] = [];
  const compoundRecords: CompoundRecord[] = [];
  for (const trend of t.all.e1rmTrends) {
    const days = t.compounds.get(trend.exerciseId);
    const d = days ? datesUpTo(days.dates, asOf) : 0;
    if (!days || d === 0) continue;
    e1rmTrends.push({ exerciseId: trend.exerciseId, points: trend.points.slice(0, countUpTo(trend.points, asOf)) });
    compoundRecords.push({ exerciseId: trend.exerciseId, bestE1rm: days.bestE1rm[d - 1]!, heaviestLoad: days.heaviest[d - 1]! });
  }

  const shrugSeries: ShrugSeries[] = [];
  const shrugRecords: ShrugRecord[] = [];
  for (const s of t.all.shrugSeries) {
    const n = countUpTo(s.points, asOf);
    if (n === 0) continue;
    const points = s.points.slice(0, n);
    const atLoad = new Map<number, Best>();
    for (const p of points) offerAtLoad(atLoad, p.load, p.reps, p.date);
    shrugSeries.push({ exerciseId: s.exerciseId, points });
    shrugRecords.push({ exerciseId: s.exerciseId, atLoad: atLoadRecords(atLoad) });
  }


  return {
    asOf,
    unit: t.unit,
    combos,
    plainSets,
    sets: 2 * combos + plainSets,
    weekly,
    e1rmTrends,
    shrugSeries,
    records: { compounds: compoundRecords, shrugs: shrugRecords },
    coverage: coverageOf(t.shrugDates, asOf, weeks),
  };
}

/** Coverage as of a date from each movement's shrug dates. */
function coverageOf(shrugDates: readonly string[][], asOf: string, weeks: number) {
  const from = coverageFrom(asOf, weeks);
  const inWindow: number[] = [];
  const lastDate: (string | null)[] = [];
  for (const dates of shrugDates) {
    const through = datesUpTo(dates, asOf);
    inWindow.push(through - datesBefore(dates, from));
    lastDate.push(through > 0 ? dates[through - 1]! : null);
  }
  return coverageResult(asOf, weeks, inWindow, lastDate);
}

/** The volume of asOf's week up to asOf: its rounds, then its plain sets, as analyze adds them. */
function weekOf(t: AnalyticsTimeline, week: string, asOf: string): WeekVolume[] {
  const volume = volumeAccumulator();
  const info = dateCache();
  const resolve = resolver();
  const end = countUpTo(t.rounds, asOf);
  for (let i = countBefore(t.rounds, week); i < end; i++) {
    const r = t.rounds[i]!;
    volume.add(week, r, resolve(r));
  }
  const endPlain = countUpTo(t.plainSets, asOf);
  const plain = t.plainSets.slice(countBefore(t.plainSets, week), endPlain);
  // Only the volume matters here; the other sinks take the sets and are dropped.
  addPlainSets(plain, asOf, info, { volume, strength: strengthAccumulator(t.unit), shrugs: shrugAccumulator(t.unit), cover: coverageAccumulator(asOf) });
  return volume.result();
}
