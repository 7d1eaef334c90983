// What RepeatAnswers keeps and for how long; test/api/repeat-answers.test.ts
// drives it through a real server.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { IdentityCache } from './identity-cache.js';
import { MAX_KEPT_BODY, RepeatAnswers, repeatsFirst } from './repeat-answers.js';

const NOW = new Date('2026-12-02T10:00:00.000Z');
const WHO = { userId: 'u1', revision: 7 };

function identities(revision = WHO.revision, lastUsed = NOW): IdentityCache {
  const cache = new IdentityCache();
  const user = { id: WHO.userId, email: 'a@example.org', displayName: 'A', createdAt: NOW.toISOString() };
  cache.set('tok', 'hash', 'm1', { tokenHash: 'hash', userId: user.id, kind: 'session', name: null, createdAt: user.createdAt, expiresAt: null, lastUsedAt: lastUsed.toISOString(), user, revision });
  return cache;
}

const ask = (url: string, headers: Record<string, string> = {}) =>
  ({ method: 'GET', url, headers: { authorization: 'Bearer tok', ...headers } }) as unknown as IncomingMessage;

function response() {
  const out: { status?: number; headers?: OutgoingHttpHeaders; body?: string; encoding?: string } = {};
  const res = {
    writeHead(status: number, headers: OutgoingHttpHeaders) {
      out.status = status;
      out.headers = headers;
    },
    end(body: string, encoding: string) {
      out.body = body;
      out.encoding = encoding;
    },
  } as unknown as ServerResponse;
  return { res, out };
}

describe('RepeatAnswers', () => {
  it('sends the kept bytes with the kept headers and their length', () => {
    const repeats = new RepeatAnswers(identities(), () => 'm1');
    const body = Buffer.from('{"note":"3×8 — done"}');
    repeats.keep(ask('/a'), WHO, { 'content-type': 'application/json', 'x-gone': undefined }, body, NOW);
    const { res, out } = response();
    expect(repeats.answer(ask('/a'), res, () => NOW)).toBe(true);
    expect(out.status).toBe(200);
    expect(out.headers).toEqual({ 'content-type': 'application/json', 'content-length': body.length });
    expect(Buffer.from(out.body!, out.encoding as BufferEncoding).equals(body)).toBe(true);
  });

  it('answers nothing once the store has been written, or the caller is at another revision', () => {
    let mark = 'm1';
    const repeats = new RepeatAnswers(identities(), () => mark);
    repeats.keep(ask('/a'), WHO, {}, Buffer.from('{}'), NOW);
    mark = 'm2';
    expect(repeats.answer(ask('/a'), response().res, () => NOW)).toBe(false);
    expect(repeats.size).toBe(0);
    const moved = new RepeatAnswers(identities(WHO.revision + 1), () => 'm1');
    moved.keep(ask('/a'), WHO, {}, Buffer.from('{}'), NOW);
    expect(moved.answer(ask('/a'), response().res, () => NOW)).toBe(false);
  });

  it('keeps nothing where the store cannot tell a write happened, nothing too big, and nothing without a token', () => {
    const blind = new RepeatAnswers(identities(), () => null);
    blind.keep(ask('/a'), WHO, {}, Buffer.from('{}'), NOW);
    expect(blind.size).toBe(0);
    const repeats = new RepeatAnswers(identities(), () => 'm1');
    repeats.keep(ask('/big'), WHO, {}, Buffer.alloc(MAX_KEPT_BODY + 1), NOW);
    repeats.keep({ method: 'GET', url: '/anon', headers: {} } as unknown as IncomingMessage, WHO, {}, Buffer.from('{}'), NOW);
    repeats.keep({ ...ask('/head'), method: 'HEAD' } as unknown as IncomingMessage, WHO, {}, Buffer.from('{}'), NOW);
    expect(repeats.size).toBe(0);
    repeats.keep(ask('/edge'), WHO, {}, Buffer.alloc(MAX_KEPT_BODY), NOW);
    expect(repeats.size).toBe(1);
  });

  it('holds at most its bound in answers, the least lately used going first', () => {
    const repeats = new RepeatAnswers(identities(), () => 'm1', 2);
    for (const url of ['/1', '/2', '/1', '/3']) repeats.keep(ask(url), WHO, {}, Buffer.from(url), NOW);
    expect(repeats.size).toBe(2);
    expect(repeats.answer(ask('/2'), response().res, () => NOW)).toBe(false);
    expect(repeats.answer(ask('/1'), response().res, () => NOW)).toBe(true);
    // /3 was kept after /1, but /1 was used since: /3 goes first.
    repeats.keep(ask('/4'), WHO, {}, Buffer.from('/4'), NOW);
    expect(repeats.answer(ask('/3'), response().res, () => NOW)).toBe(false);
    expect(repeats.answer(ask('/1'), response().res, () => NOW)).toBe(true);
    expect(repeats.answer(ask('/4'), response().res, () => NOW)).toBe(true);
  });

  it('holds at most its bound in bytes, keys with their credentials counted', () => {
    const body = Buffer.alloc(1000);
    const one = ask('/1').url!.length + 'Bearer tok'.length + 3 + body.length;
    const repeats = new RepeatAnswers(identities(), () => 'm1', 1024, 2 * one + 10);
    for (const url of ['/1', '/2', '/3']) repeats.keep(ask(url), WHO, {}, body, NOW);
    expect(repeats.size).toBe(2);
    expect(repeats.answer(ask('/1'), response().res, () => NOW)).toBe(false);
    // A longer cookie is a bigger key: it pushes out both.
    repeats.keep(ask('/5', { cookie: 'x'.repeat(one) }), WHO, {}, body, NOW);
    expect(repeats.size).toBe(1);
  });

  it('lasts until the end of the UTC day it was made on', () => {
    const late = new Date('2026-12-02T23:59:40.000Z');
    const repeats = new RepeatAnswers(identities(WHO.revision, late), () => 'm1');
    repeats.keep(ask('/a'), WHO, {}, Buffer.from('{}'), new Date('2026-12-02T23:59:50.000Z'));
    expect(repeats.answer(ask('/a'), response().res, () => new Date('2026-12-02T23:59:59.999Z'))).toBe(true);
    // The token's last-used stamp is not due until 00:00:40: only the day has ended.
    expect(repeats.answer(ask('/a'), response().res, () => new Date('2026-12-03T00:00:05.000Z'))).toBe(false);
  });
});

