// The words every surface prints for a combo and its shrug: at once, to
// failure, a mark to beat and never a place to stop, the pause where that
// movement's contraction is full.
import { describe, expect, it } from 'vitest';
import { CATALOG, movement } from './catalog/index.js';
import { generatePlan } from './program/generate.js';
import { commercialGym } from './inventory-presets.js';
import { comboInstruction, pauseWords, shrugGoal, shrugInstruction, withInstructions } from './shrug-words.js';

describe('shrug words', () => {
  it('keeps "to failure" when there is a mark, and says the mark is to be passed', () => {
    expect(shrugGoal(null)).toBe('to failure');
    expect(shrugGoal(16)).toBe('to failure, beating 15 reps on the way (a mark to pass, not a place to stop)');
    expect(shrugInstruction('elevation', 1, 16)).toMatch(/^to failure, beating 15 reps .*hold 1 s at full contraction \(shoulders up at the ears\) on every rep$/);
  });

  it('holds the downward-rotation squeeze down and in at the bottom, never at the top', () => {
    expect(pauseWords('downward_rotation', 1)).toMatch(/down and in at the bottom/);
    for (const m of CATALOG.movements) expect(pauseWords(m.id, 1)).not.toMatch(/at the top/);
  });

  it('says of every combo of the catalog that the shrug follows at once, to failure, with its pause', () => {
    for (const c of CATALOG.combos) {
      const text = comboInstruction({ comboId: c.id, compoundId: c.compounds[0]!, shrugId: c.shrug, repRange: c.repRange, targetRir: c.targetRir });
      expect(text).toMatch(/then at once \(within 5 s\) the .+ to failure/);
      expect(text).toContain(movement(c.movement).fullContraction);
    }
  });

  it('puts the sentence on every combo of a plan, for plan JSON', () => {
    const plan = withInstructions(generatePlan({ split: 'full_body', days: ['mon', 'wed', 'fri'], inventory: commercialGym('kg'), experience: 'intermediate' }));
    const combos = plan.days.flatMap((d) => d.combos);
    expect(combos.length).toBeGreaterThan(0);
    for (const c of combos) expect(c.instruction).toMatch(/then at once/);
  });
});
