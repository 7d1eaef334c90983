// After an import the analytics view is computed ahead of the first look, and
// it is exactly what GET /analytics would have computed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyticsView, analyticsViewKey, warmAnalytics } from '../../src/api/views/analytics-view.js';
import { ViewCache } from '../../src/api/view-cache.js';
import { importHistory } from '../../src/services/import-history.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { newUser } from '../support/store-fixtures.js';

const csv = readFileSync(new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url));
const now = () => new Date('2024-03-20T12:00:00Z');

for (const backend of backends) {
  describe(`warming analytics on ${backend.name}`, () => {
    const store = useMigratedStore(backend);

    it('fills the cache with the same JSON the route would compute', async () => {
      const { db } = store();
      const user = await newUser(db);
      await importHistory(db, user.id, csv.toString('utf8'), { now: now() });
      const views = new ViewCache();
      await warmAnalytics({ db, views, now }, user.id);
      const revision = Number((await db.selectFrom('users').select('revision').where('id', '=', user.id).executeTakeFirstOrThrow()).revision);
      const q = { asOf: '2024-03-20' };
      const cached = await views.get(user.id, revision, analyticsViewKey(q), () => {
        throw new Error('should have been warmed');
      });
      expect(cached.toString()).toBe(JSON.stringify(await analyticsView(db, user.id, q)));
      expect(JSON.parse(cached.toString()).analytics.e1rmTrends.length).toBeGreaterThan(0);
    });
  });
}
