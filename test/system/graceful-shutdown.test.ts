// SIGTERM lets requests in flight finish: an import whose body is still
// arriving when the signal comes is completed and answered, then the process
// exits cleanly. Keep-alive clients do not hold it open: their answers close
// their connections, and idle ones are closed at once.
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { comboBody, registerOverHttp } from '../support/http-user.js';
import { head, RawConnection, within } from '../support/raw-http.js';
import { startServerProcess, stopServerProcess } from '../support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-sigterm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('finishes an in-flight request after SIGTERM, then exits 0', async () => {
    // At info level the server logs each request as it comes in, and the
    // signal as it takes it: the test waits for those, not for guessed times.
    const server = await startServerProcess({ BLADEWORK_DATA: dir, LOG_LEVEL: 'info' });
    try {
      const user = await registerOverHttp(server.url);
      const csv = readFileSync(new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url));
      const half = Math.floor(csv.length / 2);

      const req = request(new URL('/api/v1/import', server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'text/csv', 'content-length': String(csv.length) },
      });
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
      });
      req.write(csv.subarray(0, half));
      // The request is in flight: stop the server, then finish the body.
      await server.waitForLine((l) => l.includes('incoming request') && l.includes('"url":"/api/v1/import'));
      server.child.kill('SIGTERM');
      await server.waitForLine((l) => l.includes('shutting down'));
      req.end(csv.subarray(half));

      const res = await answer;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).report.rowsImported).toBeGreaterThan(0);
      expect(await server.exited).toBe(0);
    } finally {
      await stopServerProcess(server);
    }
  }, 30_000);

  it('exits 0 after SIGTERM with 20 keep-alive clients mid-request, each answered with Connection: close', async () => {
    const server = await startServerProcess({ BLADEWORK_DATA: dir, LOG_LEVEL: 'info' });
    const conns: RawConnection[] = [];
    try {
      const user = await registerOverHttp(server.url);
      const auth = { authorization: `Bearer ${user.token}` };
      for (let i = 0; i < 20; i++) conns.push(await RawConnection.open(server.url));
      // Each connection has had an answer and is kept alive ...
      for (const c of conns) {
        await c.write(head('GET', '/api/v1/me', auth));
        expect((await c.response()).headers.connection).toBe('keep-alive');
      }
      // ... and now has a request whose body is still on its way.
      const sessionId = randomUUID();
      const bodies = conns.map((_, i) => JSON.stringify(comboBody(sessionId, '2026-11-21', i)));
      await Promise.all(
        conns.map((c, i) => c.write(head('POST', '/api/v1/combos', { ...auth, 'content-type': 'application/json', 'content-length': bodies[i]!.length }) + bodies[i]!.slice(0, 10))),
      );
      const combosSeen = () => server.output.filter((l) => l.includes('incoming request') && l.includes('"url":"/api/v1/combos"')).length;
      await server.waitForLine((l) => l.includes('incoming request') && combosSeen() >= conns.length);

      server.child.kill('SIGTERM');
      await server.waitForLine((l) => l.includes('shutting down'));
      await Promise.all(conns.map((c, i) => c.write(bodies[i]!.slice(10))));
      const answers = await within(Promise.all(conns.map((c) => c.response())), 10_000, 'the answers to the requests in flight');
      for (const res of answers) {
        expect(res.status).toBe(201);
        expect(res.headers.connection).toBe('close');
      }
      expect(await within(server.exited, 10_000, 'the process exiting')).toBe(0);
    } finally {
      for (const c of conns) c.destroy();
      await stopServerProcess(server, 'SIGKILL');
    }
  }, 60_000);
});
