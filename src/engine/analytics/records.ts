// Personal records: per compound the best e1RM and the heaviest load, per shrug
// the most reps at each load, each dated to when it was first set.
import type { Unit } from '../types.js';
import { resolver } from './lookups.js';
import { shrugAccumulator } from './shrugs.js';
import { strengthAccumulator } from './strength.js';
import type { AnalyticsRound, Records } from './types.js';

export function personalRecords(history: readonly AnalyticsRound[], unit: Unit): Records {
  const strength = strengthAccumulator(unit);
  const shrugs = shrugAccumulator(unit);
  const resolve = resolver();
  for (const log of history) {
    strength.add(log, resolve(log));
    shrugs.add(log);
  }
  return { compounds: strength.records(), shrugs: shrugs.records() };
}
