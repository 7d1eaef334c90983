import { describe, expect, it } from 'vitest';
import { MOVEMENT_IDS } from './types.js';
import { buildWarmup } from './warmup.js';

describe('buildWarmup', () => {
  it('practises all six movements, each once', () => {
    const w = buildWarmup(['elevation'], 'intermediate');
    expect([...w.drills.map((d) => d.movement)].sort()).toEqual([...MOVEMENT_IDS].sort());
  });

  it("puts today's movements last, in session order, after the others in catalog order", () => {
    const w = buildWarmup(['downward_rotation', 'retraction'], 'intermediate');
    expect(w.drills.map((d) => d.movement)).toEqual([
      'protraction',
      'elevation',
      'depression',
      'upward_rotation',
      'downward_rotation',
      'retraction',
    ]);
    expect(w.drills.map((d) => d.usedToday)).toEqual([false, false, false, false, true, true]);
  });

  it("gives today's movements a second set, and beginners one more set of everything", () => {
    const mid = buildWarmup(['depression'], 'advanced');
    expect(mid.drills.map((d) => d.sets)).toEqual([1, 1, 1, 1, 1, 2]);
    const beginner = buildWarmup(['depression'], 'beginner');
    expect(beginner.drills.map((d) => d.sets)).toEqual([2, 2, 2, 2, 2, 3]);
  });

  it('doses every drill as slow, unloaded reps with a 2 s hold, and uses the catalog drill', () => {
    const w = buildWarmup([], 'intermediate');
    for (const d of w.drills) {
      expect(d).toMatchObject({ reps: 8, holdSeconds: 2, usedToday: false });
      expect(d.name.length).toBeGreaterThan(0);
    }
    expect(w.drills[0]!.name).toBe('Blade squeeze');
  });

  it('estimates whole minutes, rounded up, from sets of 8 six-second reps and 15 s resets', () => {
    // (8 reps * 6 s + 15 s) = 63 s a set; 7 sets = 441 s -> 7.35 min, rounded up to 8
    expect(buildWarmup(['retraction'], 'intermediate').minutes).toBe(8);
    // beginner: 5 * 2 + 3 = 13 sets * 63 s = 819 s -> 13.65 min -> 14
    expect(buildWarmup(['retraction'], 'beginner').minutes).toBe(14);
  });

  it('ignores a movement named twice', () => {
    const w = buildWarmup(['elevation', 'elevation'], 'intermediate');
    expect(w.drills).toHaveLength(6);
    expect(w.drills.filter((d) => d.usedToday)).toHaveLength(1);
  });
});
