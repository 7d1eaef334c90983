// @vitest-environment happy-dom
// The shrug's pause cue: with it on, a beep and a buzz once a tapped rep has
// been held at full contraction for the combo's pause (1 s for the deadlift shrug).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Alerts } from './alerts.js';
import { deadliftSession } from './session-fixture.js';
import { ShrugStep } from './shrug-step.js';

const combo = deadliftSession().combos[0]!;
const PAUSE_MS = combo.shrug.pauseSeconds * 1000;
let now = 1_000_000;

/** The shrug step with its reps and cue switch kept as the runner keeps them. */
function Shrug({ alerts, cue = false, onToggle = () => {} }: { alerts: Alerts; cue?: boolean; onToggle?: () => void }) {
  const [reps, setReps] = useState(0);
  const [pauseCue, setPauseCue] = useState(cue);
  return (
    <ShrugStep
      combo={combo}
      round={0}
      draft={{ compoundEndedAt: now, firstRepAt: reps > 0 ? now : null, reps }}
      load={92.5}
      pauseCue={pauseCue}
      clock={() => now}
      alerts={alerts}
      onRep={() => setReps((n) => n + 1)}
      onUndo={() => setReps((n) => n - 1)}
      onSet={setReps}
      onToggleCue={() => (onToggle(), setPauseCue((c) => !c))}
      onFinish={vi.fn()}
    />
  );
}

const quiet = (): Alerts => ({ unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() });
const rep = () => fireEvent.click(screen.getByRole('button', { name: 'Count a rep' }));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
const cueBox = () => screen.getByRole('checkbox', { name: 'Beep after the hold' }) as HTMLInputElement;

describe('shrug pause cue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('takes the count typed after the set, for hands too full to tap, up to the cap', () => {
    render(<Shrug alerts={quiet()} />);
    fireEvent.click(screen.getByText('Hands full? Set the count after the set'));
    const more = screen.getByRole('button', { name: 'Shrug reps: one more' });
    for (let i = 0; i < 3; i++) fireEvent.click(more);
    expect(screen.getByRole('button', { name: 'Count a rep' }).textContent).toMatch(/^3/);
  });

  it('tells the lifter where to hold each rep (the deadlift shrug: shoulders up at the ears) and how long', () => {
    render(<Shrug alerts={quiet()} />);
    expect(screen.getByRole('button', { name: 'Count a rep' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(document.querySelector('.tap-hint')!.textContent).toBe('at full contraction (shoulders up at the ears), then hold 1\u00a0s');
  });

  it('is off unless switched on: reps are counted in silence', () => {
    const alerts = quiet();
    render(<Shrug alerts={alerts} />);
    expect(cueBox().checked).toBe(false);
    rep();
    wait(PAUSE_MS * 3);
    expect(alerts.beep).not.toHaveBeenCalled();
    expect(alerts.vibrate).not.toHaveBeenCalled();
    // The tap still readies the sound, for when the cue is switched on.
    expect(alerts.unlock).toHaveBeenCalled();
  });

  it('switched on, beeps and buzzes once per rep, when the hold is over and not before', () => {
    const alerts = quiet();
    const onToggle = vi.fn();
    render(<Shrug alerts={alerts} onToggle={onToggle} />);
    fireEvent.click(cueBox());
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(cueBox().checked).toBe(true);
    rep();
    wait(PAUSE_MS - 1);
    expect(alerts.beep).not.toHaveBeenCalled();
    wait(1);
    expect(alerts.beep).toHaveBeenCalledTimes(1);
    expect(alerts.vibrate).toHaveBeenCalledWith(60);
    wait(PAUSE_MS * 3);
    expect(alerts.beep).toHaveBeenCalledTimes(1);
  });

  it('times the hold from the latest tap: a quick second rep replaces the first one’s cue', () => {
    const alerts = quiet();
    render(<Shrug alerts={alerts} cue />);
    rep();
    wait(PAUSE_MS / 2);
    rep();
    wait(PAUSE_MS / 2);
    // The first rep's hold would be over now; its cue was dropped.
    expect(alerts.beep).not.toHaveBeenCalled();
    wait(PAUSE_MS / 2);
    expect(alerts.beep).toHaveBeenCalledTimes(1);
  });

  it('switched off again, stays quiet', () => {
    const alerts = quiet();
    render(<Shrug alerts={alerts} cue />);
    fireEvent.click(cueBox());
    expect(cueBox().checked).toBe(false);
    rep();
    wait(PAUSE_MS * 2);
    expect(alerts.beep).not.toHaveBeenCalled();
  });

  it('makes no sound after the step has gone (the set was finished mid-hold)', () => {
    const alerts = quiet();
    const view = render(<Shrug alerts={alerts} cue />);
    rep();
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
    wait(PAUSE_MS * 2);
    expect(alerts.beep).not.toHaveBeenCalled();
    expect(alerts.vibrate).not.toHaveBeenCalled();
  });
});
