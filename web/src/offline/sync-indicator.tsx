// The always-visible line saying whether everything logged is on the server.
// Announced politely when it changes; a tap opens Settings, where rounds the
// server refused can be looked at.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../lib/store.js';
import { useServices } from '../services.js';
import type { OutboxCounts } from './outbox.js';
import { syncSummary } from './sync-status.js';
import { useOutboxRead } from './use-outbox.js';

const NONE: OutboxCounts = { pending: 0, conflict: 0, rejected: 0, synced: 0, deleted: 0 };

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

export function SyncIndicator({ userId }: { userId: string }) {
  const { outbox, sync } = useServices();
  const state = useStore(sync);
  const online = useOnline();
  const counts = useOutboxRead(outbox, () => outbox.counts(userId), NONE, userId);
  const { text, tone } = syncSummary(counts, state.phase, online);
  return (
    <a class="sync" href={counts.conflict + counts.rejected + counts.deleted > 0 ? '#/settings?show=sync' : '#/settings'} data-tone={tone}>
      <span class="visually-hidden">Sync status: </span>
      <span aria-live="polite">{text}</span>
    </a>
  );
}
