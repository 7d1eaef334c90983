import { describe, expect, it } from 'vitest';
import { progressIntro } from './progress-screen.js';

describe('progressIntro', () => {
  it('says nothing is logged only when there are neither rounds nor sets', () => {
    expect(progressIntro({ combos: 0, sets: 0 })).toBeUndefined();
  });

  it('shows an imported-only history instead of calling it empty', () => {
    expect(progressIntro({ combos: 0, sets: 5200 })).toBe('5200 hard sets, from the history you imported.');
  });

  it('counts rounds and hard sets once rounds are logged', () => {
    expect(progressIntro({ combos: 3, sets: 9 })).toBe('3 rounds logged, 9 hard sets.');
  });

  it('says one round and one set in the singular', () => {
    expect(progressIntro({ combos: 1, sets: 2 })).toBe('1 round logged, 2 hard sets.');
    expect(progressIntro({ combos: 0, sets: 1 })).toBe('1 hard set, from the history you imported.');
  });
});
