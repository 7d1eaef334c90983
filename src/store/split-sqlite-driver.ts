// SQLite through two connections: one writes, one reads. Kysely's own driver
// keeps one connection behind a mutex, so a read waits for any transaction in
// flight: a long import held every other lifter's reads for its whole length.
// In WAL mode a reader never waits for the writer and sees what was committed
// when its statement began, as PostgreSQL's READ COMMITTED does: here a
// statement that cannot change the database, outside a transaction, goes to
// the reader; transactions and every other statement take the writer, one at a
// time; so do pragmas, which are about their own connection.
// (https://www.sqlite.org/wal.html, "Concurrency")
import {
  CompiledQuery,
  SelectQueryNode,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
  type TransactionSettings,
} from 'kysely';

/** One async turn at a time for the writer, in arrival order. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }
}

function run(db: SqliteDatabase, query: CompiledQuery): QueryResult<unknown> {
  const stmt = db.prepare(query.sql);
  if (stmt.reader) return { rows: stmt.all(query.parameters) as unknown[] };
  const { changes, lastInsertRowid } = stmt.run(query.parameters);
  return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
}

class SplitConnection implements DatabaseConnection {
  #release: (() => void) | null = null;

  constructor(private readonly driver: SplitSqliteDriver) {}

  /** Holds the writer until `release`: for a transaction. */
  async hold(): Promise<void> {
    if (!this.#release) this.#release = await this.driver.writerTurn();
  }

  release(): void {
    this.#release?.();
    this.#release = null;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.#release) return run(this.driver.writer, query) as QueryResult<R>;
    if (this.driver.readOnly(query.sql)) return run(this.driver.reader, query) as QueryResult<R>;
    const release = await this.driver.writerTurn();
    try {
      return run(this.driver.writer, query) as QueryResult<R>;
    } finally {
      release();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) throw new Error('SQLite streams select queries only');
    // A stream spans many turns of the event loop: it reads its own snapshot, never holding the writer.
    const db = this.#release ? this.driver.writer : this.driver.reader;
    for (const row of db.prepare(query.sql).iterate(query.parameters)) yield { rows: [row as R] };
  }
}

export class SplitSqliteDriver implements Driver {
  readonly #mutex = new Mutex();
  /** Whether a statement may be read beside the writer, by its SQL (decided once per statement; db.ts says how). */
  readonly #readOnly = new Map<string, boolean>();

  constructor(
    readonly writer: SqliteDatabase,
    readonly reader: SqliteDatabase,
    private readonly isReadOnly: (sql: string) => boolean,
    private readonly close: () => void,
  ) {}

  writerTurn(): Promise<() => void> {
    return this.#mutex.lock();
  }

  readOnly(sql: string): boolean {
    let known = this.#readOnly.get(sql);
    if (known === undefined) {
      known = this.isReadOnly(sql);
      // Bounded like the statement caches: imports make many distinct statements.
      if (this.#readOnly.size >= 2000) this.#readOnly.clear();
      this.#readOnly.set(sql, known);
    }
    return known;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new SplitConnection(this);
  }

  /**
   * Every transaction takes SQLite's write lock at BEGIN, before its first read.
   * A deferred BEGIN reads from a snapshot, and if another process (the CLI, a
   * backup) commits before our first write, that write fails with
   * SQLITE_BUSY_SNAPSHOT, and with it every write of a group commit sharing the
   * transaction. Immediate, it waits its turn (busy_timeout) instead.
   */
  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    const c = connection as SplitConnection;
    await c.hold();
    await c.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoted(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${quoted(name)}`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release ${quoted(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as SplitConnection).release();
  }

  async destroy(): Promise<void> {
    this.close();
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
