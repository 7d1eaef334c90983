// Two stateless server processes on one PostgreSQL, as behind a load balancer:
// a session made on one is valid on the other, and writes through both are all seen.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgAdmin } from '../support/backends.js';
import { comboBody } from '../support/http-user.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/server-process.js';

const pgUrl = process.env.BLADEWORK_TEST_PG_URL;
if (!pgUrl) console.log('two-servers: SKIPPED because BLADEWORK_TEST_PG_URL is not set (needs PostgreSQL)');

const admin = (statement: string) => pgAdmin(pgUrl!, statement);

describe.skipIf(!pgUrl)('two server processes on one PostgreSQL', () => {
  const schema = `bw_two_${randomBytes(5).toString('hex')}`;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    await admin(`create schema ${schema}`);
    const env = { DATABASE_URL: `${pgUrl}${pgUrl!.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` };
    a = await startServerProcess(env); // migrates
    b = await startServerProcess(env); // finds it migrated
  }, 60_000);

  afterAll(async () => {
    if (a) await stopServerProcess(a);
    if (b) await stopServerProcess(b);
    await admin(`drop schema ${schema} cascade`);
  });

  it('accepts on B a session cookie made on A, and sees writes made through both', async () => {
    const reg = await fetch(new URL('/api/v1/auth/register', a.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `two-${randomUUID()}@example.org`, password: 'correct horse battery' }),
    });
    expect(reg.status).toBe(201);
    const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = await fetch(new URL('/api/v1/me', b.url), { headers: { cookie } });
    expect(me.status).toBe(200);

    const sessionId = randomUUID();
    const bodies = Array.from({ length: 20 }, (_, i) => comboBody(sessionId, '2026-11-20', i));
    await Promise.all(
      bodies.map(async (body, i) => {
        const res = await fetch(new URL('/api/v1/combos', i % 2 ? a.url : b.url), {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(201);
      }),
    );
    for (const server of [a, b]) {
      const res = await fetch(new URL('/api/v1/history?limit=100', server.url), { headers: { cookie } });
      const page = (await res.json()) as { sessions: { combos: { id: string }[] }[] };
      const ids = page.sessions.flatMap((s) => s.combos.map((c) => c.id)).sort();
      expect(ids).toEqual(bodies.map((x) => x.id).sort());
    }
  }, 60_000);
});
