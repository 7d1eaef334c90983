import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainSet } from '../model.js';
import { analyze } from './analyze.js';
import { dateOfDay, dayNumber } from './dates.js';
import { analyticsTimeline, analyzeAt, appendRound } from './timeline.js';
import type { AnalyticsRound } from './types.js';

// Dates over ten weeks (2024-02-26 is a Monday), so weeks, windows and
// sessions meet often; asOf runs from before the first to after the last.
const FIRST = dayNumber('2024-02-26');
const date = (min = 0, max = 70) => fc.integer({ min, max }).map((d) => dateOfDay(FIRST + d));

// Catalog combos, a lifter's own compound (counted nowhere but still listed), a bodyweight lift.
const COMBOS = [
  { comboId: 'incline_row_retraction', compoundId: 'incline_db_row', shrugId: 'incline_retraction_shrug' },
  { comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug' },
  { comboId: 'dip_depression', compoundId: 'weighted_dip', shrugId: 'dip_depression_shrug' },
  { comboId: 'floor_press_protraction', compoundId: 'custom:press', shrugId: 'protraction_shrug' },
  { comboId: 'custom:combo', compoundId: 'pull_up', shrugId: 'custom:shrug' },
];

// Few loads and reps, so records tie (same load, same reps, same day) and kg meets lb.
const load = fc.constantFrom(0, 20, 22.5, 45, 50, 100, -10);
const unit = fc.constantFrom('kg' as const, 'lb' as const);

const round: fc.Arbitrary<AnalyticsRound> = fc
  .record({
    date: date(),
    combo: fc.constantFrom(...COMBOS),
    unit,
    bodyweight: fc.option(fc.constantFrom(70, 80.5), { nil: undefined }),
    compound: fc.record({ load, reps: fc.integer({ min: 0, max: 12 }), rir: fc.integer({ min: -1, max: 4 }) }),
    shrug: fc.record({ load, reps: fc.integer({ min: 0, max: 25 }) }),
  })
  .map(({ combo, bodyweight, ...r }) => ({ ...r, ...combo, ...(bodyweight !== undefined ? { bodyweight } : {}) }));

const plainSet: fc.Arbitrary<PlainSet> = fc
  .record({
    date: date(),
    exerciseId: fc.constantFrom('bench_press', 'chin_up', 'barbell_shrug', 'incline_db_row', 'custom:curl', 'treadmill'),
    unit,
    load,
    reps: fc.integer({ min: 0, max: 15 }),
    rir: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    kind: fc.constantFrom('normal' as const, 'warmup' as const, 'failure' as const, 'dropset' as const),
    bodyweight: fc.option(fc.constantFrom(75), { nil: undefined }),
  })
  .map(({ bodyweight, ...s }) => ({ ...s, ...(bodyweight !== undefined ? { bodyweight } : {}) }));

const oldestFirst = <T extends { date: string }>(xs: T[]) => [...xs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

describe('analyzeAt', () => {
  it('equals analyze over the same log for any asOf, window and unit', () => {
    fc.assert(
      fc.property(
        fc.array(round, { maxLength: 60 }),
        fc.array(plainSet, { maxLength: 40 }),
        fc.array(fc.record({ asOf: date(-10, 85), weeks: fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }) }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('kg' as const, 'lb' as const),
        fc.boolean(),
        (rounds, plain, asks, unit, sorted) => {
          // The store reads both oldest first; out of order they must still agree.
          const history = sorted ? oldestFirst(rounds) : rounds;
          const plainSets = sorted ? oldestFirst(plain) : plain;
          const t = analyticsTimeline(history, { unit, plainSets });
          for (const { asOf, weeks } of asks) {
            const opts = { asOf, unit, plainSets, ...(weeks !== undefined ? { weeks } : {}) };
            expect(analyzeAt(t, { asOf, ...(weeks !== undefined ? { weeks } : {}) })).toEqual(analyze(history, opts));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same JSON as analyze, key for key', () => {
    const rounds = fc.sample(round, { numRuns: 200, seed: 7 });
    const plainSets = oldestFirst(fc.sample(plainSet, { numRuns: 80, seed: 8 }));
    const history = oldestFirst(rounds);
    const t = analyticsTimeline(history, { unit: 'kg', plainSets });
    for (const asOf of ['2024-02-01', '2024-03-13', '2024-04-03', '2024-05-30']) {
      expect(JSON.stringify(analyzeAt(t, { asOf }))).toBe(JSON.stringify(analyze(history, { asOf, unit: 'kg', plainSets })));
    }
  });
});

describe('appendRound', () => {
  it('gives the timeline of the longer log, for a round dated on or after every other', () => {
    fc.assert(
      fc.property(
        fc.array(round, { maxLength: 60 }),
        fc.array(plainSet, { maxLength: 40 }),
        fc.array(fc.tuple(round, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('kg' as const, 'lb' as const),
        fc.array(date(-10, 85), { minLength: 1, maxLength: 3 }),
        (rounds, plain, added, unit, asks) => {
          let history = oldestFirst(rounds);
          let t = analyticsTimeline(history, { unit, plainSets: plain });
          for (const [r, after] of added) {
            // Dated on the last round's day or up to three days after it: plain sets may come later still.
            const last = history[history.length - 1];
            const next = { ...r, date: last ? dateOfDay(dayNumber(last.date) + after) : r.date };
            history = [...history, next];
            t = appendRound(t, next)!;
            expect(t).toEqual(analyticsTimeline(history, { unit, plainSets: plain }));
          }
          for (const asOf of asks) expect(analyzeAt(t, { asOf })).toEqual(analyze(history, { asOf, unit, plainSets: plain }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('declines a round dated before the last one', () => {
    const [first, second] = fc.sample(round, { numRuns: 2, seed: 3 });
    const t = analyticsTimeline([{ ...first!, date: '2024-03-10' }], { unit: 'kg' });
    expect(appendRound(t, { ...second!, date: '2024-03-09' })).toBeUndefined();
    expect(appendRound(t, { ...second!, date: '2024-03-10' })?.rounds).toHaveLength(2);
  });
});
