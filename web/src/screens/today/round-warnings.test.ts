// The runner's word after a combo: a shrug stopped short is warned about,
// except in a training block's deload week, where stopping short is the plan.
import { describe, expect, it } from 'vitest';
import { roundWarnings } from './runner-view.js';
import { initialRunner, runnerReducer, type RunnerState } from './runner-state.js';
import { deadliftSession, inventory } from './session-fixture.js';

function oneRoundStoppedShort(deload: boolean | null): RunnerState {
  const session = deadliftSession();
  const withWeek = deload === null ? session : { ...session, blockWeek: { week: 5, of: 5, deload } };
  let s = runnerReducer(initialRunner('2026-11-05'), { type: 'start', session: { ...withWeek, warmup: { ...withWeek.warmup, drills: [] } }, sessionId: 's', bodyweight: 80 });
  if (s.step.kind === 'ramp') s = runnerReducer(s, { type: 'ramp-done' });
  s = runnerReducer(s, { type: 'compound-done', at: 0 });
  return runnerReducer(s, { type: 'shrug-finish', at: 1, toFailure: false });
}

const ids = (s: RunnerState) => roundWarnings(s, 0, inventory).map((w) => w.warning.ruleId);

describe('the runner\'s warnings after a combo', () => {
  it('warns about a shrug stopped short of failure outside a deload week', () => {
    expect(ids(oneRoundStoppedShort(null))).toContain('shrug_short_of_failure');
    expect(ids(oneRoundStoppedShort(false))).toContain('shrug_short_of_failure');
  });

  it('says nothing of it in the deload week, where it is asked for', () => {
    expect(ids(oneRoundStoppedShort(true))).not.toContain('shrug_short_of_failure');
  });
});
