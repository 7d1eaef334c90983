// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TRANSITION_SECONDS } from '../../../../src/engine/rules/index.js';
import { createAlerts, type Alerts } from './alerts.js';
import { clockText, secondsLeft } from './clock.js';
import { RestStep, RestTimer } from './rest-step.js';
import { SinceCompound } from './shrug-step.js';

let now = 0;
const clock = () => now;
const quietAlerts = (): Alerts => ({ unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() });
/** Puts the page out of sight (or back), as a locked phone or another app does. */
const hide = (hidden: boolean) => Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
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
    hide(false);
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
    expect(onEnd).toHaveBeenCalledWith({ late: false, hidden: false });
  });

  it('stops ticking and listening once unmounted', () => {
    const onEnd = vi.fn();
    const view = render(<RestTimer endsAt={now + 5_000} clock={clock} onEnd={onEnd} />);
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
    now += 10_000;
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('sounds and buzzes at the end in sight, and moves on', () => {
    const alerts = quietAlerts();
    const onDone = vi.fn();
    render(<RestStep endsAt={now + 5_000} next="round 2 of 3" clock={clock} alerts={alerts} onAdd={vi.fn()} onDone={onDone} />);
    advance(5_250);
    expect(alerts.beep).toHaveBeenCalledWith(true);
    expect(alerts.vibrate).toHaveBeenCalled();
    // The lifter is looking at the page: no system notification on top.
    expect(alerts.notify).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('tells the lifter at once when the page wakes after the rest ended (a locked phone)', () => {
    const alerts = quietAlerts();
    const onDone = vi.fn();
    render(<RestStep endsAt={now - 60_000} next="round 2 of 3" clock={clock} alerts={alerts} onAdd={vi.fn()} onDone={onDone} />);
    expect(screen.getByRole('alert').textContent).toContain('Your rest ended 1 min ago.');
    expect(screen.getByRole('heading', { name: 'Rest is over' })).toBeTruthy();
    expect(alerts.vibrate).toHaveBeenCalledTimes(1);
    expect(alerts.beep).toHaveBeenCalledWith(true);
    // It waits for the lifter instead of moving on unseen.
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start the next round' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('notifies when the rest ends on a hidden page, and buzzes again on coming back', () => {
    const alerts = quietAlerts();
    const onDone = vi.fn();
    hide(true);
    render(<RestStep endsAt={now + 5_000} next="round 2 of 3" clock={clock} alerts={alerts} onAdd={vi.fn()} onDone={onDone} />);
    // A hidden tab's timers still run, slowed to about once a minute.
    now += 60_000;
    advance(250);
    expect(alerts.notify).toHaveBeenCalledWith('Rest is over', 'round 2 of 3');
    expect(onDone).not.toHaveBeenCalled();
    hide(false);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    expect(alerts.vibrate).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('alert').textContent).toContain('Your rest ended');
  });
});

describe('rest-end notification', () => {
  const fakeWindow = (registration: { showNotification: ReturnType<typeof vi.fn> } | undefined) => {
    const Notification = Object.assign(vi.fn(), { permission: 'granted' });
    const serviceWorker = { controller: null, getRegistration: vi.fn(async () => registration) };
    return { Notification, navigator: { serviceWorker } } as unknown as Window & typeof globalThis;
  };

  it('shows through the service worker’s registration, even before the worker controls the page', async () => {
    const registration = { showNotification: vi.fn(async () => {}) };
    const win = fakeWindow(registration);
    createAlerts(win).notify('Rest is over', 'round 2 of 3');
    await vi.waitFor(() => expect(registration.showNotification).toHaveBeenCalledWith('Rest is over', { body: 'round 2 of 3', tag: 'bladework-rest' }));
    expect(win.Notification).not.toHaveBeenCalled();
  });

  it('falls back to a page notification without a worker', async () => {
    const win = fakeWindow(undefined);
    createAlerts(win).notify('Rest is over', 'round 2 of 3');
    await vi.waitFor(() => expect(win.Notification).toHaveBeenCalledWith('Rest is over', { body: 'round 2 of 3', tag: 'bladework-rest' }));
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
