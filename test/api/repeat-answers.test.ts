// A view's answer sent again without the framework (src/api/repeat-answers.ts):
// over a real port, since the repeat happens in node's server before Fastify
// (inject() never reaches it). Each test counts the requests that reached the
// framework, and checks that a repeated answer is the framework's, byte for byte.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/api/app.js';
import { SESSION_COOKIE } from '../../src/api/auth.js';
import { migrateToLatest } from '../../src/store/index.js';
import { backends } from '../support/backends.js';
import { TEST_PASSWORD_COST } from '../support/api.js';

const sqlite = backends.find((b) => b.name === 'sqlite')!;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request on its own connection, the body as raw bytes (no decoding); marked so the framework's count sees only these. */
function get(base: string, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers: { ...headers, 'x-over-http': '1' }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Every header but the ones node writes per answer. */
function sent(a: Answer) {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...rest } = a.headers;
  return rest;
}

const PROFILE = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], equipment: { preset: 'commercial' } };

interface Served {
  app: App;
  base: string;
  /** Requests that reached the framework so far. */
  reached(): number;
  /** The server's clock; with `tick`, each reading moves it on by that many ms. */
  clock: { at: Date; tick?: number };
  logged: string[];
  drop(): Promise<void>;
}

async function serve(opts: { logRequests?: boolean } = {}): Promise<Served> {
  const handle = await sqlite.fresh();
  await migrateToLatest(handle.store);
  const clock: Served['clock'] = { at: new Date('2026-12-02T10:00:00.000Z') };
  const read = () => {
    const at = clock.at;
    if (clock.tick) clock.at = new Date(at.getTime() + clock.tick);
    return at;
  };
  const logged: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    store: handle.store,
    config: { secureCookies: false },
    now: read,
    passwordCost: TEST_PASSWORD_COST,
    signInsPerMinute: 100_000,
    ...(opts.logRequests ? { logger: { level: 'info', stream: sink } as never } : {}),
  });
  let reached = 0;
  app.addHook('onRequest', (req, _reply, done) => {
    if (req.headers['x-over-http'] !== undefined) reached++;
    done();
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    reached: () => reached,
    clock,
    logged,
    async drop() {
      await app.close();
      await handle.drop();
    },
  };
}

/** A lifter with a profile and a plan, signed up through the framework. */
async function lifter(app: App, name: string): Promise<{ cookie: string; token: string }> {
  const reg = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: `${name}-${Math.random()}@example.org`, password: 'correct horse battery' } });
  expect(reg.statusCode).toBe(201);
  const cookie = `${SESSION_COOKIE}=${reg.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`;
  const headers = { cookie };
  expect((await app.inject({ method: 'PUT', url: '/api/v1/profile', headers, payload: PROFILE })).statusCode).toBe(200);
  expect((await app.inject({ method: 'POST', url: '/api/v1/plan/generate', headers, payload: {} })).statusCode).toBe(201);
  const tok = await app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload: { name: 'phone' } });
  return { cookie, token: tok.json().token as string };
}

