// Cached JSON of a user's derived views (today's session, next prescriptions,
// analytics). Keyed by the user's revision, which every write that changes the
// inputs bumps in its own transaction: an entry can never be stale, on any
// server process. Bounded in count and in bytes (a 10-year log's whole
// analytics is 2.6 MB, and each asOf asked is an entry), oldest out first.
// Kept as UTF-8 bytes: the views
// carry non-ASCII text (×, —), which V8 keeps as a two-byte string that
// would be encoded again for every answer (a tenth of a cached read's time).
interface Base {
  revision: number;
  /** Computed when first asked for; the same promise after. */
  value: () => Promise<unknown>;
  /** Steps of advance() chained before this value, none of them asked for yet (0 once asked). */
  pending: number;
}

/**
 * How many writes may be chained onto a kept value nobody has looked at. Each
 * holds its step until the value is asked for; past this, the value is let go
 * and the next ask computes afresh, so a lifter logging all day without a
 * look at Progress does not grow a chain without end.
 */
const MAX_PENDING = 32;

export class ViewCache {
  private readonly entries = new Map<string, Buffer>();
  private readonly bases = new Map<string, Base>();
  private bytes = 0;
  constructor(
    private readonly max = 2000,
    private readonly maxBases = 8,
    private readonly maxBytes = 128 * 2 ** 20,
  ) {}

  /** The cached view, if there is one: lets a hot route answer without a promise. */
  peek(userId: string, revision: number, view: string): Buffer | undefined {
    return this.entries.get(`${userId}\u0000${revision}\u0000${view}`);
  }

  async get(userId: string, revision: number, view: string, compute: () => Promise<unknown>): Promise<Buffer> {
    return this.getBytes(userId, revision, view, async () => Buffer.from(JSON.stringify(await compute())));
  }

  /** As get(), for a view that makes its own JSON bytes (analytics builds its answer from pieces kept per revision). */
  async getBytes(userId: string, revision: number, view: string, compute: () => Promise<Buffer>): Promise<Buffer> {
    const key = `${userId}\u0000${revision}\u0000${view}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const json = await compute();
    this.set(key, json);
    return json;
  }

  /**
   * What a view is computed from, kept for the user's latest revision: the
   * analytics timeline of a whole log answers every asOf until the next write.
   * Few are kept (a 10-year log's is some tens of MB); a newer revision
   * replaces the entry. Concurrent callers at one revision share one
   * computation, also when they recompute after a value that could not move.
   */
  derived<T>(userId: string, revision: number, kind: string, compute: () => Promise<T>): Promise<T> {
    const key = `${userId}\u0000${kind}`;
    const hit = this.bases.get(key);
    if (hit === undefined || hit.revision !== revision) return this.keep(key, revision, compute)() as Promise<T>;
    // Most recently used last, so the oldest goes first.
    this.bases.delete(key);
    this.bases.set(key, hit);
    // A value moved on by advance() that could not move (undefined), or whose
    // earlier value failed, is computed afresh and kept unless a newer one
    // came; the callers that waited on the same value share that computation.
    const afresh = () => {
      const now = this.bases.get(key);
      if (now === hit) return this.keep(key, revision, compute)();
      if (now !== undefined && now.revision === revision) return now.value().then((v) => (v === undefined ? compute() : v));
      return compute();
    };
    return hit.value().then((v) => (v === undefined ? afresh() : v), afresh) as Promise<T>;
  }

  /**
   * Moves what derived() keeps for `kind` from revision `to - 1` on to `to`,
   * for a write this process made that is the only change between them:
   * `step` makes the next value from the kept one, or gives undefined when it
   * cannot (the next ask then computes afresh). It runs when the value at `to`
   * is first asked for, so a lifter logging round after round without looking
   * pays nothing until they look. True when something kept was moved on.
   */
  advance<T>(userId: string, kind: string, to: number, step: (value: T) => T | undefined): boolean {
    const key = `${userId}\u0000${kind}`;
    const hit = this.bases.get(key);
    if (hit === undefined || hit.revision !== to - 1) return false;
    if (hit.pending >= MAX_PENDING) {
      this.bases.delete(key);
      return false;
    }
    const before = hit.value;
    this.keep(
      key,
      to,
      async () => {
        const value = await before().catch(() => undefined);
        return value === undefined ? undefined : step(value as T);
      },
      hit.pending + 1,
    );
    return true;
  }

  private keep(key: string, revision: number, compute: () => Promise<unknown>, pending = 0): () => Promise<unknown> {
    let value: Promise<unknown> | undefined;
    // Let go of compute once it has run: an advanced value's compute holds the value before it.
    let run: (() => Promise<unknown>) | undefined = compute;
    const entry: Base = {
      revision,
      pending,
      value: () => {
        if (value === undefined) {
          value = run!();
          run = undefined;
          entry.pending = 0;
          // A failed computation is not kept: the next request tries again.
          value.catch(() => this.bases.get(key) === entry && this.bases.delete(key));
        }
        return value;
      },
    };
    this.bases.delete(key);
    if (this.bases.size >= this.maxBases) this.bases.delete(this.bases.keys().next().value!);
    this.bases.set(key, entry);
    return entry.value;
  }

  /** Stores a view computed elsewhere (a warm-up), under the same kind of key as get(). */
  put(userId: string, revision: number, view: string, json: Buffer): void {
    this.set(`${userId}\u0000${revision}\u0000${view}`, json);
  }

  private set(key: string, json: Buffer): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.length;
    }
    for (const [oldest, bytes] of this.entries) {
      if (this.entries.size < this.max && this.bytes + json.length <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes.length;
    }
    this.entries.set(key, json);
    this.bytes += json.length;
  }
}
