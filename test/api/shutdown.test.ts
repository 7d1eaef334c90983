// close() with keep-alive clients: the requests in flight are finished and
// answered with "Connection: close", idle connections are closed at once, and
// close() resolves without waiting out the 72 s keep-alive timeout.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import type { ServerConfig } from '../../src/services/config.js';
import { comboBody, registerOverHttp } from '../support/http-user.js';
import { head, RawConnection, within } from '../support/raw-http.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-close-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string): ServerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    database: { kind: 'sqlite', file: join(dir, `${name}.sqlite`) },
    secureCookies: false,
    trustProxy: false,
    logLevel: 'silent',
  };
}

/** Resolves once the server has taken the heads of `n` requests to `url`. */
function requestsArrived(server: RunningServer, url: string, n: number): Promise<void> {
  return new Promise((res) => {
    let seen = 0;
    const watch = (req: { url?: string }) => {
      if (req.url !== url || ++seen < n) return;
      server.app.server.off('request', watch);
      res();
    };
    server.app.server.on('request', watch);
  });
}

/** Whatever happened, nothing of the server outlives the test. */
async function shutHard(server: RunningServer, conns: RawConnection[]) {
  for (const c of conns) c.destroy();
  server.app.server.closeAllConnections();
  await server.close();
}

describe('close() with keep-alive clients', () => {
  it('finishes the requests in flight with Connection: close, closes the idle connections, and resolves', async () => {
    const server = await startServer(config('close'));
    const conns: RawConnection[] = [];
    try {
      const user = await registerOverHttp(server.url);
      const auth = { authorization: `Bearer ${user.token}` };
      for (let i = 0; i < 20; i++) conns.push(await RawConnection.open(server.url));
      // Every connection has had one answer and is kept alive.
      for (const c of conns) {
        await c.write(head('GET', '/api/v1/me', auth));
        const res = await c.response();
        expect(res.status).toBe(200);
        expect(res.headers.connection).toBe('keep-alive');
      }
      // Ten of them start a request whose body is still on its way; ten stay idle.
      const busy = conns.slice(0, 10);
      const idle = conns.slice(10);
      const sessionId = randomUUID();
      const bodies = busy.map((_, i) => JSON.stringify(comboBody(sessionId, '2026-11-20', i)));
      const arrived = requestsArrived(server, '/api/v1/combos', busy.length);
      await Promise.all(
        busy.map((c, i) =>
          c.write(head('POST', '/api/v1/combos', { ...auth, 'content-type': 'application/json', 'content-length': bodies[i]!.length }) + bodies[i]!.slice(0, 10)),
        ),
      );
      await within(arrived, 10_000, 'the requests reaching the server');

      const closing = server.close();
      await within(Promise.all(idle.map((c) => c.closed)), 10_000, 'the idle connections closing');
      expect(busy.every((c) => c.isOpen)).toBe(true);

      await Promise.all(busy.map((c, i) => c.write(bodies[i]!.slice(10))));
      const answers = await within(Promise.all(busy.map((c) => c.response())), 10_000, 'the answers to the requests in flight');
      for (const res of answers) {
        expect(res.status).toBe(201);
        expect(res.headers.connection).toBe('close');
      }
      await within(Promise.all(busy.map((c) => c.closed)), 10_000, 'the answered connections closing');
      await within(closing, 10_000, 'close()');
    } finally {
      await shutHard(server, conns);
    }
  }, 60_000);

  it('cuts a request that never finishes once the deadline has passed, so close() always ends', async () => {
    // The deadline is 8 s in production; a short one keeps the test short.
    const server = await startServer(config('deadline'), { closeDeadlineMs: 300 });
    const conns: RawConnection[] = [];
    try {
      const user = await registerOverHttp(server.url);
      const stuck = await RawConnection.open(server.url);
      conns.push(stuck);
      const arrived = requestsArrived(server, '/api/v1/combos', 1);
      // Says 1000 bytes are coming, sends 10, and never the rest.
      await stuck.write(head('POST', '/api/v1/combos', { authorization: `Bearer ${user.token}`, 'content-type': 'application/json', 'content-length': 1000 }) + '{"id":"abc');
      await within(arrived, 10_000, 'the request reaching the server');
      await within(server.close(), 10_000, 'close()');
      await within(stuck.closed, 10_000, 'the stuck connection closing');
    } finally {
      await shutHard(server, conns);
    }
  }, 60_000);
});
