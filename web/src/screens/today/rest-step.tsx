// The rest between rounds. The timer is an end time, not a count of ticks, so
// it is right after the phone was locked. At the end: a sound, a buzz, a
// notification if the lifter allowed them, and on to the next round.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Screen } from '../../ui/screen.js';
import { canAskForNotifications, type Alerts } from './alerts.js';
import { clockText, secondsLeft, useNow, type Clock } from './clock.js';

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

/** An end this long ago is old news (a resumed page): go on quietly. */
const STALE_MS = 10_000;

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

export function RestTimer({ endsAt, clock, onEnd }: { endsAt: number; clock: Clock; onEnd: (late: boolean) => void }) {
  const now = useNow(clock);
  const left = secondsLeft(endsAt, now);
  const ended = useRef(false);
  useEffect(() => {
    if (left > 0 || ended.current) return;
    ended.current = true;
    onEnd(now - endsAt > STALE_MS);
  }, [left]);
  return (
    <p class="rest-clock" role="timer" aria-label={`Rest: ${left} seconds left`}>
      {clockText(left)}
    </p>
  );
}

export function RestStep({ endsAt, next, clock, alerts, onAdd, onDone, children }: RestProps) {
  const end = (late: boolean) => {
    if (!late) {
      alerts.beep(true);
      alerts.vibrate([300, 150, 300]);
      alerts.notify('Rest is over', next);
    }
    onDone();
  };
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
