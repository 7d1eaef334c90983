// An answer given before the request was read whole closes the connection and
// says so ("Connection: close"): a body over the limit gets 413 without being
// read, and the parser's own refusals (431 for a huge head, 400 for a garbled
// one) do the same. Ordinary answers keep the connection alive.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { registerOverHttp } from '../support/http-user.js';
import { head, RawConnection, within } from '../support/raw-http.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-early-'));
let server: RunningServer;
let auth: Record<string, string>;
const conns: RawConnection[] = [];

beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    database: { kind: 'sqlite', file: join(dir, 'early.sqlite') },
    secureCookies: false,
    trustProxy: false,
    logLevel: 'silent',
  });
  auth = { authorization: `Bearer ${(await registerOverHttp(server.url)).token}` };
});

afterAll(async () => {
  for (const c of conns) c.destroy();
  server?.app.server.closeAllConnections();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<RawConnection> {
  const c = await RawConnection.open(server.url);
  conns.push(c);
  return c;
}

/** The answer, which must close the connection and say so. */
async function answerThatCloses(c: RawConnection) {
  const res = await within(c.response(), 10_000, 'the answer');
  expect(res.headers.connection?.toLowerCase()).toBe('close');
  await within(c.closed, 10_000, 'the server closing the connection');
  return res;
}

const MB = 1024 * 1024;

describe('early answers close the connection', () => {
  it('keeps the connection alive for ordinary answers', async () => {
    const c = await open();
    for (let i = 0; i < 2; i++) {
      await c.write(head('GET', '/api/v1/import/formats'));
      const res = await c.response();
      expect(res.status).toBe(200);
      expect(res.headers.connection).toBe('keep-alive');
    }
    expect(c.isOpen).toBe(true);
  });

  it('answers a CSV import declared over 50 MB with 413 and closes, reading no more of it', async () => {
    const c = await open();
    await c.write(head('POST', '/api/v1/import', { ...auth, 'content-type': 'text/csv', 'content-length': 60 * MB }) + 'Date;Workout Name\n'.repeat(4000));
    const res = await answerThatCloses(c);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.code).toBe('payload_too_large');
  });

  it('answers a JSON import declared over 50 MB with 413 and closes', async () => {
    const c = await open();
    await c.write(head('POST', '/api/v1/import/json', { ...auth, 'content-type': 'application/json', 'content-length': 60 * MB }) + '{"version":1,"sessions":[');
    const res = await answerThatCloses(c);
    expect(res.status).toBe(413);
  });

  it('answers a chunked body that grows past the limit with 413 and closes', async () => {
    const c = await open();
    const chunk = Buffer.alloc(300 * 1024, 'a');
    // The body never ends: the answer must come without waiting for the rest.
    await c.write(head('POST', '/api/v1/combos', { ...auth, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }));
    await c.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]));
    const res = await answerThatCloses(c);
    expect(res.status).toBe(413);
  });

  it('answers a head over the size limit with 431 and Connection: close, and closes', async () => {
    const c = await open();
    await c.write(head('GET', '/api/v1/import/formats', { 'x-filler': 'f'.repeat(32 * 1024) }));
    const res = await answerThatCloses(c);
    expect(res.status).toBe(431);
  });

  it('answers a garbled request with 400 and Connection: close, and closes', async () => {
    const c = await open();
    await c.write('GET /api/v1/import/formats HTTP/1.1\r\nhost: localhost\r\nthis is not a header\r\n\r\n');
    const res = await answerThatCloses(c);
    expect(res.status).toBe(400);
  });
});
