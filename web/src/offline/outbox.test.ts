// The outbox and the sync loop against fake-indexeddb and a fake server: a
// round is on disk before any upload, survives a restart, is marked synced by
// 201/200, kept as a conflict on 409, and a retry after a lost answer never
// stores it twice.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.js';
import { postCombo } from '../api/endpoints.js';
import type { RoundBody } from '../api/types.js';
import { openLocalDb } from './idb.js';
import { Outbox, type RoundDraft } from './outbox.js';
import { problemInWords } from './problem-words.js';
import { SyncLoop, type SyncOptions } from './sync.js';

const ANA = 'user-ana';
const round8 = () => round(8);
const round = (reps = 8): RoundDraft => ({
  sessionId: '6f1c1f0e-2d1a-4c57-9a51-3f1f0a0c0001',
  date: '2026-11-20',
  combo: 'deadlift_elevation',
  compound: { load: 140, reps, rir: 2 },
  shrug: { load: 140, reps: 14, toFailure: true },
  secondsBetween: 3,
  unit: 'kg',
  rampUp: [{ load: 60, reps: 8 }],
});

/** A server that stores rounds by id like the real one: same id and body → 200, other body → 409. */
function fakeServer() {
  const stored = new Map<string, string>();
  /** Ids deleted on another device, with when: answered 410 as the server does. */
  const deleted = new Map<string, string>();
  let calls = 0;
  let dropNextAnswer = false;
  let offline = false;
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls++;
    if (offline) throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init?.body)) as RoundBody;
    const json = JSON.stringify(body);
    const known = stored.get(body.id);
    let res: Response;
    const gone = deleted.get(body.id);
    if (gone !== undefined) res = Response.json({ error: { code: 'gone', message: 'this round was deleted; sending it again does not bring it back', deletedAt: gone } }, { status: 410 });
    else if (known === undefined) {
      stored.set(body.id, json);
      res = Response.json({ log: { id: body.id }, warnings: [] }, { status: 201 });
    } else if (known === json) res = Response.json({ log: { id: body.id }, warnings: [] }, { status: 200 });
    else res = Response.json({ error: { code: 'conflict', message: 'That round id holds another round.' } }, { status: 409 });
    if (dropNextAnswer) {
      dropNextAnswer = false;
      throw new TypeError('network dropped after the server stored it');
    }
    return res;
  };
  return {
    stored,
    deleted,
    get calls() {
      return calls;
    },
    dropNextAnswer: () => (dropNextAnswer = true),
    setOffline: (v: boolean) => (offline = v),
    send: (body: RoundBody) => postCombo(body, { fetch: fetch as typeof globalThis.fetch }),
  };
}

/** Timers the test fires by hand, to see the backoff delays. */
function manualTimers() {
  const queue: { fn: () => void; ms: number }[] = [];
  return {
    delays: () => queue.map((t) => t.ms),
    setTimer: (fn: () => void, ms: number) => queue.push({ fn, ms }),
    clearTimer: () => {},
    fireNext: () => queue.shift()?.fn(),
  };
}

