// The ceiling for the durable write benchmark: the rows one logged combo round
// stores, written straight through better-sqlite3's prepared statements with no
// HTTP, validation or query builder, on the real schema. One transaction a
// round (what acknowledging each write costs) and fifty a transaction (the
// best group commit could do). No write endpoint can beat these figures.
import { randomUUID } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WRITES_PER_CHECKPOINT } from '../src/store/checkpointer.js';
import { logCombo, migrateToLatest, openDatabase, users } from '../src/store/index.js';
import type { SessionSink } from '../src/interop/collect-sessions.js';
import { readCsv } from '../src/interop/import.js';

export interface SqliteCeiling {
  perTransaction: number;
  fiftyPerTransaction: number;
}

export async function measureSqliteCeiling(rounds = 5000): Promise<SqliteCeiling> {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-ceiling-'));
  const store = await openDatabase({ kind: 'sqlite', file: join(dir, 'ceiling.sqlite') });
  try {
    if (store.kind !== 'sqlite') throw new Error('the ceiling is measured on SQLite');
    await migrateToLatest(store);
    const user = await users.createUser(store.db, { email: 'ceiling@example.org', passwordHash: 'x', displayName: 'ceiling' });
    const s = store.sqlite;
    const sessionId = randomUUID();
    s.prepare(`insert into training_sessions (id, user_id, date, source, created_at) values (?, ?, '2026-11-18', 'app', ?)`).run(sessionId, user.id, new Date().toISOString());
    const q = {
      findLog: s.prepare('select * from combo_logs where id = ?'),
      session: s.prepare('select * from training_sessions where id = ?'),
      setOwner: s.prepare('select id, user_id from sets where id = ?'),
      position: s.prepare('select max(position) as m from combo_logs where session_id = ?'),
      log: s.prepare(`insert into combo_logs (id, user_id, session_id, position, combo_id, compound_exercise_id, shrug_exercise_id, unit, bodyweight, seconds_between, rest_seconds, notes, created_at)
        values (?, ?, ?, ?, 'deadlift_elevation', 'barbell_deadlift', 'barbell_shrug', 'kg', null, 1, null, null, ?)`),
      set: s.prepare(`insert into sets (id, user_id, session_id, combo_log_id, position, exercise_id, kind, load, unit, reps, rir, to_failure, seconds, distance, notes)
        values (?, ?, ?, ?, ?, ?, ?, ?, 'kg', ?, ?, ?, null, null, null)`),
      revision: s.prepare('update users set revision = revision + 1 where id = ?'),
    };
    const round = () => {
      const id = randomUUID();
      const compound = randomUUID();
      const shrug = randomUUID();
      q.findLog.get(id);
      q.session.get(sessionId);
      q.setOwner.get(compound);
      q.setOwner.get(shrug);
      const position = ((q.position.get(sessionId) as { m: number | null }).m ?? -1) + 1;
      q.log.run(id, user.id, sessionId, position, new Date().toISOString());
      q.set.run(compound, user.id, sessionId, id, 0, 'barbell_deadlift', 'compound', 140, 8, 2, 0);
      q.set.run(shrug, user.id, sessionId, id, 1, 'barbell_shrug', 'shrug', 140, 14, null, 1);
      q.revision.run(user.id);
    };
    const one = s.transaction(round);
    const fifty = s.transaction(() => {
      for (let i = 0; i < 50; i++) round();
    });
    // Checkpoints as the server has them (store/checkpointer.ts): the worker is
    // asked every WRITES_PER_CHECKPOINT write statements (four a round here),
    // and the loop lets its answers in, as the server's event loop does.
    const roundsPerAsk = Math.max(1, Math.floor(WRITES_PER_CHECKPOINT / 4));
    const rate = async (n: number, fn: () => void, perCall: number) => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        fn();
        if (((i + 1) * perCall) % roundsPerAsk < perCall) {
          void store.checkpoint();
          await new Promise((r) => setImmediate(r));
        }
      }
      return (n * perCall) / ((performance.now() - t0) / 1000);
    };
    await rate(500, one, 1); // warm-up
    return { perTransaction: await rate(rounds, one, 1), fiftyPerTransaction: await rate(rounds / 50, fifty, 50) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The ceiling for the import: the rows a Strong file of `sets` sets stores (a
 * session per 23 sets, ids as random as the derived ones), inserted straight
 * through better-sqlite3's prepared statements in one transaction on the real
 * schema, with nothing read or parsed. No import can store them faster.
 */
export async function measureImportCeiling(sets: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-import-ceiling-'));
  const store = await openDatabase({ kind: 'sqlite', file: join(dir, 'ceiling.sqlite') });
  try {
    if (store.kind !== 'sqlite') throw new Error('the ceiling is measured on SQLite');
    await migrateToLatest(store);
    const user = await users.createUser(store.db, { email: 'import-ceiling@example.org', passwordHash: 'x', displayName: 'ceiling' });
    const s = store.sqlite;
    const session = s.prepare(`insert into training_sessions (id, user_id, date, started_at, name, source, notes, created_at) values (?, ?, ?, ?, 'Pull day', 'import:strong', null, ?)`);
    const set = s.prepare(`insert into sets (id, user_id, session_id, combo_log_id, position, exercise_id, kind, load, unit, reps, rir, to_failure, seconds, distance, notes, rest_seconds)
      values (?, ?, ?, null, ?, 'barbell_deadlift', 'normal', 100, 'kg', 5, null, 0, null, null, null, null)`);
    const now = new Date().toISOString();
    const t0 = performance.now();
    s.transaction(() => {
      let sessionId = '';
      for (let i = 0; i < sets; i++) {
        if (i % 23 === 0) {
          sessionId = randomUUID();
          session.run(sessionId, user.id, '2020-01-01', '2020-01-01T18:02:11', now);
        }
        set.run(randomUUID(), user.id, sessionId, (i % 23) + 1);
      }
    })();
    return (performance.now() - t0) / 1000;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The write path without HTTP: logCombo through the store's group commit,
 * `concurrency` rounds in flight at once as 50 connections keep them, each
 * answered after its commit. What POST /combos could reach if HTTP, JSON and
 * validation cost nothing: the gap to the figure over HTTP is theirs.
 */
export async function measureGroupCommitInProcess(rounds = 10_000, concurrency = 50): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-group-'));
  const store = await openDatabase({ kind: 'sqlite', file: join(dir, 'group.sqlite') });
  try {
    await migrateToLatest(store);
    const user = await users.createUser(store.db, { email: 'group@example.org', passwordHash: 'x', displayName: 'group' });
    let sessionId = randomUUID();
    let next = 0;
    const one = (i: number) => {
      if (i % 50 === 0) sessionId = randomUUID(); // a session holds at most 100 rounds
      const session = sessionId;
      return store.write((trx) =>
        logCombo(trx, user.id, {
          sessionId: session,
          sessionDate: '2026-11-18',
          comboLogId: randomUUID(),
          comboId: 'deadlift_elevation',
          compoundExerciseId: 'barbell_deadlift',
          shrugExerciseId: 'barbell_shrug',
          unit: 'kg',
          bodyweight: null,
          secondsBetween: 1,
          sets: [
            { id: randomUUID(), kind: 'compound', load: 140, reps: 8, rir: 2 },
            { id: randomUUID(), kind: 'shrug', load: 140, reps: 14, toFailure: true },
          ],
        }),
      );
    };
    const run = async (n: number) => {
      const end = next + n;
      const t0 = performance.now();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (next < end) await one(next++);
      }));
      return n / ((performance.now() - t0) / 1000);
    };
    await run(1000); // warm-up
    return await run(rounds);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The other half of the import's floor: the file read as the import reads it
 * (streamed from disk, parsed, each row turned into a set), into a sink that
 * only counts, with nothing stored and no ids made. Best of three runs, in seconds.
 */
export async function measureImportRead(file: string): Promise<{ seconds: number; sets: number }> {
  let best = Infinity;
  let sets = 0;
  for (let run = 0; run < 3; run++) {
    let counted = 0;
    const sink: SessionSink = { session: () => {}, set: () => void counted++, rest: () => {} };
    const s = performance.now();
    await readCsv(createReadStream(file), sink, { format: 'strong' });
    best = Math.min(best, (performance.now() - s) / 1000);
    sets = counted;
  }
  return { seconds: best, sets };
}
