// The history pages as the screen holds them: the first page at once, older
// ones on demand (keyset cursor), the outbox's rounds alongside, and the
// phone's cached rounds when there is no connection.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import type { Round } from '../../api/types.js';
import type { OutboxEntry } from '../../offline/outbox.js';
import { useServices } from '../../services.js';
import { fetchHistoryPage } from './history-api.js';
import type { HistorySession } from '../../api/types.js';

export type LoadState = 'loading' | 'idle' | 'done' | 'error' | 'offline';

export interface HistoryState {
  sessions: HistorySession[];
  outbox: OutboxEntry[];
  state: LoadState;
  error: string | null;
  /** The lifter's own exercise names from every page loaded so far. */
  names: ReadonlyMap<string, string>;
  loadMore: () => void;
  replace: (log: Round) => void;
  remove: (id: string) => void;
}

/** Rounds from the phone's copy of the log, as sessions (newest first). */
function fromCache(logs: Round[]): HistorySession[] {
  const byId = new Map<string, HistorySession>();
  for (const log of logs) {
    let s = byId.get(log.sessionId);
    if (!s) byId.set(log.sessionId, (s = { id: log.sessionId, date: log.date, startedAt: null, name: null, source: 'app', notes: null, combos: [], sets: [] }));
    s.combos.push(log);
  }
  return [...byId.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

const mapCombos = (sessions: HistorySession[], fn: (c: Round) => Round | null): HistorySession[] =>
  sessions.map((s) => {
    const combos = s.combos.map(fn).filter((c): c is Round => c !== null);
    return combos.length === s.combos.length && combos.every((c, i) => c === s.combos[i]) ? s : { ...s, combos };
  });

export function useHistory(userId: string): HistoryState {
  const { outbox, data } = useServices();
  const [sessions, setSessions] = useState<HistorySession[]>([]);
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [state, setState] = useState<LoadState>('loading');
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const cursor = useRef<string | null>(null);
  const busy = useRef(false);
  const live = useRef(true);
  const loaded = useRef(false);

  const fetchPage = useCallback(async (first: boolean) => {
    if (busy.current) return;
    busy.current = true;
    setState('loading');
    try {
      // Live pages only: the service worker's older copy may still hold a round
      // deleted or corrected since; offline, the phone's own copy (kept in step) is shown.
      const page = await fetchHistoryPage(first ? null : cursor.current, { fresh: true });
      if (!live.current) return;
      cursor.current = page.nextCursor;
      loaded.current = true;
      // Before the rows that use them, so a session's rows are built with its names.
      const own = Object.entries(page.exerciseNames ?? {});
      setNames((old) => (own.length === 0 && !first ? old : new Map([...(first ? [] : old), ...own])));
      setSessions((old) => (first ? page.sessions : [...old, ...page.sessions]));
      setState(page.nextCursor ? 'idle' : 'done');
      setError(null);
    } catch (err) {
      if (!live.current) return;
      const e = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
      if (first && e.offline) {
        setSessions(fromCache(data.value.data?.logs ?? []));
        setState('offline');
      } else {
        setError(e.message);
        setState('error');
      }
    } finally {
      busy.current = false;
    }
  }, [data]);

  useEffect(() => {
    live.current = true;
    void fetchPage(true);
    const load = () => void outbox.list(userId).then((list) => live.current && setEntries(list));
    load();
    const stop = outbox.subscribe(load);
    return () => {
      live.current = false;
      stop();
    };
  }, [userId, outbox, fetchPage]);

  const loadMore = useCallback(() => {
    // Before any page arrived (the first one failed), "more" means the first page again.
    if (!loaded.current) void fetchPage(true);
    else if (cursor.current) void fetchPage(false);
  }, [fetchPage]);

  const replace = useCallback((log: Round) => setSessions((ss) => mapCombos(ss, (c) => (c.id === log.id ? log : c))), []);
  const remove = useCallback((id: string) => setSessions((ss) => mapCombos(ss, (c) => (c.id === id ? null : c))), []);

  return { sessions, outbox: entries, state, error, names, loadMore, replace, remove };
}
