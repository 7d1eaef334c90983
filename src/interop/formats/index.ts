// Every CSV export bladework reads, one entry each. Adding a format is a file
// in this folder and a line here: detection tries each entry, the API's
// ?format= and GET /import/formats, the CLI's --format and the history's
// "Imported from …" all come from this list. Order breaks ties in detection
// and is the order lifters see them in.
import type { ImportFormatSpec } from './format.js';
import { fitnotes } from './fitnotes.js';
import { hevy } from './hevy.js';
import { strong, strongComma, strongLegacy } from './strong.js';
import { stronglifts } from './stronglifts.js';

const FORMATS = [strong, strongComma, strongLegacy, hevy, fitnotes, stronglifts] as const;

export type ImportFormat = (typeof FORMATS)[number]['id'];
export type { ImportFormatSpec };

export const IMPORT_FORMATS: readonly ImportFormatSpec<ImportFormat>[] = FORMATS;

/** The ids, for a schema's enum. */
export const IMPORT_FORMAT_IDS = FORMATS.map((f) => f.id) as [ImportFormat, ...ImportFormat[]];

export function isImportFormat(id: string): id is ImportFormat {
  return (IMPORT_FORMAT_IDS as string[]).includes(id);
}

export function importFormat(id: ImportFormat): ImportFormatSpec<ImportFormat> {
  return IMPORT_FORMATS.find((f) => f.id === id)!;
}

/** "Strong (commas, no unit)", or just the app when it has one export. */
export function formatLabel(f: ImportFormatSpec): string {
  return f.variant ? `${f.app} (${f.variant})` : f.app;
}

/** The apps, once each, in list order. */
export function appNames(): string[] {
  return [...new Set(IMPORT_FORMATS.map((f) => f.app))];
}

/** "Strong, Hevy or FitNotes". */
export function appList(): string {
  const apps = appNames();
  return apps.length < 2 ? apps.join('') : `${apps.slice(0, -1).join(', ')} or ${apps.at(-1)}`;
}

/** How the app shows where a session came from; "Imported" for a source no format here writes. */
export function sourceLabel(source: string): string {
  if (source === 'app') return 'Logged in bladework';
  const f = IMPORT_FORMATS.find((x) => x.source === source);
  return f ? `Imported from ${f.app}` : 'Imported';
}
