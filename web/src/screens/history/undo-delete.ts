// Delete with undo: a round disappears at once, and the server is asked to
// delete it only when the undo window has passed. Undo within the window and
// nothing is ever sent. Leaving the screen sends what is due at once.
export const UNDO_MS = 6000;

export interface UndoDeleteOptions {
  remove: (id: string) => Promise<void>;
  /** The set of ids hidden right now changed (for the list to redraw). */
  onChange: (hidden: ReadonlySet<string>) => void;
  /** The server did not delete it: it is shown again. */
  onError: (id: string, error: unknown) => void;
  /** The server deleted it. */
  onDeleted?: (id: string) => void;
  ms?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class UndoDelete {
  private readonly timers = new Map<string, unknown>();
  private readonly hidden = new Set<string>();

  constructor(private readonly o: UndoDeleteOptions) {}

  /** Hides the round now; deletes it on the server after the undo window. */
  delete(id: string): void {
    if (this.timers.has(id)) return;
    this.hidden.add(id);
    const set = this.o.setTimer ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
    this.timers.set(id, set(() => void this.commit(id), this.o.ms ?? UNDO_MS));
    this.changed();
  }

  /** Brings the round back; the server never hears of it. */
  undo(id: string): void {
    const t = this.timers.get(id);
    if (t === undefined) return;
    (this.o.clearTimer ?? ((h) => globalThis.clearTimeout(h as number)))(t);
    this.timers.delete(id);
    this.hidden.delete(id);
    this.changed();
  }

  /** Sends every delete still waiting (the screen is closing). */
  flush(): void {
    for (const [id, t] of [...this.timers]) {
      (this.o.clearTimer ?? ((h) => globalThis.clearTimeout(h as number)))(t);
      void this.commit(id);
    }
  }

  get pending(): string[] {
    return [...this.timers.keys()];
  }

  private async commit(id: string): Promise<void> {
    if (!this.timers.delete(id)) return;
    try {
      await this.o.remove(id);
      this.o.onDeleted?.(id);
    } catch (err) {
      this.hidden.delete(id);
      this.changed();
      this.o.onError(id, err);
    }
  }

  private changed(): void {
    this.o.onChange(new Set(this.hidden));
  }
}
