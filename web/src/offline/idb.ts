// A small promise wrapper over IndexedDB: one database with two stores, and
// writes that resolve only once their transaction has committed, so "saved"
// means saved. The factory is a parameter so tests can pass fake-indexeddb's.

export const DB_NAME = 'bladework';
const DB_VERSION = 1;

/** outbox: logged rounds keyed by their client id; cache: anything else, keyed by a string. */
export type StoreName = 'outbox' | 'cache';

export interface LocalDb {
  get<T>(store: StoreName, key: string): Promise<T | undefined>;
  getAll<T>(store: StoreName): Promise<T[]>;
  /** `key` only for the cache store; outbox values carry their own `id`. */
  put(store: StoreName, value: unknown, key?: string): Promise<void>;
  delete(store: StoreName, key: string): Promise<void>;
  close(): void;
}

const done = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

function upgrade(db: IDBDatabase, oldVersion: number): void {
  // One step per version: a phone may jump several versions at once.
  if (oldVersion < 1) {
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('cache');
  }
}

export async function openLocalDb(factory: IDBFactory = indexedDB, name = DB_NAME): Promise<LocalDb> {
  const req = factory.open(name, DB_VERSION);
  req.onupgradeneeded = (e) => upgrade(req.result, e.oldVersion);
  const db = await done(req);
  // Another tab with a newer version asks us to let go; the page reloads into it.
  db.onversionchange = () => db.close();

  const read = async <T>(store: StoreName, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> =>
    done(fn(db.transaction(store, 'readonly').objectStore(store)));

  const write = (store: StoreName, fn: (s: IDBObjectStore) => IDBRequest) =>
    new Promise<void>((resolve, reject) => {
      // "strict": the browser flushes to disk before reporting the commit.
      const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
      fn(tx.objectStore(store));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });

  return {
    get: <T>(store: StoreName, key: string) => read<T | undefined>(store, (s) => s.get(key) as IDBRequest<T | undefined>),
    getAll: <T>(store: StoreName) => read<T[]>(store, (s) => s.getAll() as IDBRequest<T[]>),
    put: (store, value, key) => write(store, (s) => (key === undefined ? s.put(value) : s.put(value, key))),
    delete: (store, key) => write(store, (s) => s.delete(key)),
    close: () => db.close(),
  };
}
