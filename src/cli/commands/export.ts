// `bladework export --user EMAIL`: one account's data, as the API's export
// document (JSON, lossless) or every set as CSV, to stdout or a file.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { setsForCsv } from '../../services/export-sets.js';
import { exportCsv } from '../../interop/export-csv.js';
import { exportAll } from '../../store/index.js';
import { CliError } from '../errors.js';
import { DATA_OPTION, userByEmail, withStore, type DataFlags } from '../with-store.js';

interface ExportOptions extends DataFlags {
  user: string;
  format: string;
  output?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description("write an account's data: json (everything, can be imported again) or csv (one row per set)")
    .requiredOption('--user <email>', 'the account to export')
    .option('--format <format>', 'json or csv', 'json')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .option(...DATA_OPTION)
    .action(async (o: ExportOptions) => {
      if (o.format !== 'json' && o.format !== 'csv') throw new CliError(`--format: "${o.format}" is not json or csv`);
      const text = await withStore(o, async (store) => {
        const user = await userByEmail(store.db, o.user);
        const doc = await exportAll(store.db, user.id);
        return o.format === 'json' ? `${JSON.stringify(doc, null, 2)}\n` : exportCsv(await setsForCsv(store.db, user.id, doc));
      });
      if (o.output === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileSync(o.output, text);
      } catch (e) {
        throw new CliError(`cannot write ${o.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      process.stderr.write(`Wrote ${o.output}.\n`);
    });
}
