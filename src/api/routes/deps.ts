import type { Db, Store } from '../../store/index.js';
import type { ScryptCost } from '../../services/passwords.js';
import type { ViewCache } from '../view-cache.js';

/** What every route module gets: the database, the clock and cookie settings. */
export interface RouteDeps {
  db: Db;
  store: Store;
  secureCookies: boolean;
  now: () => Date;
  /** Derived views (today, next, analytics) cached by the user's revision. */
  views: ViewCache;
  /** Log-in and sign-up attempts one address may make a minute. */
  signInsPerMinute: number;
  /** The scrypt cost of new password hashes; older, weaker ones are redone at log-in. */
  passwordCost: ScryptCost;
  /** The built web app's folder (dist/web unless a test gives its own). */
  webRoot?: string;
}
