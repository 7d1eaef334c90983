// Kills the real server process with SIGKILL while writes stream in, several
// times, and checks that every acknowledged write is there exactly once, and
// that retrying every write afterwards (as an offline phone would) adds no
// duplicates.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type StoreConfig } from '../../src/store/index.js';
import { pgAdmin } from '../support/backends.js';
import { comboBody, registerOverHttp, type HttpUser } from '../support/http-user.js';
import { startServerProcess, stopServerProcess } from '../support/server-process.js';

const KILLS = 3;
const WRITERS = 4;
const pgUrl = process.env.BLADEWORK_TEST_PG_URL;

interface Target {
  name: string;
  env: Record<string, string>;
  store: StoreConfig;
  cleanup(): Promise<void>;
}

function sqliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'bladework-crash-'));
  return { name: 'sqlite', env: { BLADEWORK_DATA: dir }, store: { kind: 'sqlite', file: join(dir, 'bladework.sqlite') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

const admin = pgAdmin;

async function postgresTarget(url: string): Promise<Target> {
  const schema = `bw_crash_${randomBytes(5).toString('hex')}`;
  await admin(url, `create schema ${schema}`);
  const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { name: 'postgres', env: { DATABASE_URL: scoped }, store: { kind: 'postgres', url, schema }, cleanup: () => admin(url, `drop schema ${schema} cascade`) };
}

type Body = ReturnType<typeof comboBody>;

async function streamUntilKilled(base: string, user: HttpUser, attempted: Body[], acked: Set<string>, killAfterAcks: number, kill: () => void) {
  const sessionId = randomUUID();
  let dead = false;
  let ackedHere = 0;
  const writer = async () => {
    while (!dead) {
      const body = comboBody(sessionId, '2026-11-20', attempted.length);
      attempted.push(body);
      try {
        const res = await user.call(base, 'POST', '/api/v1/combos', body);
        if (res.status === 201 || res.status === 200) {
          acked.add(body.id);
          if (++ackedHere === killAfterAcks) {
            dead = true;
            kill();
          }
        } else if (!dead) {
          throw new Error(`unexpected ${res.status}: ${await res.text()}`);
        }
      } catch (e) {
        if (!dead) throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

const targets: { name: string; make: () => Promise<Target> }[] = [{ name: 'sqlite', make: async () => sqliteTarget() }];
if (pgUrl) targets.push({ name: 'postgres', make: () => postgresTarget(pgUrl) });
else console.log('crash-safety: PostgreSQL SKIPPED because BLADEWORK_TEST_PG_URL is not set');

describe('crash safety of acknowledged writes (real server, SIGKILL)', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  for (const { name, make } of targets) {
    it(`${name}: keeps every acknowledged combo exactly once across ${KILLS} kills`, async () => {
      const target = await make();
      cleanups.push(target.cleanup);
      const attempted: Body[] = [];
      const acked = new Set<string>();
      let user: HttpUser | undefined;
      for (let round = 0; round < KILLS; round++) {
        const server = await startServerProcess(target.env);
        try {
          user ??= await registerOverHttp(server.url);
          const before = acked.size;
          await streamUntilKilled(server.url, user, attempted, acked, 25 + round * 15, () => server.child.kill('SIGKILL'));
          expect(await server.exited).toBeNull(); // killed by a signal, not a clean exit
          expect(acked.size).toBeGreaterThan(before);
        } finally {
          // Already gone when all went well; if not, it must not outlive the test (and its writers stop with it).
          await stopServerProcess(server, 'SIGKILL');
        }
      }

      // Back up: retry every write, acknowledged or not. None may conflict.
      const server = await startServerProcess(target.env);
      try {
        for (const body of attempted) {
          const res = await user!.call(server.url, 'POST', '/api/v1/combos', body);
          expect([200, 201], `${body.id}: ${res.status}`).toContain(res.status);
          if (acked.has(body.id)) expect(res.status, 'an acknowledged write must already be there').toBe(200);
        }
      } finally {
        await stopServerProcess(server);
      }

      const store = await openDatabase(target.store);
      try {
        const rows = await store.db.selectFrom('combo_logs').select(['id']).execute();
        const counts = new Map<string, number>();
        for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
        for (const id of acked) expect(counts.get(id), id).toBe(1);
        expect(rows.length).toBe(new Set(attempted.map((b) => b.id)).size);
        const sets = await store.db.selectFrom('sets').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        expect(Number(sets.n)).toBe(rows.length * 2);
      } finally {
        await store.close();
      }
      console.log(`crash-safety on ${target.name}: ${KILLS} SIGKILLs, ${acked.size} acknowledged writes, ${attempted.length} attempted, all present exactly once`);
    }, 120_000);
  }
});
