// The logged-in lifter's profile, plan and rounds for the screens: shown from
// the phone's copy at once, then refreshed from the server when it answers.
import { ApiError } from '../api/client.js';
import { Store } from '../lib/store.js';
import type { LocalCache, LocalData } from './local-data.js';

export interface DataState {
  /** null until something is known (first start, nothing cached yet). */
  data: LocalData | null;
  /** A refresh from the server is under way. */
  loading: boolean;
  /** Why the last refresh failed (offline: showing the phone's copy). */
  error: ApiError | null;
}

export class DataStore extends Store<DataState> {
  private userId: string | null = null;

  constructor(private readonly cache: LocalCache) {
    super({ data: null, loading: false, error: null });
  }

  async load(userId: string): Promise<void> {
    this.userId = userId;
    const cached = (await this.cache.get(userId)) ?? null;
    this.set({ data: cached, loading: true, error: null });
    await this.refresh();
  }

  /** `force`: the lifter asked for it, so the copy is fetched whole even at an unchanged revision. */
  async refresh(opts: { force?: boolean } = {}): Promise<void> {
    const userId = this.userId;
    if (!userId) return;
    this.set({ ...this.value, loading: true });
    try {
      const data = await this.cache.refresh(userId, opts);
      if (this.userId === userId) this.set({ data, loading: false, error: null });
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
      if (this.userId === userId) this.set({ ...this.value, loading: false, error });
    }
  }

  /** After a screen saved something (profile, plan): keep the phone's copy in step. */
  async update(part: Partial<Omit<LocalData, 'savedAt'>>): Promise<void> {
    if (!this.userId) return;
    const data = await this.cache.merge(this.userId, part);
    this.set({ ...this.value, data });
  }

  reset(): void {
    this.userId = null;
    this.set({ data: null, loading: false, error: null });
  }
}
