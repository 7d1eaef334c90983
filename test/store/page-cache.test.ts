// An import runs with a smaller SQLite writer cache (store/page-cache.ts), and
// the writer gets its full cache back after, whether the import worked or not.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BULK_CACHE_KIB, WRITER_CACHE_KIB, withBulkPageCache } from '../../src/store/page-cache.js';
import { inTransaction, type Db } from '../../src/store/index.js';
import { backends, useMigratedStore } from '../support/backends.js';

const cacheKib = async (db: Db) => -Number(((await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]!.cache_size));

for (const backend of backends) {
  describe(`the writer's page cache during a bulk write on ${backend.name}`, () => {
    const store = useMigratedStore(backend);

    it(backend.name === 'sqlite' ? 'is smaller during the work and whole again after it, also after a failure' : 'leaves PostgreSQL as it is and runs the work', async () => {
      const { db } = store();
      if (backend.name !== 'sqlite') {
        expect(await inTransaction(db, (trx) => withBulkPageCache(trx, async () => 'done'))).toBe('done');
        return;
      }
      expect(await cacheKib(db)).toBe(WRITER_CACHE_KIB);
      // Twice: the statements are cached once prepared, and each import must still set the cache.
      for (let run = 0; run < 2; run++) {
        const during = await inTransaction(db, (trx) => withBulkPageCache(trx, () => cacheKib(trx)));
        expect(during).toBe(BULK_CACHE_KIB);
        expect(await cacheKib(db)).toBe(WRITER_CACHE_KIB);
      }
      await expect(inTransaction(db, (trx) => withBulkPageCache(trx, async () => { throw new Error('bad row'); }))).rejects.toThrow('bad row');
      expect(await cacheKib(db)).toBe(WRITER_CACHE_KIB);
    });
  });
}
