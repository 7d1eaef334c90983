// Opens the one database the server keeps: embedded SQLite in a data folder by
// default, PostgreSQL when DATABASE_URL names one. Kysely is the only query layer.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Driver } from 'kysely';
import { Checkpointer, FALLBACK_AUTOCHECKPOINT_PAGES, type CheckpointResult } from './checkpointer.js';
import { SplitSqliteDriver } from './split-sqlite-driver.js';
import pg from 'pg';
import { groupCommit } from './group-commit.js';
import type { Schema } from './schema.js';
import { withStatementCache } from './statement-cache.js';
import { WRITER_CACHE_KIB } from './page-cache.js';

export type StoreConfig =
  /** `checkpointEvery`: write statements between two WAL checkpoints by the worker (checkpointer.ts); tests set it low. */
  | { kind: 'sqlite'; file: string; checkpointEvery?: number }
  /** `schema` pins search_path (tests give each file its own schema). */
  | { kind: 'postgres'; url: string; schema?: string; poolSize?: number };

/**
 * Runs one durable write (its own transaction, or a share of one) and
 * settles after it is committed. For the app's hot writes: logging rounds and sets.
 */
export type WriteRunner = <T>(work: (db: Kysely<Schema>) => Promise<T>) => Promise<T>;

export type Store =
  | {
      kind: 'sqlite';
      db: Kysely<Schema>;
      sqlite: SqliteDatabase.Database;
      /**
       * Changes whenever the database may have changed: at once on a write
       * through this store, and within EXTERNAL_CHECK_MS on a commit by any
       * other connection (the CLI). Equal marks mean nothing was written in
       * between, so what was read then still holds.
       */
      changeMark(): string;
      /** Group commit: writes arriving together share one transaction; one that fails is undone alone (group-commit.ts). */
      write: WriteRunner;
      /** Checkpoints the WAL now on the checkpoint worker (it also does so on its own as writes add up). */
      checkpoint(): Promise<CheckpointResult>;
      close(): Promise<void>;
    }
  /** On PostgreSQL each write is its own transaction: many run at once over the pool. */
  | { kind: 'postgres'; db: Kysely<Schema>; write: WriteRunner; close(): Promise<void> };

/** How stale another process's commit may look to changeMark(). */
export const EXTERNAL_CHECK_MS = 100;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(config: StoreConfig): Promise<Store> {
  return config.kind === 'sqlite' ? openSqlite(config.file, config.checkpointEvery) : openPostgres(config);
}

/** SQLite's dialect over two connections: reads beside the writer (split-sqlite-driver.ts). */
class SplitSqliteDialect extends SqliteDialect {
  constructor(private readonly driver: SplitSqliteDriver) {
    super({ database: driver.writer });
  }

  override createDriver(): Driver {
    return this.driver;
  }
}

/**
 * Whether a statement may go to the reader: a select, or a with-query that
 * only reads (asked of the read-only connection). Never judged by preparing it
 * on the writer: SQLite carries out some pragmas as they are prepared
 * (`pragma foreign_keys = off` took effect on the writer that way), and a
 * pragma is about its own connection, so every one stays on the writer.
 */
function readsOnly(sql: string, reader: SqliteDatabase.Database): boolean {
  if (/^\s*select\b/i.test(sql)) return true;
  return /^\s*with\b/i.test(sql) && reader.prepare(sql).readonly;
}

function openSqlite(file: string, checkpointEvery?: number): Store {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL + synchronous=NORMAL: a commit is in the WAL (OS page cache) before we
  // answer, so an acknowledged write survives the process being killed (even
  // SIGKILL). Only an OS crash or power loss may lose the last few commits,
  // never corrupt the file (https://www.sqlite.org/wal.html, pragma.html#pragma_synchronous).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (a CLI backup, a second server) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  // Writes touch several indexes keyed by random UUIDs: a big page cache
  // keeps them from thrashing (page-cache.ts; an import runs with less).
  sqlite.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
  // Statement and savepoint journals in memory rather than temporary files:
  // a write under a savepoint copies each page it first changes there.
  sqlite.pragma('temp_store = MEMORY');
  // Checkpoints happen on a worker thread (checkpointer.ts), never inside a commit here.
  sqlite.pragma('wal_autocheckpoint = 0');
  const checkpointer = new Checkpointer(file, checkpointEvery, () => sqlite.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`));
  let writes = 0;
  const writer = withStatementCache(sqlite, 500, () => {
    writes++;
    checkpointer.wrote();
  });
  // Opened once the writer has made the file and put it in WAL mode; read-only, so nothing can write through it.
  const readerDb = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  readerDb.pragma('busy_timeout = 5000');
  readerDb.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
  const reader = withStatementCache(readerDb, 500);
  const driver = new SplitSqliteDriver(writer, reader, (sql) => readsOnly(sql, readerDb), () => {
    writer.close();
    reader.close();
  });
  const db = new Kysely<Schema>({ dialect: new SplitSqliteDialect(driver) });
  // data_version moves when another connection commits (https://www.sqlite.org/pragma.html#pragma_data_version).
  // Reading it opens a read transaction, about 15 µs here: as much as the
  // token lookup it saves. So it is read at most every EXTERNAL_CHECK_MS; our
  // own writes count at once, another process's within that time.
  const dataVersion = sqlite.prepare('pragma data_version').pluck();
  let external = dataVersion.get() as number;
  let checkedAt = performance.now();
  const changeMark = () => {
    const t = performance.now();
    if (t - checkedAt >= EXTERNAL_CHECK_MS) {
      external = dataVersion.get() as number;
      checkedAt = t;
    }
    return `${writes}:${external}`;
  };
  const close = async () => {
    await checkpointer.close();
    await db.destroy();
  };
  return { kind: 'sqlite', db, sqlite, changeMark, write: groupCommit(db), checkpoint: () => checkpointer.checkpoint(), close };
}

function openPostgres(config: { url: string; schema?: string; poolSize?: number }): Store {
  if (config.schema !== undefined && !SCHEMA_NAME.test(config.schema)) {
    throw new Error(`invalid PostgreSQL schema name "${config.schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  // An idle client that loses its connection emits 'error'; unhandled, that
  // would crash the server. The pool drops the client and the next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, write: (work) => work(db), close: () => db.destroy() };
}

/**
 * Copies a running SQLite database to destFile with SQLite's online backup API:
 * the copy is one consistent snapshot even while the server keeps writing.
 */
export async function backupSqlite(store: Store, destFile: string): Promise<void> {
  if (store.kind !== 'sqlite') throw new Error('backup copies SQLite databases only; use pg_dump for PostgreSQL');
  mkdirSync(dirname(destFile), { recursive: true });
  await store.sqlite.backup(destFile);
}
