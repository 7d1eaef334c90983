// Server-side commands work on the same database as `bladework serve`: the
// embedded SQLite file under BLADEWORK_DATA, or PostgreSQL from DATABASE_URL.
import { existsSync } from 'node:fs';
import { loadConfig, type ServerConfig } from '../services/config.js';
import { migrateToLatest, openDatabase, users, type Db, type Store } from '../store/index.js';
import type { User } from '../store/repos/users.js';
import { CliError } from './errors.js';

export interface DataFlags {
  data?: string;
}

export const DATA_OPTION = ['--data <dir>', 'data folder of the embedded database (env BLADEWORK_DATA, default ./data)'] as const;

export function configFrom(flags: DataFlags): ServerConfig {
  return loadConfig(process.env, flags.data === undefined ? {} : { data: flags.data });
}

/** Opens the configured database, brings its schema up to date, runs `work`, and always closes it. */
export async function withStore<T>(flags: DataFlags, work: (store: Store, config: ServerConfig) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const config = configFrom(flags);
  const where = config.database.kind === 'sqlite' ? config.database.file : 'the PostgreSQL database in DATABASE_URL';
  if (opts.migrate === false && config.database.kind === 'sqlite' && !existsSync(config.database.file)) {
    throw new CliError(`there is no database at ${where}; start the server once or point BLADEWORK_DATA at its data folder`);
  }
  const store = await openDatabase(config.database);
  try {
    if (opts.migrate !== false) {
      try {
        await migrateToLatest(store);
      } catch (e) {
        throw new CliError(`cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return await work(store, config);
  } finally {
    await store.close();
  }
}

export async function userByEmail(db: Db, email: string): Promise<User> {
  const found = await users.findUserByEmail(db, email);
  if (!found) throw new CliError(`no account has the email ${email}; create one with: bladework user add ${email}`);
  const { passwordHash: _, ...user } = found;
  return user;
}
