// Time for the timers: computed from stored timestamps, never counted by
// ticks, so a timer is right after the phone was locked or the tab slept.
import { useEffect, useState } from 'preact/hooks';

export type Clock = () => number;

/** Whole seconds left until `endsAt` (rounded up, so "0" means done). */
export function secondsLeft(endsAt: number, now: number): number {
  return Math.max(0, Math.ceil((endsAt - now) / 1000));
}

/** Whole seconds since `since`. */
export function secondsSince(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 1000));
}

/** "1:05", "0:09". */
export function clockText(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** The current time, refreshed every `everyMs` and when the page comes back into view. */
export function useNow(clock: Clock, everyMs = 250, active = true): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    if (!active) return;
    const update = () => setNow(clock());
    update();
    const id = setInterval(update, everyMs);
    document.addEventListener('visibilitychange', update);
    return () => {
      clearInterval(id);
      document.removeEventListener('visibilitychange', update);
    };
  }, [clock, everyMs, active]);
  return now;
}
