// Analytics over a lifter's logged history, in one pass: weekly volume, e1RM
// trends, shrug reps at load, personal records and movement coverage. Plain
// sets (imported history) join in a second pass over the same accumulators.
// The engine has no clock, so "now" is the caller's asOf; later logs are left out.
import { coverageAccumulator, DEFAULT_COVERAGE_WEEKS } from './coverage.js';
import { dateCache } from './dates.js';
import { resolver } from './lookups.js';
import { addPlainSets } from './plain-sets.js';
import { shrugAccumulator } from './shrugs.js';
import { strengthAccumulator } from './strength.js';
import type { AnalyticsRound, Analytics, AnalyzeOptions } from './types.js';
import { volumeAccumulator } from './volume.js';

export function analyze(history: readonly AnalyticsRound[], opts: AnalyzeOptions): Analytics {
  const { asOf, unit } = opts;
  const weeks = opts.weeks ?? DEFAULT_COVERAGE_WEEKS;
  const info = dateCache();
  const resolve = resolver();
  const volume = volumeAccumulator();
  const strength = strengthAccumulator(unit);
  const shrugs = shrugAccumulator(unit);
  const cover = coverageAccumulator(asOf, weeks);
  let combos = 0;
  for (const log of history) {
    // ISO dates compare as strings.
    if (log.date > asOf) continue;
    const d = info(log.date);
    const r = resolve(log);
    combos++;
    volume.add(d.week, log, r);
    strength.add(log, r);
    shrugs.add(log);
    cover.add(d.day, log, r);
  }
  const plainSets = opts.plainSets ? addPlainSets(opts.plainSets, asOf, info, { volume, strength, shrugs, cover }) : 0;
  return {
    asOf,
    unit,
    combos,
    plainSets,
    // Every round is a compound set and a shrug set.
    sets: 2 * combos + plainSets,
    weekly: volume.result(),
    e1rmTrends: strength.trends(),
    shrugSeries: shrugs.series(),
    records: { compounds: strength.records(), shrugs: shrugs.records() },
    coverage: cover.result(),
  };
}
