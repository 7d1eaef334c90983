// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TRANSITION_SECONDS } from '../../../../src/engine/rules/index.js';
import type { Alerts } from './alerts.js';
import { clockText, secondsLeft } from './clock.js';
import { RestStep, RestTimer } from './rest-step.js';
import { SinceCompound } from './shrug-step.js';

let now = 0;
const clock = () => now;
/** Moves the injected clock and lets the timers' interval notice. */
const advance = (ms: number) => act(() => {
  now += ms;
  vi.advanceTimersByTime(ms);
});

describe('rest timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('computes what is left from the end time, however long the page slept', () => {
    expect(secondsLeft(90_000, 0)).toBe(90);
    expect(secondsLeft(90_000, 89_001)).toBe(1);
    expect(secondsLeft(90_000, 200_000)).toBe(0);
    expect(clockText(65)).toBe('1:05');
  });

  it('counts down with the clock and ends once', () => {
    const onEnd = vi.fn();
    render(<RestTimer endsAt={now + 90_000} clock={clock} onEnd={onEnd} />);
    expect(screen.getByRole('timer').textContent).toBe('1:30');
    // A locked phone runs no intervals: only the clock moves, then one tick.
    now += 60_000;
    advance(250);
    expect(screen.getByRole('timer').textContent).toBe('0:30');
    advance(30_000);
    expect(screen.getByRole('timer').textContent).toBe('0:00');
    advance(1_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenCalledWith(false);
  });

  it('sounds, buzzes and notifies at the end, and moves on', () => {
    const alerts: Alerts = { unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() };
    const onDone = vi.fn();
    render(<RestStep endsAt={now + 5_000} next="round 2 of 3" clock={clock} alerts={alerts} onAdd={vi.fn()} onDone={onDone} />);
    advance(5_250);
    expect(alerts.beep).toHaveBeenCalledWith(true);
    expect(alerts.vibrate).toHaveBeenCalled();
    expect(alerts.notify).toHaveBeenCalledWith('Rest is over', 'round 2 of 3');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('stays quiet for a rest that ended long ago (a page opened later)', () => {
    const alerts: Alerts = { unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() };
    const onDone = vi.fn();
    render(<RestStep endsAt={now - 60_000} next="round 2 of 3" clock={clock} alerts={alerts} onAdd={vi.fn()} onDone={onDone} />);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(alerts.beep).not.toHaveBeenCalled();
  });
});

describe('seconds since the compound', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it(`counts up and warns once past ${MAX_TRANSITION_SECONDS} s`, () => {
    const ended = now;
    const { container } = render(<SinceCompound endedAt={ended} firstRepAt={null} clock={clock} />);
    const line = () => container.querySelector('.since')!;
    advance(MAX_TRANSITION_SECONDS * 1000);
    expect(line().textContent).toBe(`${MAX_TRANSITION_SECONDS} s since the compound`);
    expect(line().getAttribute('data-late')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
    advance(1_000);
    expect(line().getAttribute('data-late')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('start now');
  });

  it('stops at the first shrug rep', () => {
    const { container } = render(<SinceCompound endedAt={now} firstRepAt={now + 2_000} clock={clock} />);
    advance(30_000);
    expect(container.querySelector('.since')!.textContent).toBe('Started 2 s after the compound');
  });
});
