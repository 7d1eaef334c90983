// The sync loop: uploads pending outbox rounds, oldest first, to
// POST /api/v1/combos. 201/200 mark a round synced; 409 keeps it as a conflict
// for the lifter; 410 (the lifter deleted it on another device) takes it out of
// the phone's log and tells the lifter; another refusal keeps it as rejected with the reason; no
// connection or server trouble waits and retries with exponential backoff
// (1 s doubling to 60 s, jittered so many phones do not retry in step). The
// browser's "online" event, the app coming back to the foreground and every
// newly logged round start a pass at once.
import { ApiError } from '../api/client.js';
import { postCombo, postSet, putFeedback } from '../api/endpoints.js';
import type { Feedback } from '../../../src/engine/model.js';
import type { LooseSetBody, RoundBody, Warning } from '../api/types.js';
import { Store } from '../lib/store.js';
import type { Outbox } from './outbox.js';

export type SyncPhase = 'idle' | 'syncing' | 'retrying' | 'offline' | 'signed-out';

export interface SyncState {
  phase: SyncPhase;
  /** When the next retry runs (ms since epoch), while retrying or offline. */
  retryAt?: number;
}

export interface SyncOptions {
  outbox: Outbox;
  /** The logged-in lifter, or null: only their rounds are uploaded. */
  userId: () => string | null;
  send?: (body: RoundBody) => Promise<{ warnings: Warning[] }>;
  /** Uploads a set outside any combo (POST /sets). */
  sendSet?: (body: LooseSetBody) => Promise<unknown>;
  /** Uploads the ratings of a round's session (PUT /combos/{id}/feedback). */
  sendFeedback?: (roundId: string, feedback: Feedback) => Promise<unknown>;
  online?: () => boolean;
  /** Where "online" and "visibilitychange" come from (window and document in the app). */
  events?: { window?: EventTarget; document?: EventTarget & { visibilityState?: string } };
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  random?: () => number;
  now?: () => Date;
}

const BASE_MS = 1_000;
const MAX_MS = 60_000;
const RETRYABLE = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

export class SyncLoop extends Store<SyncState> {
  private failures = 0;
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Set by stop(): a pass still in flight then finishes but arms no retry. */
  private stopped = false;
  private stops: (() => void)[] = [];
  private readonly o: Required<Omit<SyncOptions, 'events'>> & Pick<SyncOptions, 'events'>;

  constructor(options: SyncOptions) {
    super({ phase: 'idle' });
    this.o = {
      send: (body) => postCombo(body),
      sendSet: (body) => postSet(body),
      sendFeedback: (roundId, feedback) => putFeedback(roundId, feedback),
      online: () => globalThis.navigator?.onLine ?? true,
      setTimer: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimer: (h) => globalThis.clearTimeout(h as number),
      random: Math.random,
      now: () => new Date(),
      ...options,
    };
  }

  /** Listens for the events that should start a pass, and runs one now. */
  start(): void {
    this.stopped = false;
    const { window: win, document: doc } = this.o.events ?? {};
    const on = (target: EventTarget | undefined, name: string, fn: () => void) => {
      if (!target) return;
      target.addEventListener(name, fn);
      this.stops.push(() => target.removeEventListener(name, fn));
    };
    on(win, 'online', () => {
      this.failures = 0;
      void this.syncNow();
    });
    on(win, 'offline', () => this.set({ phase: 'offline' }));
    on(doc, 'visibilitychange', () => {
      if (doc?.visibilityState === 'visible') void this.syncNow();
    });
    this.stops.push(this.o.outbox.subscribe((change) => change === 'add' && void this.syncNow()));
    void this.syncNow();
  }

  /** Stops listening and cancels the retry; a pass in flight ends without arming another. */
  stop(): void {
    this.stopped = true;
    for (const s of this.stops.splice(0)) s();
    this.clearRetry();
  }

  /** One pass over the pending rounds; a call during a pass queues one more pass. */
  syncNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const userId = this.o.userId();
    if (!userId) return;
    this.clearRetry();
    // One read of the store for both kinds: a round logged meanwhile is then in this pass or the next, never lost between two reads.
    const { rounds, sets, feedback } = await this.o.outbox.pendingAll(userId);
    // Oldest first across all, so a session's sets and rounds reach the server in the order they were done, and ratings after their round.
    const pending = [
      ...rounds.map((e) => ({ e, send: () => this.o.send(e.body) })),
      ...sets.map((e) => ({ e, send: () => this.o.sendSet(e.body).then(() => ({ warnings: undefined })) })),
      ...feedback.map((e) => ({ e, send: () => this.o.sendFeedback(e.body.roundId, e.body.feedback).then(() => ({ warnings: undefined })) })),
    ].sort(
      (a, b) => (a.e.createdAt < b.e.createdAt ? -1 : a.e.createdAt > b.e.createdAt ? 1 : 0),
    );
    if (pending.length === 0) return this.set({ phase: this.o.online() ? 'idle' : 'offline' });
    // The browser knows it has no network: wait for its "online" event instead of polling.
    if (!this.o.online()) return this.set({ phase: 'offline' });
    this.set({ phase: 'syncing' });
    for (const { e: entry, send } of pending) {
      try {
        const { warnings } = await send();
        await this.o.outbox.update(entry.id, { status: 'synced', syncedAt: this.o.now().toISOString(), ...(warnings ? { warnings } : {}) }, entry);
        this.failures = 0;
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
        if (e.status === 401) return this.set({ phase: 'signed-out' });
        if (RETRYABLE(e.status)) {
          await this.o.outbox.update(entry.id, { attempts: entry.attempts + 1 });
          return this.retryLater(e.status === 0 ? 'offline' : 'retrying');
        }
        if ((entry as { kind?: string }).kind === 'feedback') {
          // Ratings of a round deleted elsewhere (410) or refused outright (400) have nothing to steer: dropped,
          // unless newer ones replaced them meanwhile. A 404 means the round is not there yet (still to be
          // corrected on this phone, say): they wait for it.
          if (e.status === 410 || e.status === 400) await this.o.outbox.discard(entry.id, entry);
          continue;
        }
        if (e.status === 410) {
          // Deleted on another device: not sent again, and the lifter is told (Settings, Sync).
          await this.o.outbox.update(entry.id, { status: 'deleted', problem: e.message, ...(e.deletedAt ? { deletedAt: e.deletedAt } : {}) });
          continue;
        }
        await this.o.outbox.update(entry.id, { status: e.status === 409 ? 'conflict' : 'rejected', problem: e.message, ...(e.fields.length > 0 ? { fields: e.fields } : {}) });
      }
    }
    this.set({ phase: 'idle' });
  }

  private retryLater(phase: 'offline' | 'retrying'): void {
    if (this.stopped) return this.set({ phase });
    const ms = Math.min(MAX_MS, BASE_MS * 2 ** this.failures) * (0.5 + this.o.random() / 2);
    this.failures += 1;
    this.timer = this.o.setTimer(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
    this.set({ phase, retryAt: this.o.now().getTime() + ms });
  }

  private clearRetry(): void {
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }
}
