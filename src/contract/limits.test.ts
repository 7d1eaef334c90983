import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberIn } from './common.js';
import { BODYWEIGHT, LOOSE_SET, ROUND, numberProblem, readNumber, type NumberRule } from './limits.js';

const RULES: [string, NumberRule][] = [
  ['round load', ROUND.load],
  ['compound reps', ROUND.compoundReps],
  ['rir', ROUND.rir],
  ['seconds between', ROUND.secondsBetween],
  ['bodyweight kg', BODYWEIGHT.kg],
  ['bodyweight lb', BODYWEIGHT.lb],
  ['loose set reps', LOOSE_SET.reps],
];

describe('limits', () => {
  it.each(RULES)('the server (zod) and the forms (numberProblem) refuse the same %s with the same words', (_, rule) => {
    const schema = numberIn(rule);
    const near = fc.oneof(
      fc.double({ min: rule.min - 10, max: rule.max + 10, noNaN: true }),
      fc.integer({ min: Math.floor(rule.min) - 3, max: Math.ceil(rule.max) + 3 }),
      fc.constantFrom(rule.min, rule.max, rule.min - 0.5, rule.max + 0.5),
    );
    fc.assert(
      fc.property(near, (v) => {
        const parsed = schema.safeParse(v);
        const problem = numberProblem(v, rule);
        if (problem === null) expect(parsed.success).toBe(true);
        else expect(parsed.success ? null : parsed.error.issues[0]!.message).toBe(problem);
      }),
    );
  });

  it('reads a typed number with a decimal comma, and names what is wrong otherwise', () => {
    expect(readNumber(' 82,5 ', BODYWEIGHT.kg)).toEqual({ value: 82.5 });
    expect(readNumber('', BODYWEIGHT.kg)).toEqual({ problem: 'must be a number' });
    expect(readNumber('abc', ROUND.load)).toEqual({ problem: 'must be a number' });
    expect(readNumber('10000', ROUND.load)).toEqual({ problem: 'must be at most 1000' });
    expect(readNumber('7.5', ROUND.compoundReps)).toEqual({ problem: 'must be a whole number' });
    expect(readNumber('420', BODYWEIGHT.kg)).toEqual({ problem: 'must be between 25 and 400 kg' });
    expect(readNumber('420', BODYWEIGHT.lb)).toEqual({ value: 420 });
  });
});