describe('answers sent again without the framework', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.drop());

  it('sends a view again byte for byte, headers and all, until something is written', async () => {
    const { cookie } = await lifter(s.app, 'again');
    for (const encoding of ['br', 'gzip', '']) {
      const headers: Record<string, string> = encoding ? { cookie, 'accept-encoding': encoding } : { cookie };
      const before = s.reached();
      const first = await get(s.base, '/api/v1/today?day=wed', headers);
      expect(first.status).toBe(200);
      expect(s.reached()).toBe(before + 1);
      const again = await get(s.base, '/api/v1/today?day=wed', headers);
      const third = await get(s.base, '/api/v1/today?day=wed', headers);
      expect(s.reached()).toBe(before + 1);
      for (const a of [again, third]) {
        expect(a.status).toBe(200);
        expect(a.body.equals(first.body)).toBe(true);
        expect(sent(a)).toEqual(sent(first));
      }
      expect(first.headers['content-encoding']).toBe(encoding || undefined);
      expect(first.headers['content-security-policy']).toBeDefined();
      expect(first.headers['cache-control']).toBe('no-store');
    }
    // The plain answer is the view itself, its non-ASCII text intact.
    const plain = await get(s.base, '/api/v1/today?day=wed', { cookie });
    const framework = await s.app.inject({ method: 'GET', url: '/api/v1/today?day=wed', headers: { cookie } });
    expect(plain.body.toString('utf8')).toBe(framework.body);
    expect(JSON.parse(plain.body.toString('utf8')).weekday).toBe('wed');
  });

  it('goes to the framework after a write, the lifter\'s own or anyone\'s, and then answers from the new view', async () => {
    const { cookie } = await lifter(s.app, 'writer');
    const other = await lifter(s.app, 'other');
    const ask = () => get(s.base, '/api/v1/today?day=wed', { cookie });
    const kg = await ask();
    await ask();
    let before = s.reached();
    // Another lifter's write: the view is the same, but it is checked again.
    expect((await s.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: { cookie: other.cookie }, payload: { ...PROFILE, bodyweight: 90 } })).statusCode).toBe(200);
    const afterOther = await ask();
    expect(s.reached()).toBe(before + 1);
    expect(afterOther.body.equals(kg.body)).toBe(true);
    // The lifter's own change: the new view, never the kept one.
    expect((await s.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: { cookie }, payload: { ...PROFILE, unit: 'lb' } })).statusCode).toBe(200);
    before = s.reached();
    const lb = await ask();
    expect(s.reached()).toBe(before + 1);
    expect(lb.body.equals(kg.body)).toBe(false);
    expect(lb.body.toString()).toBe((await s.app.inject({ method: 'GET', url: '/api/v1/today?day=wed', headers: { cookie } })).body);
    before = s.reached();
    expect((await ask()).body.equals(lb.body)).toBe(true);
    expect(s.reached()).toBe(before);
  });

  it('goes to the framework once the day is over: views count weeks to today', async () => {
    const { cookie } = await lifter(s.app, 'midnight');
    s.clock.at = new Date('2026-12-02T23:59:30.000Z');
    const ask = () => get(s.base, '/api/v1/today', { cookie });
    // The first ask after a while stamps the token as used: a write, so the second is checked again too.
    await ask();
    const tonight = await ask();
    expect(JSON.parse(tonight.body.toString()).date).toBe('2026-12-02');
    const before = s.reached();
    s.clock.at = new Date('2026-12-02T23:59:45.000Z');
    expect((await ask()).body.equals(tonight.body)).toBe(true);
    expect(s.reached()).toBe(before);
    // Within a minute of the stamp, so only the day's end sends it to the framework.
    s.clock.at = new Date('2026-12-03T00:00:05.000Z');
    const tomorrow = await ask();
    expect(s.reached()).toBe(before + 1);
    expect(JSON.parse(tomorrow.body.toString()).date).toBe('2026-12-03');
    s.clock.at = new Date('2026-12-02T10:00:00.000Z');
  });

  it('does not keep a view made just before midnight into the new day', async () => {
    const { cookie } = await lifter(s.app, 'late');
    const ask = () => get(s.base, '/api/v1/today', { cookie });
    s.clock.at = new Date('2026-12-02T23:59:30.000Z');
    await ask(); // stamps the token as used
    // The clock is read as the request comes in (.985, .990) and as its view
    // is made (.995); had the answer been kept by the clock at the end
    // (00:00:00.000), yesterday's view would stand all the next day.
    s.clock.at = new Date('2026-12-02T23:59:59.985Z');
    s.clock.tick = 5;
    const late = await ask();
    delete s.clock.tick;
    expect(JSON.parse(late.body.toString()).date).toBe('2026-12-02');
    s.clock.at = new Date('2026-12-03T00:00:05.000Z');
    const before = s.reached();
    const next = await ask();
    expect(s.reached()).toBe(before + 1);
    expect(JSON.parse(next.body.toString()).date).toBe('2026-12-03');
    s.clock.at = new Date('2026-12-02T10:00:00.000Z');
  });

  it('keeps each caller, URL and encoding apart, and a logged-out session gets nothing', async () => {
    const a = await lifter(s.app, 'apart-a');
    const b = await lifter(s.app, 'apart-b');
    const mine = await get(s.base, '/api/v1/today?day=wed', { cookie: a.cookie });
    await get(s.base, '/api/v1/today?day=wed', { cookie: a.cookie });
    let before = s.reached();
    // The same URL with another credential, another URL, another encoding: each reaches the framework.
    const theirs = await get(s.base, '/api/v1/today?day=wed', { cookie: b.cookie });
    const bearer = await get(s.base, '/api/v1/today?day=wed', { authorization: `Bearer ${a.token}` });
    const thursday = await get(s.base, '/api/v1/today?day=thu', { cookie: a.cookie });
    const gz = await get(s.base, '/api/v1/today?day=wed', { cookie: a.cookie, 'accept-encoding': 'gzip' });
    expect(s.reached()).toBe(before + 4);
    expect([theirs, bearer, thursday, gz].every((r) => r.status === 200)).toBe(true);
    expect(bearer.body.equals(mine.body)).toBe(true);
    expect(thursday.body.equals(mine.body)).toBe(false);
    // A made-up token is never answered from what was kept.
    before = s.reached();
    expect((await get(s.base, '/api/v1/today?day=wed', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect((await get(s.base, '/api/v1/today?day=wed', { authorization: 'Bearer not-a-token' })).status).toBe(401);
    expect(s.reached()).toBe(before + 2);
    // Logging out is a write: the kept answer no longer holds.
    expect((await s.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: a.cookie } })).statusCode).toBe(204);
    expect((await get(s.base, '/api/v1/today?day=wed', { cookie: a.cookie })).status).toBe(401);
  });

  it('leaves a HEAD, a GET with a body and an answer that is not a view to the framework', async () => {
    const { cookie } = await lifter(s.app, 'others');
    await get(s.base, '/api/v1/today?day=wed', { cookie });
    let before = s.reached();
    await get(s.base, '/api/v1/today?day=wed', { cookie }, 'HEAD');
    await get(s.base, '/api/v1/today?day=wed', { cookie }, 'HEAD');
    await get(s.base, '/api/v1/today?day=wed', { cookie, 'content-length': '0' });
    expect(s.reached()).toBe(before + 2);
    before = s.reached();
    const withBody = await get(s.base, '/api/v1/today?day=wed', { cookie, 'content-type': 'application/json', 'content-length': '2' }, 'GET', '{}');
    expect(withBody.status).toBe(200);
    expect(s.reached()).toBe(before + 1);
    before = s.reached();
    await get(s.base, '/api/v1/profile', { cookie });
    await get(s.base, '/api/v1/profile', { cookie });
    expect(s.reached()).toBe(before + 2);
  });

  it('sends Progress views again too, as the framework sent them for every encoding', async () => {
    const { cookie } = await lifter(s.app, 'progress');
    for (const encoding of ['br', 'gzip', 'x-gzip', 'deflate', 'identity']) {
      const headers = { cookie, 'accept-encoding': encoding };
      for (const url of ['/api/v1/analytics?weeks=4', '/api/v1/next']) {
        const first = await get(s.base, url, headers);
        expect(first.status).toBe(200);
        const before = s.reached();
        const again = await get(s.base, url, headers);
        expect(s.reached()).toBe(before);
        expect(again.body.equals(first.body)).toBe(true);
        expect(sent(again)).toEqual(sent(first));
      }
    }
  });
});

describe('with every request logged', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve({ logRequests: true });
  });
  afterAll(() => s.drop());

  it('lets every request reach the framework, so each is in the log', async () => {
    const { cookie } = await lifter(s.app, 'logged');
    const before = s.reached();
    for (let i = 0; i < 3; i++) expect((await get(s.base, '/api/v1/today?day=wed', { cookie })).status).toBe(200);
    expect(s.reached()).toBe(before + 3);
    const incoming = s.logged.filter((line) => line.includes('incoming request') && line.includes('/api/v1/today?day=wed'));
    expect(incoming).toHaveLength(3);
  });
});
