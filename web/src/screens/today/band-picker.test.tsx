// @vitest-environment happy-dom
// The band on the landmine press: offered only there and only with bands in the
// equipment; picking one says what it adds at lockout, and the round logs it.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggedBand } from '../../../../src/engine/loads/landmine-band.js';
import { CompoundStep } from './compound-step.js';
import { runnerReducer, initialRunner, type RunnerState } from './runner-state.js';
import { deadliftSession, sessionWith } from './session-fixture.js';

afterEach(cleanup);

const bands = [{ tension: 10 }, { tension: 20, restLength: 1, atStretch: 1 }];
const landmine = sessionWith('landmine_press_upward_rotation');
const combo = landmine.combos.find((c) => c.planned.comboId === 'landmine_press_upward_rotation')!;
const draft = { load: 20, reps: 10, rir: 2 };

describe('the band on the landmine press', () => {
  it('is offered on the landmine press with the lifter\'s bands, and says what a band adds at lockout', () => {
    const onChoose = vi.fn();
    const { rerender } = render(<CompoundStep combo={combo} round={0} draft={draft} onSet={vi.fn()} onDone={vi.fn()} bands={{ list: bands, onChoose }} />);
    expect(screen.getByText('Pressing with a band?')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('20 kg band'));
    expect(onChoose).toHaveBeenLastCalledWith({ tension: 20, restLength: 1, atStretch: 1, anchor: 'under_knee' });
    rerender(<CompoundStep combo={combo} round={0} draft={{ ...draft, band: { tension: 20, restLength: 1, atStretch: 1, anchor: 'under_knee' } }} onSet={vi.fn()} onDone={vi.fn()} bands={{ list: bands, onChoose }} />);
    const added = loggedBand({ tension: 20, restLength: 1, atStretch: 1, anchor: 'under_knee' }, 20, 'kg').atLockout;
    expect(document.querySelector('.band-added')!.textContent).toBe(`Adds about ${Math.round(added * 10) / 10} kg at lockout, on top of the plates.`);
    fireEvent.click(screen.getByLabelText(/Under the landmine/));
    expect(onChoose).toHaveBeenLastCalledWith({ tension: 20, restLength: 1, atStretch: 1, anchor: 'under_landmine' });
    fireEvent.click(screen.getByLabelText('No band'));
    expect(onChoose).toHaveBeenLastCalledWith(null);
  });

  it('is not offered on another lift, nor without bands', () => {
    const deadlift = deadliftSession().combos[0]!;
    render(<CompoundStep combo={deadlift} round={0} draft={draft} onSet={vi.fn()} onDone={vi.fn()} bands={{ list: bands, onChoose: vi.fn() }} />);
    expect(screen.queryByText('Pressing with a band?')).toBeNull();
    cleanup();
    render(<CompoundStep combo={combo} round={0} draft={draft} onSet={vi.fn()} onDone={vi.fn()} bands={{ list: [], onChoose: vi.fn() }} />);
    expect(screen.queryByText('Pressing with a band?')).toBeNull();
  });

  it('logs the band with what it added at lockout, and keeps it for the next round', () => {
    const i = landmine.combos.indexOf(combo);
    let s: RunnerState = runnerReducer(initialRunner('2026-11-05'), { type: 'start', session: { ...landmine, warmup: { ...landmine.warmup, drills: [] } }, sessionId: 's', bodyweight: 80 });
    while (s.step.kind !== 'compound' || s.step.combo !== i) {
      s = s.step.kind === 'ramp' ? runnerReducer(s, { type: 'ramp-done' }) : s.step.kind === 'compound' ? runnerReducer(runnerReducer(runnerReducer(s, { type: 'compound-done', at: 0 }), { type: 'shrug-finish', at: 1, toFailure: true }), { type: 'rest-done' }) : runnerReducer(s, { type: 'next-combo' });
    }
    s = runnerReducer(s, { type: 'band', band: { tension: 10, anchor: 'under_knee' } });
    s = runnerReducer(runnerReducer(s, { type: 'compound-done', at: 10 }), { type: 'shrug-finish', at: 11, toFailure: true });
    const logged = s.rounds.at(-1)!.body.compound;
    expect(logged.band).toEqual(loggedBand({ tension: 10, anchor: 'under_knee' }, logged.load, 'kg'));
    expect(logged.band!.atLockout).toBeGreaterThan(0);
    s = runnerReducer(s, { type: 'rest-done' });
    expect(s.compound?.band).toEqual({ tension: 10, anchor: 'under_knee' });
  });
});
