import type { Db, Store } from '../../store/index.js';

/** What every route module gets: the database, the clock and cookie settings. */
export interface RouteDeps {
  db: Db;
  store: Store;
  secureCookies: boolean;
  now: () => Date;
}
