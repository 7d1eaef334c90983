// The read and the durable write on PostgreSQL (npm run bench, when
// BLADEWORK_BENCH_PG_URL names a database): one server process, then two on
// the same database at once (as behind a load balancer), each against the
// bare node:http figure of the same run. A schema of its own, dropped after.
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { roundRobinSessions } from './sessions.js';
import { record } from './figures.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CONNECTIONS = 50;
const LIFTERS = 10;

async function admin(url: string, statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

function serve(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/bladework.js', 'serve', '--port', '0'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    createInterface({ input: child.stdout! }).once('line', (line) => res({ url: line.trim().replace(/\/$/, ''), child }));
    child.once('exit', (code) => rej(new Error(`server exited with ${code}`)));
  });
}

async function call(base: string, path: string, init: { method: string; body?: string; headers?: Record<string, string> }) {
  const res = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${init.method} ${path}: ${res.status} ${text}`);
  return { res, body: text ? JSON.parse(text) : null };
}

/** Runs `opts` against every url at once, connections shared out, and sums them. */
async function together(urls: string[], opts: (url: string) => autocannon.Options, seconds: number) {
  const per = Math.floor(CONNECTIONS / urls.length);
  await Promise.all(urls.map((u) => autocannon({ ...opts(u), connections: per, duration: 2 })));
  const runs = await Promise.all(urls.map((u) => autocannon({ ...opts(u), connections: per, duration: seconds })));
  return {
    rps: runs.reduce((n, r) => n + r.requests.average, 0),
    p99: Math.max(...runs.map((r) => r.latency.p99)),
    bad: runs.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0),
  };
}

export async function runPostgresBench(bareRps: number, seconds: number): Promise<void> {
  const url = process.env.BLADEWORK_BENCH_PG_URL;
  if (!url) {
    console.log('\nPostgreSQL: SKIPPED, set BLADEWORK_BENCH_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to measure it');
    return;
  }
  const schema = `bw_bench_${randomBytes(5).toString('hex')}`;
  await admin(url, `create schema ${schema}`);
  const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const children: ChildProcess[] = [];
  try {
    const one = await serve(scoped);
    children.push(one.child);
    // Ten lifters: one lifter's writes take turns on their own row (the revision every write bumps), as their phones' would.
    const lifters: Record<string, string>[] = [];
    for (let i = 0; i < LIFTERS; i++) {
      const reg = await call(one.url, '/api/v1/auth/register', { method: 'POST', body: JSON.stringify({ email: `pg-${randomUUID()}@example.org`, password: 'bench password' }) });
      const cookie = (reg.res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { body } = await call(one.url, '/api/v1/tokens', { method: 'POST', body: JSON.stringify({ name: 'bench' }), headers: { cookie } });
      const auth = { authorization: `Bearer ${body.token as string}` };
      await call(one.url, '/api/v1/profile', { method: 'PUT', headers: auth, body: JSON.stringify({ unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], equipment: { preset: 'commercial' } }) });
      await call(one.url, '/api/v1/plan/generate', { method: 'POST', headers: auth, body: '{}' });
      lifters.push(auth);
    }
    const auth = lifters[0]!;
    const sessionOf = roundRobinSessions();
    let n = 0;
    const round = () => {
      const sessionId = sessionOf(n++);
      return JSON.stringify({ id: randomUUID(), sessionId, date: '2026-11-18', combo: 'deadlift_elevation', unit: 'kg', compound: { id: randomUUID(), load: 100, reps: 8, rir: 2 }, shrug: { id: randomUUID(), load: 100, reps: 12, toFailure: true }, secondsBetween: 1 });
    };
    const read = (u: string): autocannon.Options => ({ url: `${u}/api/v1/today?day=wed`, headers: auth });
    // Each round goes out as the lifter whose sessions it fills (sessions round-robin over 50, lifters over LIFTERS).
    const write = (u: string): autocannon.Options => ({
      url: `${u}/api/v1/combos`,
      method: 'POST',
      requests: [{ setupRequest: (req) => ({ ...req, headers: { ...lifters[n % LIFTERS]!, 'content-type': 'application/json' }, body: round() }) }],
    });

    const r1 = await together([one.url], read, seconds);
    const w1 = await together([one.url], write, seconds);
    const two = await serve(scoped);
    children.push(two.child);
    const r2 = await together([one.url, two.url], read, seconds);
    const w2 = await together([one.url, two.url], write, seconds);
    const f = (x: number, d = 0) => x.toFixed(d);
    console.log(`\nPostgreSQL (${CONNECTIONS} connections, ${seconds} s each, writes from ${LIFTERS} lifters; one server process, then two on the same database, connections shared out)`);
    const line = (name: string, x: { rps: number; p99: number; bad: number }) =>
      console.log(`${name.padEnd(44)} ${f(x.rps).padStart(6)} req/s  p99 ${f(x.p99).padStart(4)} ms  ${f(x.rps / bareRps, 2)}× bare${x.bad ? `  (${x.bad} errors or non-2xx)` : ''}`);
    line('GET /api/v1/today, one process', r1);
    line('POST /api/v1/combos, one process', w1);
    line('GET /api/v1/today, two processes', r2);
    line('POST /api/v1/combos, two processes', w2);
    record('pg.readRps', r1.rps);
    record('pg.readP99', r1.p99);
    record('pg.readRatio', r1.rps / bareRps);
    record('pg.writeRps', w1.rps);
    record('pg.writeP99', w1.p99);
    record('pg.writeRatio', w1.rps / bareRps);
    record('pg.twoProcessReadRps', r2.rps);
    record('pg.twoProcessWriteRps', w2.rps);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    await admin(url, `drop schema ${schema} cascade`);
  }
}
