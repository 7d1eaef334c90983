// Cached JSON of a user's derived views (today's session, next prescriptions,
// analytics). Keyed by the user's revision, which every write that changes the
// inputs bumps in its own transaction: an entry can never be stale, on any
// server process. Bounded, oldest out first. Kept as UTF-8 bytes: the views
// carry non-ASCII text (×, —), which V8 keeps as a two-byte string that
// would be encoded again for every answer (a tenth of a cached read's time).
export class ViewCache {
  private readonly entries = new Map<string, Buffer>();
  constructor(private readonly max = 2000) {}

  /** The cached view, if there is one: lets a hot route answer without a promise. */
  peek(userId: string, revision: number, view: string): Buffer | undefined {
    return this.entries.get(`${userId}\u0000${revision}\u0000${view}`);
  }

  async get(userId: string, revision: number, view: string, compute: () => Promise<unknown>): Promise<Buffer> {
    const key = `${userId}\u0000${revision}\u0000${view}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const json = Buffer.from(JSON.stringify(await compute()));
    this.set(key, json);
    return json;
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
