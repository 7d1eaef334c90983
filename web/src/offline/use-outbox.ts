// Reading the outbox for a screen: read once, then again on every change to it;
// a read that lands after the screen left is dropped.
import { useEffect, useState } from 'preact/hooks';
import type { Feedback } from '../../../src/engine/model.js';
import type { Outbox, OutboxEntry, SetEntry } from './outbox.js';

/** What `read` gives, re-read whenever the outbox changes; `initial` until the first read lands. */
export function useOutboxRead<T>(outbox: Outbox, read: () => Promise<T>, initial: T, key: unknown): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const load = () => void read().then((v) => live && setValue(v), () => live && setValue(initial));
    load();
    const stop = outbox.subscribe(load);
    return () => {
      live = false;
      stop();
    };
  }, [outbox, key]);
  return value;
}

/** The lifter's rounds, sets and ratings; null until first read; an unreadable store reads as empty. */
export function useOutboxEntries(outbox: Outbox, userId: string): { rounds: OutboxEntry[]; sets: SetEntry[]; ratings: Map<string, Feedback> } | null {
  const [read, setRead] = useState(false);
  const entries = useOutboxRead(
    outbox,
    () => Promise.all([outbox.list(userId), outbox.listSets(userId), outbox.ratings(userId)]).then(([rounds, sets, ratings]) => (setRead(true), { rounds, sets, ratings })),
    { rounds: [], sets: [], ratings: new Map<string, Feedback>() },
    userId,
  );
  return read ? entries : null;
}
