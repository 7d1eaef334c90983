// The rest between rounds. The timer is an end time, not a count of ticks, so
// it is right after the phone was locked. At the end: a sound and a buzz, and
// on to the next round. An end nobody saw (the page hidden, or asleep and woken
// late) also shows a system notification if the lifter allowed them, and the
// screen stays on "rest is over" until the lifter moves on, so they are told
// the moment they look, however long ago it ended.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Screen } from '../../ui/screen.js';
import { canAskForNotifications, type Alerts } from './alerts.js';
import { clockText, secondsLeft, secondsSince, useNow, type Clock } from './clock.js';

interface RestProps {
  endsAt: number;
  /** "Round 2 of 3: 60 kg × 10". */
  next: string;
  clock: Clock;
  alerts: Alerts;
  onAdd: (seconds: number) => void;
  onDone: () => void;
  /** A problem saving the round just logged, shown on top. */
  children?: ComponentChildren;
}

/** Noticed this long after the end, the page was asleep: the lifter may not know yet. */
const STALE_MS = 10_000;

export interface RestEnd {
  /** Noticed more than STALE_MS after the end time. */
  late: boolean;
  /** The page was out of sight (locked phone, another app or tab). */
  hidden: boolean;
}

const pageHidden = () => globalThis.document?.visibilityState === 'hidden';

/** "just now", "40 s ago", "3 min ago", "over an hour ago". */
function agoText(seconds: number): string {
  if (seconds < 10) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  return seconds < 3600 ? `${Math.floor(seconds / 60)} min ago` : 'over an hour ago';
}

function AskForNotifications() {
  const [ask, setAsk] = useState(() => canAskForNotifications());
  if (!ask) return null;
  const request = () => void Notification.requestPermission().finally(() => setAsk(false));
  return (
    <button type="button" class="btn btn-quiet" onClick={request}>
      Also notify me when rest ends
    </button>
  );
}

export function RestTimer({ endsAt, clock, onEnd }: { endsAt: number; clock: Clock; onEnd: (end: RestEnd) => void }) {
  // Hidden pages still run this interval, only slowed down: the end is noticed then, not on return.
  const now = useNow(clock);
  const left = secondsLeft(endsAt, now);
  const ended = useRef(false);
  useEffect(() => {
    if (left > 0 || ended.current) return;
    ended.current = true;
    onEnd({ late: now - endsAt > STALE_MS, hidden: pageHidden() });
  }, [left]);
  return (
    <p class="rest-clock" role="timer" aria-label={`Rest: ${left} seconds left`}>
      {clockText(left)}
    </p>
  );
}

/** The rest ended out of sight: said plainly, with the way on. */
function RestIsOver({ endsAt, next, clock, onDone, children }: Pick<RestProps, 'endsAt' | 'next' | 'clock' | 'onDone' | 'children'>) {
  const now = useNow(clock, 5_000);
  return (
    <Screen
      title="Rest is over"
      intro={`Next: ${next}`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onDone}>
          Start the next round
        </button>
      }
    >
      {children}
      <p class="notice" data-tone="warning" role="alert">
        <strong class="notice-title">Your rest ended {agoText(secondsSince(endsAt, now))}.</strong>
        Set up and start the next round when you are ready.
      </p>
    </Screen>
  );
}

export function RestStep({ endsAt, next, clock, alerts, onAdd, onDone, children }: RestProps) {
  // Set when the end went unseen; `hidden` while the lifter has not come back to the page yet.
  const [missed, setMissed] = useState<{ hidden: boolean } | null>(null);
  const signal = () => {
    alerts.beep(true);
    alerts.vibrate([300, 150, 300]);
  };
  const end = ({ late, hidden }: RestEnd) => {
    signal();
    if (hidden) alerts.notify('Rest is over', next);
    if (late || hidden) setMissed({ hidden });
    else onDone();
  };
  // Back on the page after an end it missed: buzz once more, now that someone is looking.
  useEffect(() => {
    if (!missed?.hidden) return;
    const back = () => {
      if (pageHidden()) return;
      signal();
      setMissed({ hidden: false });
    };
    document.addEventListener('visibilitychange', back);
    return () => document.removeEventListener('visibilitychange', back);
  }, [missed?.hidden]);

  if (missed) {
    return (
      <RestIsOver endsAt={endsAt} next={next} clock={clock} onDone={onDone}>
        {children}
      </RestIsOver>
    );
  }
  return (
    <Screen
      title="Rest"
      intro={`Next: ${next}`}
      actions={
        <>
          <button type="button" class="btn" onClick={() => onAdd(30)}>
            +30 s
          </button>
          <button type="button" class="btn btn-primary btn-big" onClick={onDone}>
            Skip rest
          </button>
        </>
      }
    >
      {children}
      <RestTimer endsAt={endsAt} clock={clock} onEnd={end} />
      <p class="center muted">Breathe, shake the arms out, set up the next round.</p>
      <AskForNotifications />
    </Screen>
  );
}
