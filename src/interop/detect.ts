// Tells the export formats apart from the header line alone, before any row is
// parsed, so the CSV parser can be built with the right delimiter. Each format
// in the registry (formats/index.ts) says how well the header fits it; the
// best fit wins, and must have every column it needs.
import { IMPORT_FORMATS, appList, appNames, importFormat, type ImportFormat, type ImportFormatSpec } from './formats/index.js';
import type { Detection } from './formats/format.js';
import { readHeader, type Layout } from './header.js';

export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
  constructor(
    message: string,
    /** The format the header came closest to, if any. */
    readonly format: ImportFormat | null = null,
    /** Columns that format needs and the header lacks. */
    readonly missing: string[] = [],
  ) {
    super(message);
  }
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' and ');

function noFormatFits(headerLine: string): ImportFormatError {
  const marks = appNames().map((app) => `${quoted(IMPORT_FORMATS.find((f) => f.app === app)!.markedBy)} (${app})`);
  const last = marks.length > 1 ? `, or ${marks.pop()}` : '';
  return new ImportFormatError(
    `This is not a ${appList()} export: the header has none of ${marks.join(', ')}${last}. Header seen: ${headerLine.slice(0, 200)}`,
  );
}

const described = (f: ImportFormatSpec) => `${f.app} export${f.variant ? ` (${f.variant})` : ''}`;

/**
 * Reads the header line and says which export it is. With `format` given, checks
 * the header has what that format needs instead of guessing.
 */
export function detectFormat(headerLine: string, format?: ImportFormat): Layout {
  const header = readHeader(headerLine);
  let best: { format: ImportFormatSpec<ImportFormat>; detection: Detection; score: number } | null = null;
  if (format) best = { format: importFormat(format), detection: importFormat(format).detect(header), score: 0 };
  else {
    // The first of equal scores wins: the registry's order breaks ties.
    for (const f of IMPORT_FORMATS) {
      const detection = f.detect(header);
      if (detection.score !== null && (!best || detection.score > best.score)) best = { format: f, detection, score: detection.score };
    }
  }
  if (!best) throw noFormatFits(headerLine);
  const { missing, layout } = best.detection;
  if (missing.length > 0) {
    throw new ImportFormatError(
      `This looks like a ${described(best.format)}, but its header lacks: ${missing.join(', ')}. Header seen: ${headerLine.slice(0, 200)}`,
      best.format.id,
      missing,
    );
  }
  return layout;
}
