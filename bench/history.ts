// A deterministic synthetic training history for the benchmark: years of five
// sessions a week, four combos a session, three rounds each, with slow
// progression that levels off, daily noise, and stretches logged in lb.
import { CATALOG } from '../src/engine/catalog/index.js';
import type { ComboLog } from '../src/engine/model.js';
import type { Unit } from '../src/engine/types.js';
import { convert } from '../src/engine/units.js';

/** mulberry32: a tiny, well-mixed 32-bit PRNG, so every run sees the same history. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HistoryOptions {
  seed?: number;
  years?: number;
  /** A Monday, YYYY-MM-DD. */
  start?: string;
  sessionsPerWeek?: number;
  combosPerSession?: number;
  rounds?: number;
}

// Working loads in kg at the start (for bodyweight lifts: the load added, negative
// with band help) and how much is gained over the years before it levels off.
const START: Record<string, { load: number; gain: number; step: number }> = {
  incline_db_row: { load: 22.5, gain: 15, step: 2.5 },
  one_arm_db_row: { load: 30, gain: 17.5, step: 2.5 },
  landmine_row: { load: 30, gain: 25, step: 2.5 },
  barbell_floor_press: { load: 70, gain: 35, step: 2.5 },
  barbell_deadlift: { load: 120, gain: 70, step: 2.5 },
  weighted_dip: { load: 5, gain: 30, step: 2.5 },
  lat_pulldown: { load: 55, gain: 30, step: 5 },
  pull_up: { load: -20, gain: 35, step: 2.5 },
  half_kneeling_landmine_press: { load: 20, gain: 20, step: 2.5 },
};

// Training days inside each week (0 = Monday): five sessions, weekend rest on Sunday.
const WEEK_DAYS = [0, 1, 3, 4, 5, 2, 6];
const MS_PER_DAY = 86_400_000;

export function generateHistory(opts: HistoryOptions = {}): ComboLog[] {
  const { seed = 20240601, years = 10, start = '2015-01-05', sessionsPerWeek = 5, combosPerSession = 4, rounds = 3 } = opts;
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const startMs = Date.parse(`${start}T00:00:00Z`);
  const weeks = Math.round(years * 52);
  const combos = CATALOG.combos;
  const logs: ComboLog[] = [];
  let session = 0;
  for (let w = 0; w < weeks; w++) {
    // Year 4 was spent in a lb gym; elsewhere about one week in twenty is travel in lb.
    const weekUnit: Unit = Math.floor(w / 52) === 3 || rand() < 0.05 ? 'lb' : 'kg';
    const deload = w % 6 === 5; // a lighter week every six (Rogerson et al. 2024)
    for (let s = 0; s < sessionsPerWeek; s++, session++) {
      const date = new Date(startMs + (w * 7 + WEEK_DAYS[s % 7]!) * MS_PER_DAY).toISOString().slice(0, 10);
      const bodyweightKg = 78 + 6 * (w / weeks) + (rand() - 0.5) * 2;
      for (let c = 0; c < combosPerSession; c++) {
        const combo = combos[(session * combosPerSession + c) % combos.length]!;
        const compoundId = combo.compounds[session % combo.compounds.length]!;
        const base = START[compoundId]!;
        // Fast early gains that level off, with day-to-day wobble.
        const trend = base.load + base.gain * (1 - Math.exp(-w / 110));
        const day = (deload ? 0.85 : 1) * trend + (rand() - 0.5) * 2 * base.step;
        const kg = Math.round(day / base.step) * base.step;
        const load = weekUnit === 'kg' ? kg : Math.round(convert(kg, 'kg', 'lb') / 5) * 5;
        let reps = int(combo.repRange.min + 1, combo.repRange.max);
        let shrugReps = int(12, 20);
        for (let r = 0; r < rounds; r++) {
          const log: ComboLog = {
            date,
            comboId: combo.id,
            compoundId,
            shrugId: combo.shrug,
            unit: weekUnit,
            compound: { load, reps, rir: int(2, 3) },
            // the shrug is done with the compound's implement, at its load
            shrug: { load, reps: shrugReps, toFailure: rand() > 0.03 },
            // mostly straight into the shrug, now and then a slow change-over
            secondsBetween: rand() < 0.95 ? int(1, 5) : int(6, 20),
            restSeconds: int(120, 210),
          };
          if (rand() > 0.1) log.bodyweight = Math.round(convert(bodyweightKg, 'kg', weekUnit) * 10) / 10;
          logs.push(log);
          // Fatigue across rounds: a rep or so fewer each time.
          reps = Math.max(combo.repRange.min, reps - int(0, 1));
          shrugReps = Math.max(6, shrugReps - int(1, 3));
        }
      }
    }
  }
  return logs;
}
