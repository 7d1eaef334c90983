// Hot queries that Kysely builds and compiles once, then runs with new values.
// Building a query through Kysely's builder costs about 50 µs on this kind of
// machine, three times what SQLite takes to run the token check every request
// makes; a precompiled query skips the builder and keeps Kysely's SQL.
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Schema } from './schema.js';
import type { Db } from './tx.js';

interface Template {
  sql: string;
  /** For each parameter of the SQL, which argument fills it. */
  slots: number[];
}

/**
 * Wraps a query builder whose every value comes from its arguments (fixed
 * shape: no lists of varying length). The SQL is kept per dialect.
 */
export function precompiled<A extends unknown[], R>(build: (db: Db, ...args: A) => Compilable<R>): (db: Db, ...args: A) => Promise<QueryResult<R>> {
  const templates = new WeakMap<object, Template>();
  return async (db, ...args) => {
    const dialect = db.getExecutor().adapter.constructor;
    let template = templates.get(dialect);
    if (!template) {
      template = compileTemplate(db, args.length, build);
      templates.set(dialect, template);
    }
    return db.executeQuery<R>(CompiledQuery.raw(template.sql, template.slots.map((i) => args[i])));
  };
}

function compileTemplate<A extends unknown[], R>(db: Db, arity: number, build: (db: Db, ...args: A) => Compilable<R>): Template {
  const markers = Array.from({ length: arity }, (_, i) => `\u0000argument ${i}\u0000`);
  const compiled = build(db, ...(markers as A)).compile();
  const slots = compiled.parameters.map((p) => {
    const slot = markers.indexOf(p as string);
    if (slot < 0) throw new Error(`a precompiled query takes every value from its arguments; found ${JSON.stringify(p)} in: ${compiled.sql}`);
    return slot;
  });
  return { sql: compiled.sql, slots };
}

/**
 * A one-row insert of every column of a table, precompiled; run it once per
 * row. `columns` must name them all (the caller's type check makes sure).
 */
export function precompiledInsert<T extends keyof Schema>(table: T, columns: readonly (keyof Schema[T] & string)[]): (db: Db, row: Schema[T]) => Promise<unknown> {
  const insert = precompiled((db: Db, ...values: unknown[]) =>
    db.insertInto(table).values(Object.fromEntries(columns.map((c, i) => [c, values[i]])) as never),
  );
  return (db, row) => insert(db, ...columns.map((c) => row[c]));
}

/**
 * A many-row insert of every column of a table, precompiled for a fixed
 * number of rows per statement; the rows left over go in one at a time. For
 * imports: one statement per block of rows instead of one per row (each run
 * costs a round of Kysely's executor and, on PostgreSQL, a round trip), and no
 * query builder over 100,000 rows.
 */
export function precompiledInsertMany<T extends keyof Schema>(
  table: T,
  columns: readonly (keyof Schema[T] & string)[],
  rowsPerStatement: number,
): (db: Db, rows: readonly Schema[T][]) => Promise<void> {
  const width = columns.length;
  const block = precompiled((db: Db, ...values: unknown[]) =>
    db.insertInto(table).values(
      Array.from({ length: rowsPerStatement }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, values[r * width + i]]))) as never,
    ),
  );
  const one = precompiledInsert(table, columns);
  return async (db, rows) => {
    let start = 0;
    for (; start + rowsPerStatement <= rows.length; start += rowsPerStatement) {
      const values: unknown[] = new Array(rowsPerStatement * width);
      for (let r = 0; r < rowsPerStatement; r++) {
        const row = rows[start + r]!;
        for (let i = 0; i < width; i++) values[r * width + i] = row[columns[i]!];
      }
      await block(db, ...values);
    }
    for (; start < rows.length; start++) await one(db, rows[start]!);
  };
}
