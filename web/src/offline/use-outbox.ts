// Reading the outbox for a screen: read once, then again on every change to it;
// a read that lands after the screen left is dropped.
import { useEffect, useState } from 'preact/hooks';
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

/** The lifter's rounds and sets; null until first read; an unreadable store reads as empty. */
export function useOutboxEntries(outbox: Outbox, userId: string): { rounds: OutboxEntry[]; sets: SetEntry[] } | null {
  const [read, setRead] = useState(false);
  const entries = useOutboxRead(outbox, () => Promise.all([outbox.list(userId), outbox.listSets(userId)]).then(([rounds, sets]) => (setRead(true), { rounds, sets })), { rounds: [], sets: [] }, userId);
  return read ? entries : null;
}