async function setup(extra: Partial<SyncOptions> = {}) {
  const factory = new IDBFactory();
  const db = await openLocalDb(factory);
  let n = 0;
  const outbox = new Outbox(db, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`);
  const server = fakeServer();
  const timers = manualTimers();
  const sync = new SyncLoop({ outbox, userId: () => ANA, send: server.send, online: () => true, random: () => 1, ...timers, ...extra });
  return { factory, db, outbox, server, timers, sync };
}

describe('the outbox', () => {
  it('stores a round with client-made ids before any upload, and keeps it across a restart', async () => {
    const { factory, db, outbox, server } = await setup();
    const entry = await outbox.add(ANA, round());
    expect(server.calls).toBe(0);
    expect(entry.status).toBe('pending');
    expect(entry.body.id).toBe(entry.id);
    expect(new Set([entry.body.id, entry.body.compound.id, entry.body.shrug.id, entry.body.rampUp![0]!.id]).size).toBe(4);

    db.close();
    const reopened = new Outbox(await openLocalDb(factory));
    const [again] = await reopened.list(ANA);
    expect(again).toEqual(entry);
  });

  it('keeps each lifter to their own rounds', async () => {
    const { outbox } = await setup();
    await outbox.add(ANA, round());
    await outbox.add('user-ben', round());
    expect((await outbox.list(ANA)).length).toBe(1);
    expect(await outbox.counts('user-ben')).toEqual({ pending: 1, conflict: 0, rejected: 0, synced: 0, deleted: 0 });
  });
});

describe('the sync loop', () => {
  it('uploads pending rounds oldest first and marks them synced', async () => {
    const { outbox, server, sync } = await setup();
    const a = await outbox.add(ANA, round(8));
    const b = await outbox.add(ANA, round(9));
    await sync.syncNow();
    expect([...server.stored.keys()]).toEqual([a.id, b.id]);
    expect((await outbox.list(ANA)).map((e) => e.status)).toEqual(['synced', 'synced']);
    expect(sync.value.phase).toBe('idle');
  });

  it('does not upload another lifter’s rounds', async () => {
    const { outbox, server, sync } = await setup();
    await outbox.add('user-ben', round());
    await sync.syncNow();
    expect(server.calls).toBe(0);
  });

  it('keeps a round the server answers 409 as a conflict, with the reason, and does not send it again', async () => {
    const { outbox, server, sync } = await setup();
    const entry = await outbox.add(ANA, round());
    server.stored.set(entry.id, JSON.stringify({ other: 'round' }));
    await sync.syncNow();
    const [kept] = await outbox.list(ANA);
    expect(kept?.status).toBe('conflict');
    expect(kept?.problem).toBe('That round id holds another round.');
    await sync.syncNow();
    expect(server.calls).toBe(1);
  });

  it('takes a round deleted on another device (410) out of the log, sends it no more, and keeps it only to tell the lifter', async () => {
    const { outbox, server, sync } = await setup();
    const gone = await outbox.add(ANA, round(8));
    const kept = await outbox.add(ANA, round(9));
    server.deleted.set(gone.id, '2026-11-21T07:00:00.000Z');
    await sync.syncNow();
    expect((await outbox.list(ANA)).map((e) => [e.id, e.status])).toEqual([[kept.id, 'synced']]);
    expect(await outbox.counts(ANA)).toEqual({ pending: 0, conflict: 0, rejected: 0, synced: 1, deleted: 1 });
    const [told] = await outbox.listDeleted(ANA);
    expect(told).toMatchObject({ id: gone.id, status: 'deleted', deletedAt: '2026-11-21T07:00:00.000Z' });
    await sync.syncNow();
    expect(server.calls).toBe(2);
    await outbox.discard(gone.id);
    expect(await outbox.listDeleted(ANA)).toEqual([]);
  });

  it('sends ratings after their round, as a PUT, and keeps newer ratings given while the first were in flight', async () => {
    const sent: { roundId: string; feedback: unknown }[] = [];
    let release = () => {};
    const { outbox, server, sync } = await setup({
      sendFeedback: (roundId, feedback) =>
        new Promise((resolve) => {
          sent.push({ roundId, feedback });
          release = () => resolve({});
        }),
    });
    const round = await outbox.add(ANA, round8());
    await outbox.setFeedback(ANA, round.id, { pump: 'some' });
    const pass = sync.syncNow();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(server.stored.has(round.id)).toBe(true);
    // A second tap while the first ratings are on their way.
    await outbox.setFeedback(ANA, round.id, { pump: 'some', soreness: 'still_sore' });
    release();
    await pass;
    expect((await outbox.pendingAll(ANA)).feedback.map((e) => e.body.feedback)).toEqual([{ pump: 'some', soreness: 'still_sore' }]);
    const again = sync.syncNow();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    release();
    await again;
    expect(sent[1]).toEqual({ roundId: round.id, feedback: { pump: 'some', soreness: 'still_sore' } });
    expect((await outbox.pendingAll(ANA)).feedback).toEqual([]);
    expect(await outbox.feedbackFor(round.id)).toEqual({ pump: 'some', soreness: 'still_sore' });
  });

  it('drops ratings whose round the server does not hold, and never lists them as deleted rounds', async () => {
    const { outbox, sync } = await setup({ sendFeedback: async () => Promise.reject(new ApiError(410, 'gone', 'this round was deleted', [], '2026-11-21T07:00:00.000Z')) });
    const round = await outbox.add(ANA, round8());
    await outbox.setFeedback(ANA, round.id, { pump: 'none' });
    await sync.syncNow();
    expect(await outbox.feedbackFor(round.id)).toBeNull();
    expect(await outbox.listDeleted(ANA)).toEqual([]);
    expect((await outbox.pendingAll(ANA)).feedback).toEqual([]);
  });

  it('keeps ratings waiting while their round is not on the server yet (404)', async () => {
    const { outbox, sync } = await setup({ sendFeedback: async () => Promise.reject(new ApiError(404, 'not_found', 'combo round not found')) });
    const round = await outbox.add(ANA, round8());
    await outbox.setFeedback(ANA, round.id, { soreness: 'just_in_time' });
    await sync.syncNow();
    expect((await outbox.pendingAll(ANA)).feedback.map((e) => e.body.feedback)).toEqual([{ soreness: 'just_in_time' }]);
  });

  it('retries after a lost answer with the same ids, so the server stores the round once', async () => {
    const { outbox, server, sync, timers } = await setup();
    const entry = await outbox.add(ANA, round());
    server.dropNextAnswer();
    await sync.syncNow();
    expect((await outbox.list(ANA))[0]?.status).toBe('pending');
    expect(sync.value.phase).toBe('offline');
    expect(timers.delays()).toEqual([1000]);

    timers.fireNext();
    await sync.syncNow();
    expect(server.calls).toBe(2);
    expect([...server.stored.keys()]).toEqual([entry.id]);
    const [done] = await outbox.list(ANA);
    expect(done?.status).toBe('synced');
    expect(done?.attempts).toBe(1);
  });

  it('backs off 1 s, 2 s, 4 s … while the network is down, and an online event syncs at once', async () => {
    const win = new EventTarget();
    const { outbox, server, sync, timers } = await setup({ events: { window: win } });
    server.setOffline(true);
    await outbox.add(ANA, round());
    await sync.syncNow();
    for (let i = 0; i < 3; i++) {
      timers.fireNext();
      await sync.syncNow();
    }
    expect(timers.delays()).toEqual([8000]);

    sync.start();
    server.setOffline(false);
    win.dispatchEvent(new Event('online'));
    await sync.syncNow();
    expect((await outbox.list(ANA))[0]?.status).toBe('synced');
    expect(server.stored.size).toBe(1);
    sync.stop();
  });

  it('starts a pass when a round is logged', async () => {
    const { outbox, server, sync } = await setup();
    sync.start();
    await outbox.add(ANA, round());
    await sync.syncNow();
    expect(server.stored.size).toBe(1);
    sync.stop();
  });

  it('arms no retry once stopped, though the pass in flight then fails', async () => {
    let answer!: () => void;
    const held = new Promise<void>((r) => (answer = r));
    const { outbox, sync, timers } = await setup({
      send: async () => {
        await held;
        throw new TypeError('Failed to fetch');
      },
    });
    await outbox.add(ANA, round());
    sync.start();
    const pass = sync.syncNow();
    sync.stop();
    answer();
    await pass;
    expect(timers.delays()).toEqual([]);
    expect(sync.value.retryAt).toBeUndefined();
  });

  it('stops and keeps rounds pending when the session has ended (401)', async () => {
    const { outbox, sync } = await setup({
      send: () => postCombo({} as RoundBody, { fetch: async () => Response.json({ error: { code: 'unauthorized', message: 'Log in first' } }, { status: 401 }) }),
    });
    await outbox.add(ANA, round());
    await sync.syncNow();
    expect(sync.value.phase).toBe('signed-out');
    expect((await outbox.list(ANA))[0]?.status).toBe('pending');
  });
});

describe('sets outside combos in the outbox', () => {
  const benchSet = (reps: number) => ({ sessionId: '6f1c1f0e-2d1a-4c57-9a51-3f1f0a0c0001', date: '2026-11-20', exerciseId: 'bench_press', kind: 'normal' as const, load: 100, unit: 'kg' as const, reps });

  it('keeps sets beside rounds, counted together, listed apart', async () => {
    const { outbox } = await setup();
    await outbox.add(ANA, round());
    const s = await outbox.addSet(ANA, benchSet(8));
    expect(s.body.id).toBe(s.id);
    expect((await outbox.list(ANA)).length).toBe(1);
    expect((await outbox.listSets(ANA)).map((e) => e.body.reps)).toEqual([8]);
    expect(await outbox.counts(ANA)).toEqual({ pending: 2, conflict: 0, rejected: 0, synced: 0, deleted: 0 });
  });

  it('uploads pending sets and rounds in the order they were logged, and a refused set keeps its reason', async () => {
    const sent: string[] = [];
    let clock = 0;
    const factory = new IDBFactory();
    const db = await openLocalDb(factory);
    let n = 0;
    const outbox = new Outbox(db, () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, () => new Date(++clock * 1000));
    const sync = new SyncLoop({
      outbox,
      userId: () => ANA,
      online: () => true,
      send: async (b) => (sent.push(`round ${b.compound.reps}`), { warnings: [] }),
      sendSet: async (b) => {
        if (b.reps > 50) throw new ApiError(400, 'bad_request', 'reps must be at most 50');
        sent.push(`set ${b.reps}`);
        return {};
      },
      setTimer: () => 0,
      clearTimer: () => {},
    });
    await outbox.addSet(ANA, benchSet(8));
    await outbox.add(ANA, round(9));
    await outbox.addSet(ANA, benchSet(60));
    await outbox.addSet(ANA, benchSet(6));
    await sync.syncNow();
    expect(sent).toEqual(['set 8', 'round 9', 'set 6']);
    const sets = await outbox.listSets(ANA);
    expect(sets.map((e) => e.status)).toEqual(['synced', 'rejected', 'synced']);
    expect(sets[1]!.problem).toContain('at most 50');
  });
});

describe('a round the server refuses', () => {
  it('stays on the phone with why in words, is corrected and re-sent under the same ids, and ends synced with the new numbers', async () => {
    const received: RoundBody[] = [];
    const factory = new IDBFactory();
    let n = 0;
    const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const outbox = new Outbox(await openLocalDb(factory), uuid);
    const send = async (b: RoundBody) => {
      if (b.compound.load < 0) throw new ApiError(400, 'bad_request', 'compound.load: must not be negative', [{ field: 'compound.load', message: 'must not be negative (only bodyweight lifts take band help as a negative load)' }]);
      received.push(b);
      return { warnings: [] };
    };
    const sync = new SyncLoop({ outbox, userId: () => ANA, send, online: () => true, setTimer: () => 0, clearTimer: () => {} });
    const logged = await outbox.add(ANA, { ...round(), compound: { load: -140, reps: 8, rir: 2 } });
    await sync.syncNow();
    const [refused] = await outbox.list(ANA);
    expect(refused!.status).toBe('rejected');
    expect(problemInWords(refused!.problem, refused!.fields)).toBe('The compound’s load must not be negative (only bodyweight lifts take band help as a negative load).');
    expect(received).toEqual([]);

    // The phone restarts: the refused round is still there, with its numbers.
    const again = new Outbox(await openLocalDb(factory), uuid);
    const [kept] = await again.list(ANA);
    expect(kept!.body.compound.load).toBe(-140);

    await again.edit(kept!.id, { ...kept!.body, compound: { ...kept!.body.compound, load: 140 } });
    const edited = (await again.list(ANA))[0]!;
    expect(edited).toMatchObject({ status: 'pending', attempts: 0 });
    expect(edited.problem).toBeUndefined();
    await new SyncLoop({ outbox: again, userId: () => ANA, send, online: () => true, setTimer: () => 0, clearTimer: () => {} }).syncNow();

    expect(received).toHaveLength(1);
    expect(received[0]!.id).toBe(logged.id);
    expect(received[0]!.compound).toEqual({ ...logged.body.compound, load: 140 });
    expect((await again.list(ANA))[0]!.status).toBe('synced');
    await expect(again.edit(logged.id, logged.body)).rejects.toThrow(/already has it/);
  });
});
