// Durable writes on the embedded database, committed in groups. A commit is
// most of what a logged round costs SQLite (appending its pages to the WAL),
// and SQLite runs one write transaction at a time anyway; so writes that
// arrive while one group commits wait and then share the next group's one
// transaction. A write that fails is undone alone and answers its own error;
// the others still commit. Nobody is answered before the commit that holds
// their write.
//
// Savepoints would give each write its own undo, but they triple what SQLite
// spends on a round's statements (every page first changed under one is copied
// to a sub-journal: 33 against 100-130 µs a round here). So a group first runs
// without them; only when one of its writes fails is the whole transaction
// rolled back and the group run again, each write under its own savepoint.
// A write may therefore run twice: it must do nothing but its database work.
import type { ControlledTransaction } from 'kysely';
import type { Schema } from './schema.js';
import type { Db } from './tx.js';

export type WriteWork<T> = (trx: Db) => Promise<T>;

interface Job {
  work: WriteWork<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; err: unknown };

/** Writes in one group at most: bounds how long the first waits for the last. */
export const MAX_GROUP = 64;

export function groupCommit(db: Db, maxGroup = MAX_GROUP): <T>(work: WriteWork<T>) => Promise<T> {
  const queue: Job[] = [];
  let scheduled = false;

  const schedule = () => {
    scheduled = true;
    // After the I/O callbacks of this turn: requests parsed together join one group.
    setImmediate(() => void flush());
  };

  const flush = async () => {
    const group = queue.splice(0, maxGroup);
    try {
      const { outcomes, failed } = await commitGroup(db, group);
      group.forEach((job, i) => {
        const o = outcomes[i];
        if (o && !o.ok) job.reject(o.err); // its own error (a 409, a 404), commit or not
        else if (failed) job.reject(failed.err); // nothing of the group was kept
        else job.resolve(o!.value); // committed: every write of the group has its outcome
      });
    } finally {
      scheduled = false;
      if (queue.length > 0) schedule();
    }
  };

  return <T>(work: WriteWork<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!scheduled) schedule();
    });
}

type GroupResult = { outcomes: Outcome[]; failed?: { err: unknown } };

/** Runs the group's writes in one transaction; `failed` when it could not begin or commit. */
async function commitGroup(db: Db, group: Job[]): Promise<GroupResult> {
  // The common case: every write succeeds, and the group commits with no
  // savepoint. A group of one needs no second run: its error rolls the
  // transaction back, which is undoing that write alone, and is its answer.
  const bare = await inOneTransaction(db, group, async (trx, work) => {
    try {
      return { ok: true, value: await work(trx) };
    } catch (err) {
      if (group.length === 1) throw err;
      return 'again';
    }
  });
  return bare ?? (await inOneTransaction(db, group, runUnderSavepoint))!;
}

/**
 * Begins, runs each write through `run`, commits. Undefined when `run` says
 * 'again': the transaction is rolled back, for the group to be run once more.
 */
async function inOneTransaction(
  db: Db,
  group: Job[],
  run: (trx: ControlledTransaction<Schema>, work: WriteWork<unknown>) => Promise<Outcome | 'again'>,
): Promise<GroupResult | undefined> {
  const outcomes: Outcome[] = [];
  let trx: ControlledTransaction<Schema> | undefined;
  try {
    trx = await db.startTransaction().execute();
    for (const job of group) {
      const outcome = await run(trx, job.work);
      if (outcome === 'again') {
        await trx.rollback().execute().catch(() => {});
        return undefined;
      }
      outcomes.push(outcome);
    }
    await trx.commit().execute();
    return { outcomes };
  } catch (err) {
    await trx?.rollback().execute().catch(() => {});
    return { outcomes, failed: { err } };
  }
}

async function runUnderSavepoint(trx: ControlledTransaction<Schema>, work: WriteWork<unknown>): Promise<Outcome> {
  const sp = await trx.savepoint('write').execute();
  try {
    const value = await work(sp);
    await sp.releaseSavepoint('write').execute();
    return { ok: true, value };
  } catch (err) {
    // Undo this write's statements only; the savepoint then goes too.
    await sp.rollbackToSavepoint('write').execute();
    await sp.releaseSavepoint('write').execute();
    return { ok: false, err };
  }
}
