// Cached JSON of a user's derived views (today's session, next prescriptions,
// analytics). Keyed by the user's revision, which every write that changes the
// inputs bumps in its own transaction: an entry can never be stale, on any
// server process. Bounded, oldest out first. Kept as UTF-8 bytes: the views
// carry non-ASCII text (×, —), which V8 keeps as a two-byte string that
// would be encoded again for every answer (a tenth of a cached read's time).
export class ViewCache {
  private readonly entries = new Map<string, Buffer>();
  private readonly bases = new Map<string, { revision: number; value: Promise<unknown> }>();
  constructor(
    private readonly max = 2000,
    private readonly maxBases = 8,
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
   * replaces the entry, and concurrent callers share one computation.
   */
  derived<T>(userId: string, revision: number, kind: string, compute: () => Promise<T>): Promise<T> {
    const key = `${userId}\u0000${kind}`;
    const hit = this.bases.get(key);
    if (hit !== undefined && hit.revision === revision) {
      // Most recently used last, so the oldest goes first.
      this.bases.delete(key);
      this.bases.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.bases.delete(key);
    if (this.bases.size >= this.maxBases) this.bases.delete(this.bases.keys().next().value!);
    const entry = { revision, value };
    this.bases.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => this.bases.get(key) === entry && this.bases.delete(key));
    return value;
  }

  /** Stores a view computed elsewhere (a warm-up), under the same kind of key as get(). */
  put(userId: string, revision: number, view: string, json: Buffer): void {
    this.set(`${userId}\u0000${revision}\u0000${view}`, json);
  }

  private set(key: string, json: Buffer): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, json);
  }
}
