// SIGTERM lets requests in flight finish: an import whose body is still
// arriving when the signal comes is completed and answered, then the process
// exits cleanly.
import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { registerOverHttp } from '../support/http-user.js';
import { startServerProcess } from '../support/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-sigterm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graceful shutdown', () => {
  it('finishes an in-flight request after SIGTERM, then exits 0', async () => {
    const server = await startServerProcess({ BLADEWORK_DATA: dir });
    const user = await registerOverHttp(server.url);
    const csv = readFileSync(new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url));
    const half = Math.floor(csv.length / 2);

    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(new URL('/api/v1/import', server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'text/csv', 'content-length': String(csv.length) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(csv.subarray(0, half));
      // The request is in flight: stop the server, then finish the body.
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => req.end(csv.subarray(half)), 300);
      }, 200);
    });

    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).report.rowsImported).toBeGreaterThan(0);
    expect(await server.exited).toBe(0);
  }, 30_000);
});
