// Everything the screens share, made once at start-up and handed down through
// context (no module-level singletons, so tests build their own).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { SessionStore } from './auth/session.js';
import { DataStore } from './offline/data-store.js';
import { openLocalDb, type LocalDb } from './offline/idb.js';
import { LocalCache } from './offline/local-data.js';
import { Outbox } from './offline/outbox.js';
import { SyncLoop } from './offline/sync.js';

export interface Services {
  db: LocalDb;
  session: SessionStore;
  /** Profile, plan and rounds (server copy on the phone) for the screens. */
  data: DataStore;
  outbox: Outbox;
  sync: SyncLoop;
}

/** The name of the service worker's cache of API answers (web/service-worker/sw.js). */
export const API_CACHE = 'bladework-api';

const DAY = 24 * 3600 * 1000;

export async function createServices(factory: IDBFactory = indexedDB): Promise<Services> {
  const db = await openLocalDb(factory);
  const cache = new LocalCache(db);
  const data = new DataStore(cache);
  const outbox = new Outbox(db);
  const session = new SessionStore(db, async (userId) => {
    await cache.clear(userId);
    // The worker's copies of API answers belong to the lifter who left.
    await globalThis.caches?.delete(API_CACHE);
  });
  const sync = new SyncLoop({ outbox, userId: () => session.userId, events: { window: globalThis.window, document: globalThis.document } });

  session.subscribe((s) => {
    if (s.status === 'signed-in') {
      void data.load(s.user.id);
      void sync.syncNow();
    } else if (s.status === 'signed-out') data.reset();
  });
  sync.subscribe((s) => {
    if (s.phase === 'signed-out') session.expired();
    // Synced rounds are in the server's history from now on: refresh the copy, drop old ones.
    if (s.phase === 'idle' && session.userId) void outbox.prune(new Date(Date.now() - 30 * DAY));
  });
  return { db, session, data, outbox, sync };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside <ServicesContext.Provider>');
  return s;
}
