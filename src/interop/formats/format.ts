// What one import format is: the app that writes it, the source its sessions
// are stored under, how it recognises its header (and lays out its columns),
// and how it reads a row. Each format is one of these, in a file of its own
// here; index.ts lists them, and detection, the API, the CLI and the web all
// read that list.
import type { Header, Layout } from '../header.js';
import type { RowContext, RowOutcome } from '../read-row.js';

export interface Detection<L extends Layout = Layout> {
  /**
   * Null when the header has none of the columns that mark this format: it is
   * not this format at all. Otherwise how close the header comes; the highest
   * score among the formats wins (see scoreFor for the usual one).
   */
  score: number | null;
  /** The header's columns as this format reads them. */
  layout: L;
  /** What the header lacks for this format, named as the lifter would look for it; empty when it can be read. */
  missing: string[];
}

export interface ImportFormatSpec<Id extends string = string, L extends Layout = Layout> {
  /** What ?format= and --format take: lowercase, never changed once released. */
  readonly id: Id;
  /** The app that writes the file, as lifters know it: "Imported from <app>". */
  readonly app: string;
  /** Tells one app's exports apart ("commas, no unit"); absent when the app has only one. */
  readonly variant?: string;
  /** Stored on each session imported from it: one per app, shared by the app's variants. */
  readonly source: `import:${string}`;
  /** Header names that mark the app's exports, quoted when a header fits no format. */
  readonly markedBy: readonly string[];
  detect(header: Header): Detection<L>;
  /**
   * One CSV record (already checked to have the header's field count) into
   * sets, a note, a rest or a skip; throw RowSkip for a cell it cannot read.
   * Only ever given a layout its own detect made, which is why a format may
   * declare a richer layout (declared as a method, so the list in index.ts can
   * hold formats with different layouts).
   */
  readRow(row: RowContext<L>): RowOutcome;
}

/** What a format needs of a header: a column name it must have, or a need named as the lifter would look for it, and whether the header meets it. */
export type Need = string | readonly [need: string, met: boolean];

/**
 * The usual Detection: null score unless the header has one of `markedBy`;
 * otherwise the needs it meets less the ones it misses, so that of formats
 * sharing their marks (Strong's three exports) the one it fits best wins.
 */
export function detection<L extends Layout>(header: Header, markedBy: readonly string[], needs: readonly Need[], layout: L): Detection<L> {
  const checks = needs.map((n) => (typeof n === 'string' ? ([n, header.has(n)] as const) : n));
  const missing = checks.filter(([, met]) => !met).map(([n]) => n);
  const score = markedBy.some((name) => header.has(name)) ? checks.length - 2 * missing.length : null;
  return { score, layout, missing };
}