describe('repeatsFirst', () => {
  const kept = () => {
    const repeats = new RepeatAnswers(identities(), () => 'm1');
    repeats.keep(ask('/a'), WHO, {}, Buffer.from('{}'), NOW);
    return repeats;
  };
  const framework = () => {
    const asked: string[] = [];
    return { asked, listener: (req: IncomingMessage) => void asked.push(req.url!) };
  };

  it('answers a kept view itself, and leaves anything else to the framework', () => {
    const f = framework();
    const listen = repeatsFirst([f.listener], kept(), () => false, () => NOW);
    const a = response();
    listen(ask('/a'), a.res);
    listen(ask('/b'), response().res);
    expect(a.out.status).toBe(200);
    expect(f.asked).toEqual(['/b']);
  });

  it('leaves every request to the framework while the server closes', () => {
    const f = framework();
    const listen = repeatsFirst([f.listener], kept(), () => true, () => NOW);
    const a = response();
    listen(ask('/a'), a.res);
    expect(a.out.status).toBeUndefined();
    expect(f.asked).toEqual(['/a']);
  });

  it('leaves a request to the framework when the store cannot be asked, rather than throwing outside it', () => {
    let busy = false;
    const repeats = new RepeatAnswers(identities(), () => {
      if (busy) throw new Error('SQLITE_BUSY');
      return 'm1';
    });
    repeats.keep(ask('/a'), WHO, {}, Buffer.from('{}'), NOW);
    busy = true;
    const f = framework();
    const listen = repeatsFirst([f.listener], repeats, () => false, () => NOW);
    expect(() => listen(ask('/a'), response().res)).not.toThrow();
    expect(f.asked).toEqual(['/a']);
  });
});
