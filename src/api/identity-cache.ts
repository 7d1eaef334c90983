// Who a token belongs to, remembered between requests on the embedded
// database. Every request is authenticated, and on this kind of machine the
// token lookup through Kysely was a fifth of a cached read's time. An entry
// holds only while the store's change mark is the one it was read under: any
// write (here or by another connection) or an expiry sends the next request
// back to the database, so a logout or a new revision is seen at once (one
// made by another process, such as the CLI, within 100 ms: store/db.ts).
// Entries are keyed by the token as presented, with its hash beside it: the
// SHA-256 of every request's token was the largest single cost of a cached
// read after the socket write. Only tokens the database accepted are kept, so
// a stream of made-up tokens cannot fill it with anything but misses.
import { TOUCH_EVERY_MS, type AuthToken } from '../store/repos/tokens.js';
import type { User } from '../store/repos/users.js';

export type FoundToken = AuthToken & { user: User; revision: number };

export interface Identity {
  /** The token's hash, as auth_tokens keeps it (routes use it to name the session). */
  hash: string;
  found: FoundToken;
}

interface Entry extends Identity {
  mark: string;
  found: FoundToken;
  /** Parsed once when stored: every request checks them. */
  expiresMs: number;
  touchDueMs: number;
}

export class IdentityCache {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly max = 10_000) {}

  get(token: string, mark: string, now: Date): Identity | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    // A hit whose last-used stamp is due goes to the database, which writes it.
    const t = now.getTime();
    const fresh = entry.mark === mark && entry.expiresMs > t && entry.touchDueMs > t;
    if (!fresh) {
      this.entries.delete(token);
      return undefined;
    }
    return entry;
  }

  /** `mark` must be read before the lookup that found the token, so a write in between makes the entry stale at once. */
  set(token: string, hash: string, mark: string, found: FoundToken): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    const expiresMs = found.expiresAt === null ? Infinity : Date.parse(found.expiresAt);
    const touchDueMs = found.lastUsedAt === null ? -Infinity : Date.parse(found.lastUsedAt) + TOUCH_EVERY_MS;
    this.entries.set(token, { hash, mark, found, expiresMs, touchDueMs });
  }
}
