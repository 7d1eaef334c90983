// SIGTERM lets requests in flight finish: an import whose body is still
// arriving when the signal comes is completed and answered, then the process
// exits cleanly.
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerOverHttp } from '../support/http-user.js';
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
});
