// How many pages the SQLite writer keeps in memory. Most writes touch a few
// pages of indexes keyed by random UUIDs, which a big cache keeps from
// thrashing; an import of half a million sets would fill all of it with pages
// nobody reads again, and the server's memory would stay that much bigger.
import { sql } from 'kysely';
import { isSqlite } from './migrations/helpers.js';
import type { Db } from './tx.js';

/** The writer's page cache, in KiB (SQLite's default is 2 MB). */
export const WRITER_CACHE_KIB = 64 * 1024;
/**
 * The writer's page cache during a bulk write. A 49.5 MB Strong import grew
 * the server by 232-252 MB with the full cache and 173-181 MB with 8 MB
 * (taking 9% longer); 16 MB keeps most of that saving.
 */
export const BULK_CACHE_KIB = 16 * 1024;

const setCache = (db: Db, kib: number) => sql.raw(`pragma cache_size = -${kib}`).execute(db);

/**
 * Runs a bulk write with the writer's cache at BULK_CACHE_KIB, then gives it
 * its size back, whether the work succeeds or fails. `db` is the write's
 * transaction, so the pragma reaches the connection that writes. On
 * PostgreSQL the server manages its own buffers: the work runs as it is.
 */
export async function withBulkPageCache<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!isSqlite(db)) return work();
  await setCache(db, BULK_CACHE_KIB);
  try {
    return await work();
  } finally {
    await setCache(db, WRITER_CACHE_KIB);
  }
}
