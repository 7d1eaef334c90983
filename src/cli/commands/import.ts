// `bladework import FILE --user EMAIL`: another app's CSV export into a
// lifter's history on this server, streamed from disk, all or nothing.
import { createReadStream, statSync } from 'node:fs';
import type { Command } from 'commander';
import { importHistory, type HistoryImportReport } from '../../services/import-history.js';
import { IMPORT_FORMATS, appList, formatLabel, importFormat, isImportFormat } from '../../interop/formats/index.js';
import type { Unit } from '../../engine/types.js';
import { CliError } from '../errors.js';
import { DATA_OPTION, userByEmail, withStore, type DataFlags } from '../with-store.js';

interface ImportOptions extends DataFlags {
  user: string;
  format?: string;
  unit?: string;
}

const SKIPPED_SHOWN = 20;
const FORMAT_IDS = IMPORT_FORMATS.map((f) => f.id).join(', ');
const FORMAT_WIDTH = Math.max(...IMPORT_FORMATS.map((f) => f.id.length)) + 2;

export function reportLines(r: HistoryImportReport): string[] {
  const lines = [
    `Imported ${r.rowsImported} of ${r.rowsRead} rows from a ${importFormat(r.format).app} export (${r.format}): ` +
      `${r.sessions} sessions, ${r.sessionsInserted} new, ${r.sessionsAlreadyThere} already there.`,
  ];
  if (r.restsKept > 0) lines.push(`Kept ${r.restsKept} rest time${r.restsKept === 1 ? '' : 's'} from Rest Timer rows, each with the set before it.`);
  if (r.skipped.length > 0) {
    lines.push(`Skipped ${r.skipped.length} rows:`, ...r.skipped.slice(0, SKIPPED_SHOWN).map((s) => `  row ${s.row}: ${s.reason}`));
    if (r.skipped.length > SKIPPED_SHOWN) lines.push(`  … and ${r.skipped.length - SKIPPED_SHOWN} more`);
  }
  if (r.customExercises.length > 0) {
    lines.push(`Exercises outside the catalog, kept as your own (${r.customExercisesCreated} new): ${r.customExercises.join(', ')}`);
  }
  return lines;
}

function checkedFile(file: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CliError(`cannot read ${file}: there is no such file`);
  }
  if (!isFile) throw new CliError(`cannot read ${file}: it is not a file`);
  return file;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(`import a CSV export from ${appList()} into an account on this server (re-importing skips what is there)`)
    .argument('<file>', 'the CSV file')
    .requiredOption('--user <email>', 'the account to import into')
    .option('--format <format>', 'read the file as one of the formats below (default: told from the header)')
    .option('--unit <unit>', 'kg or lb, for files that do not name a unit (default kg)')
    .option(...DATA_OPTION)
    .addHelpText('after', `\nFormats (--format):\n${IMPORT_FORMATS.map((f) => `  ${f.id.padEnd(FORMAT_WIDTH)}${formatLabel(f)}`).join('\n')}`)
    .action(async (file: string, o: ImportOptions) => {
      const format = o.format;
      if (format !== undefined && !isImportFormat(format)) {
        throw new CliError(`--format: "${format}" is not a format I read; use ${FORMAT_IDS}`);
      }
      if (o.unit !== undefined && o.unit !== 'kg' && o.unit !== 'lb') throw new CliError(`--unit: "${o.unit}" is not kg or lb`);
      checkedFile(file);
      await withStore(o, async (store) => {
        const user = await userByEmail(store.db, o.user);
        const tty = process.stderr.isTTY === true;
        let report: HistoryImportReport;
        try {
          report = await importHistory(store.db, user.id, () => createReadStream(file), {
            ...(format ? { format } : {}),
            ...(o.unit ? { unit: o.unit as Unit } : {}),
            // One line, rewritten in place: only on a terminal, never into a log file.
            ...(tty ? { onProgress: (n: number) => void process.stderr.write(`\rread ${n} rows…`) } : {}),
          });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (typeof code === 'string' && 'syscall' in (e as object)) throw new CliError(`cannot read ${file}: ${code}`);
          throw e;
        } finally {
          if (tty) process.stderr.write('\n');
        }
        console.log(reportLines(report).join('\n'));
      });
    });
}
