// `bladework backup FILE`: a consistent copy of the embedded SQLite database,
// safe while the server runs (SQLite's online backup API). PostgreSQL has pg_dump.
import { resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { backupSqlite } from '../../store/index.js';
import { CliError } from '../errors.js';
import { configFrom, DATA_OPTION, withStore, type DataFlags } from '../with-store.js';

export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the embedded SQLite database to FILE, consistently, even while the server runs')
    .argument('<file>', 'where to write the copy (an existing file is replaced)')
    .option(...DATA_OPTION)
    .action(async (file: string, o: DataFlags) => {
      const { database } = configFrom(o);
      if (database.kind !== 'sqlite') {
        throw new CliError('backup copies the embedded SQLite database only; back up PostgreSQL with pg_dump "$DATABASE_URL" > bladework.sql');
      }
      if (resolve(file) === resolve(database.file)) throw new CliError(`${file} is the live database itself; choose another file`);
      await withStore(o, async (store) => {
        try {
          await backupSqlite(store, file);
        } catch (e) {
          throw new CliError(`cannot write the backup to ${file}: ${(e as Error).message}`);
        }
      }, { migrate: false });
      console.log(`Backed up ${database.file} to ${file} (${statSync(file).size} bytes).`);
    });
}
