// Analytics computed afresh over a 10-year history (issue 15, item 3): the
// server's time for GET /api/v1/analytics when the view cache cannot answer
// (a different asOf each request), beside the engine's analyze alone over the
// same rounds in the same run, and where the rest goes (reading the rows,
// turning the answer into JSON). In process (app.inject), so it is server time
// without the network. `npm run build && node dist/bench/analytics-cold.js`
// prints it; run.ts can call measureAnalyticsCold() for `analytics.coldMedianMs`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../src/api/app.js';
import { SESSION_COOKIE } from '../src/api/auth.js';
import { analyze } from '../src/engine/analytics/index.js';
import { allPlainSets, analyticsRounds, inTransaction, logCombo, migrateToLatest, openDatabase, type Db } from '../src/store/index.js';
import { generateHistory } from './history.js';

export interface AnalyticsColdResult {
  rounds: number;
  sets: number;
  runs: number;
  /** GET /api/v1/analytics, a different asOf each time so the view cache never answers. */
  coldMedianMs: number;
  coldWorstMs: number;
  /** analyze() alone over the same rounds, already in memory. */
  engineMedianMs: number;
  /** The parts of a cold answer, each timed on its own. */
  readComboLogsMedianMs: number;
  readPlainSetsMedianMs: number;
  stringifyMedianMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The bench's 10-year history straight through the store, as bench/api.ts seeds it (which could call this). */
export async function seedHistory(db: Db, userId: string): Promise<number> {
  const history = generateHistory();
  const sessionIds = new Map<string, string>();
  for (let i = 0; i < history.length; i += 2000) {
    await inTransaction(db, async (trx) => {
      for (const log of history.slice(i, i + 2000)) {
        let sessionId = sessionIds.get(log.date);
        if (!sessionId) sessionIds.set(log.date, (sessionId = randomUUID()));
        await logCombo(trx, userId, {
          sessionId,
          sessionDate: log.date,
          comboLogId: randomUUID(),
          comboId: log.comboId,
          compoundExerciseId: log.compoundId,
          shrugExerciseId: log.shrugId,
          unit: log.unit,
          bodyweight: log.bodyweight ?? null,
          secondsBetween: log.secondsBetween,
          sets: [
            { id: randomUUID(), kind: 'compound', load: log.compound.load, reps: log.compound.reps, rir: log.compound.rir },
            { id: randomUUID(), kind: 'shrug', load: log.shrug.load, reps: log.shrug.reps, toFailure: log.shrug.toFailure },
          ],
        });
      }
    });
  }
  return history.length;
}

export async function measureAnalyticsCold(opts: { runs?: number } = {}): Promise<AnalyticsColdResult> {
  const runs = Math.max(10, opts.runs ?? 15);
  const dataDir = mkdtempSync(join(tmpdir(), 'bladework-analytics-'));
  const store = await openDatabase({ kind: 'sqlite', file: join(dataDir, 'bladework.sqlite') });
  try {
    await migrateToLatest(store);
    const app = await buildApp({ store, config: { secureCookies: false }, passwordCost: { N: 2 ** 10, r: 8, p: 1 }, signInsPerMinute: 100_000 });
    try {
      const reg = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: `cold-${randomUUID()}@example.org`, password: 'bench password' } });
      const cookie = reg.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const userId = (reg.json() as { user: { id: string } }).user.id;
      const rounds = await seedHistory(store.db, userId);

      // Each asOf is new to the view cache; a few unmeasured first, so the JIT has settled.
      let day = 0;
      const cold = async () => {
        const asOf = new Date(Date.UTC(2024, 11, 31) - 86_400_000 * day++).toISOString().slice(0, 10);
        const s = performance.now();
        const res = await app.inject({ method: 'GET', url: `/api/v1/analytics?asOf=${asOf}&unit=kg`, cookies: { [SESSION_COOKIE]: cookie } });
        const ms = performance.now() - s;
        if (res.statusCode !== 200) throw new Error(`analytics: ${res.statusCode} ${res.body}`);
        return ms;
      };
      for (let i = 0; i < 3; i++) await cold();
      const coldMs: number[] = [];
      for (let i = 0; i < runs; i++) coldMs.push(await cold());

      const timed = async <T>(fn: () => T | Promise<T>): Promise<[number, T]> => {
        const s = performance.now();
        const out = await fn();
        return [performance.now() - s, out];
      };
      const logs = await analyticsRounds(store.db, userId);
      const plainSets = await allPlainSets(store.db, userId);
      const engine: number[] = [];
      const readLogs: number[] = [];
      const readPlain: number[] = [];
      const stringify: number[] = [];
      for (let i = 0; i < runs; i++) {
        readLogs.push((await timed(() => analyticsRounds(store.db, userId)))[0]);
        readPlain.push((await timed(() => allPlainSets(store.db, userId)))[0]);
        const [ms, analytics] = await timed(() => analyze(logs, { asOf: '2024-12-31', unit: 'kg', plainSets }));
        engine.push(ms);
        stringify.push((await timed(() => Buffer.from(JSON.stringify({ analytics }))))[0]);
      }
      return {
        rounds,
        sets: 2 * rounds + plainSets.length,
        runs,
        coldMedianMs: median(coldMs),
        coldWorstMs: Math.max(...coldMs),
        engineMedianMs: median(engine),
        readComboLogsMedianMs: median(readLogs),
        readPlainSetsMedianMs: median(readPlain),
        stringifyMedianMs: median(stringify),
      };
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureAnalyticsCold({ runs: Number(process.env.BENCH_RUNS ?? 15) });
  const f = (n: number) => n.toFixed(1);
  console.log(
    `GET /api/v1/analytics over ${r.rounds} rounds (${r.sets} sets), computed afresh, in process, ${r.runs} requests: ` +
      `median ${f(r.coldMedianMs)} ms, worst ${f(r.coldWorstMs)} ms — target < 50 ms ${r.coldMedianMs < 50 ? 'ok' : 'MISSED'}\n` +
      `  the same run, each part on its own (medians): analyze alone ${f(r.engineMedianMs)} ms; ` +
      `reading combo rounds ${f(r.readComboLogsMedianMs)} ms; reading imported sets ${f(r.readPlainSetsMedianMs)} ms; JSON of the answer ${f(r.stringifyMedianMs)} ms`,
  );
  if (process.env.BENCH_JSON_OUT) console.log(JSON.stringify(r));
}
