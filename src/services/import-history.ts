// Another app's CSV export into a lifter's history, shared by the HTTP import
// and `bladework import`. The file is read row by row inside one transaction
// and written a batch at a time as it is read (import-writer.ts): all or
// nothing, and never held whole in memory. The file must be readable again
// from the start, since PostgreSQL may end a transaction for a deadlock and it
// then runs again: hence a string or a function that opens it.
import type { Unit } from '../engine/types.js';
import { readCsv, type CsvInput } from '../interop/import.js';
import { importFormat } from '../interop/formats/index.js';
import type { ImportFormat, ImportReport } from '../interop/types.js';
import { inTransaction, users, withBulkPageCache, type Db } from '../store/index.js';
import { ImportWriter } from './import-writer.js';

export interface HistoryImportOptions {
  format?: ImportFormat;
  /** Unit for files that do not name one (Strong's comma export). */
  unit?: Unit;
  onProgress?: (rowsRead: number) => void;
  now?: Date;
}

export interface HistoryImportReport extends ImportReport {
  sessionsInserted: number;
  /** Sessions this lifter had imported before (same start time and name): left as they were. */
  sessionsAlreadyThere: number;
  /** How many of `customExercises` were new to this lifter (the rest matched by name). */
  customExercisesCreated: number;
}

/** The file: its text, or a function that opens it afresh each time it is called. */
export type CsvSource = string | (() => CsvInput);

export async function importHistory(db: Db, userId: string, file: CsvSource, opts: HistoryImportOptions = {}): Promise<HistoryImportReport> {
  const now = opts.now ?? new Date();
  return inTransaction(db, (trx) => withBulkPageCache(trx, async () => {
    // Ids come from the lifter's secret import key, so nobody else can take them first.
    const writer = new ImportWriter(trx, userId, await users.importKey(trx, userId), now);
    const { sessions, report } = await readCsv(typeof file === 'string' ? file : file(), writer, {
      ...(opts.format ? { format: opts.format } : {}),
      ...(opts.unit ? { defaultUnit: opts.unit } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      // Each session is stored under its app (import:strong for all three Strong exports).
      onFormat: (format) => (writer.source = importFormat(format).source),
      onTurn: () => writer.flush(),
    });
    const { inserted, alreadyThere } = await writer.finish(sessions);
    return { ...report, sessionsInserted: inserted, sessionsAlreadyThere: alreadyThere, customExercisesCreated: writer.customExercisesCreated };
  }));
}
