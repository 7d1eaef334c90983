// Who is logged in. The session itself is the server's httpOnly cookie; this
// store only knows the user it belongs to. The user is also kept on the phone
// so the app opens offline, in the gym, without asking for a password.
import { ApiError } from '../api/client.js';
import * as endpoints from '../api/endpoints.js';
import type { User } from '../api/types.js';
import type { LocalDb } from '../offline/idb.js';
import { Store } from '../lib/store.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; reason?: string }
  | { status: 'signed-in'; user: User; /** true when the server could not be reached to confirm it */ offline: boolean };

const USER_KEY = 'session:user';

const isUser = (u: unknown): u is User =>
  typeof u === 'object' && u !== null && typeof (u as User).id === 'string' && typeof (u as User).email === 'string';

export class SessionStore extends Store<SessionState> {
  constructor(
    private readonly db: LocalDb,
    /** Called after a logout with the user who left, to clear their cached data. */
    private readonly onLogout: (userId: string) => Promise<void> = async () => {},
  ) {
    super({ status: 'loading' });
  }

  get userId(): string | null {
    return this.value.status === 'signed-in' ? this.value.user.id : null;
  }

  /** On start: ask the server; with no connection, trust the user saved on this phone. */
  async restore(): Promise<void> {
    try {
      const { user } = await endpoints.getMe();
      await this.signedIn(user);
    } catch (err) {
      if (!(err instanceof ApiError) || !err.offline) {
        await this.db.delete('cache', USER_KEY);
        return this.set({ status: 'signed-out' });
      }
      const saved = await this.db.get<unknown>('cache', USER_KEY);
      this.set(isUser(saved) ? { status: 'signed-in', user: saved, offline: true } : { status: 'signed-out', reason: 'You are offline. Connect once to log in on this phone.' });
    }
  }

  async login(email: string, password: string): Promise<void> {
    const { user } = await endpoints.login({ email, password });
    await this.signedIn(user);
  }

  async register(email: string, password: string, displayName?: string): Promise<void> {
    const { user } = await endpoints.register({ email, password, ...(displayName ? { displayName } : {}) });
    await this.signedIn(user);
  }

  /** Needs the server (only it can clear the cookie); throws ApiError "offline" without a connection. */
  async logout(): Promise<void> {
    const userId = this.userId;
    await endpoints.logout();
    await this.db.delete('cache', USER_KEY);
    if (userId) await this.onLogout(userId);
    this.set({ status: 'signed-out' });
  }

  /** A 401 from any call: the session expired or was revoked elsewhere. */
  expired(): void {
    this.set({ status: 'signed-out', reason: 'Your session ended; log in again. Anything you logged is still saved on this phone.' });
  }

  private async signedIn(user: User): Promise<void> {
    await this.db.put('cache', user, USER_KEY);
    this.set({ status: 'signed-in', user, offline: false });
  }
}
