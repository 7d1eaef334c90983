// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Round } from '../../api/types.js';
import { openLocalDb } from '../../offline/idb.js';
import type { LocalData } from '../../offline/local-data.js';
import { Outbox, type OutboxEntry } from '../../offline/outbox.js';
import { allLogs } from '../../offline/training.js';
import { ServicesContext, type Services } from '../../services.js';
import type { HistoryPage } from '../../api/types.js';
import { HistoryScreen } from './history-screen.js';

const ROUND = '11111111-1111-4111-8111-111111111111';
const log: Round = {
  id: ROUND,
  sessionId: '22222222-2222-4222-8222-222222222222',
  date: '2024-03-05',
  position: 0,
  combo: 'deadlift_elevation',
  compound: { id: 'c1', exercise: 'barbell_deadlift', load: 140, reps: 7, rir: 2 },
  shrug: { id: 's1', exercise: 'barbell_shrug', load: 140, reps: 12, toFailure: true },
  secondsBetween: 15,
  rampUp: [],
  restSeconds: null,
  notes: null,
  unit: 'kg',
  bodyweight: null,
  createdAt: '2024-03-05T18:00:00Z',
};
/** One of the lifter's own exercises, made by an import. */
const FACE_PULL = 'custom:0f6a7c1e-5b1d-4c36-9a55-2b8d1c0e9f41';
const set = (id: string, exerciseId: string, load: number) => ({ id, position: 0, kind: 'normal', exerciseId, load, unit: 'kg' as const, reps: 5, rir: null, toFailure: false, seconds: null, distance: null, notes: null, restSeconds: null });
const page: HistoryPage = {
  sessions: [
    { id: log.sessionId, date: log.date, startedAt: null, name: null, source: 'app', notes: null, combos: [log], sets: [] },
    { id: 'imp', date: '2024-03-01', startedAt: null, name: 'Pull', source: 'import:strong', notes: null, combos: [], sets: [set('a', 'barbell_deadlift', 100), set('b', 'lat_pulldown', 50), set('c', 'barbell_deadlift', 110), set('d', FACE_PULL, 20)] },
  ],
  nextCursor: null,
  exerciseNames: { [FACE_PULL]: 'Face Pull (Cable)' },
};

const services = {
  session: { userId: 'u1' },
  data: { value: { data: { logs: [log] } }, update: vi.fn(async () => {}) },
  outbox: { list: async () => [], subscribe: () => () => {}, discard: async () => {} },
} as unknown as Services;

let fetchMock: ReturnType<typeof vi.fn>;
const deletes = () => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit).method === 'DELETE');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
    init.method === 'DELETE' ? new Response(null, { status: 204 }) : new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  window.innerHeight = 740;
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function open(s: Services = services) {
  render(
    <ServicesContext.Provider value={s}>
      <HistoryScreen params={{}} query={new URLSearchParams()} />
    </ServicesContext.Provider>,
  );
  return vi.waitFor(() => screen.getByRole('button', { name: /^Delete Deadlift \+ shrug/ }));
}

describe('HistoryScreen', () => {
  it('shows a round’s numbers and an imported session’s sets grouped by exercise, own exercises by their own names', async () => {
    await open();
    expect(screen.getByText(/140 kg × 7 @ RIR 2/)).toBeTruthy();
    expect(screen.getByText(/140 kg × 12/)).toBeTruthy();
    expect(screen.getByText('15 s between')).toBeTruthy();
    const groups = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(groups).toEqual(['Barbell deadlift', 'Lat pulldown', 'Face Pull (Cable)']);
    expect(screen.queryByText(/Your own exercise/)).toBeNull();
  });

  it('deletes on the server only once the undo window has passed', async () => {
    const button = await open();
    fireEvent.click(button);
    expect(screen.queryByRole('button', { name: /^Delete Deadlift/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Undo/ })).toBeTruthy();
    await act(() => {
      vi.advanceTimersByTime(5999);
    });
    expect(deletes()).toHaveLength(0);
    await act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(deletes()).toHaveLength(1);
    expect(deletes()[0]![0]).toBe(`/api/v1/combos/${ROUND}`);
  });

  it('leaving mid-undo sends the delete at once and leaves no timer behind', async () => {
    fireEvent.click(await open());
    expect(vi.getTimerCount()).toBe(2); // the undo window and the message's
    cleanup();
    expect(vi.getTimerCount()).toBe(0);
    expect(deletes()).toHaveLength(1);
  });

  it('never deletes a round brought back with Undo', async () => {
    fireEvent.click(await open());
    await act(() => {
      vi.advanceTimersByTime(3000);
    });
    fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(screen.getByRole('button', { name: /^Delete Deadlift/ })).toBeTruthy();
    await act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(deletes()).toHaveLength(0);
  });
});

/** The round as it sits in the outbox once synced: kept there for weeks after. */
const synced: OutboxEntry = {
  id: ROUND,
  userId: 'u1',
  status: 'synced',
  attempts: 0,
  createdAt: log.createdAt,
  syncedAt: log.createdAt,
  body: { id: ROUND, sessionId: log.sessionId, date: log.date, combo: log.combo, compound: { ...log.compound }, shrug: { ...log.shrug }, secondsBetween: log.secondsBetween, unit: 'kg' },
};

/** A real outbox on fake-indexeddb holding `synced`, and a phone copy of the log holding `logs`. */
async function phone(logs: Round[]) {
  const db = await openLocalDb(new IDBFactory(), 'history-test');
  await db.put('outbox', synced);
  const outbox = new Outbox(db);
  const data = {
    value: { data: { profile: null, plan: null, logs, savedAt: '' } as LocalData },
    update: async (part: Partial<LocalData>) => void (data.value = { data: { ...data.value.data, ...part } }),
  };
  return { outbox, data, services: { session: { userId: 'u1' }, data, outbox } as unknown as Services };
}

const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('HistoryScreen and what the phone keeps', () => {
  it('a deleted round stays deleted: out of the outbox and the phone’s log, and not back when History opens again', async () => {
    const p = await phone([log]);
    fireEvent.click(await open(p.services));
    await act(() => {
      vi.advanceTimersByTime(6000);
    });
    await vi.waitFor(async () => expect(await p.outbox.list('u1')).toEqual([]));
    expect(allLogs(p.data.value.data, await p.outbox.list('u1'))).toEqual([]);

    cleanup();
    // The server no longer has it.
    fetchMock.mockImplementation(async () => answer({ sessions: page.sessions.slice(1), nextCursor: null }));
    render(
      <ServicesContext.Provider value={p.services}>
        <HistoryScreen params={{}} query={new URLSearchParams()} />
      </ServicesContext.Provider>,
    );
    await vi.waitFor(() => screen.getByText('That is everything you have logged.'));
    expect(screen.queryByRole('button', { name: /^Delete Deadlift/ })).toBeNull();
  });

  it('undo still brings a deleted round back, outbox entry and all', async () => {
    const p = await phone([log]);
    fireEvent.click(await open(p.services));
    fireEvent.click(screen.getByRole('button', { name: /^Undo/ }));
    await act(() => {
      vi.advanceTimersByTime(20_000);
    });
    expect(await p.outbox.list('u1')).toHaveLength(1);
    expect(p.data.value.data.logs).toEqual([log]);
  });

  it('an edited round shows its new numbers offline, not the outbox’s original, and prescriptions use them', async () => {
    // Logged after the phone's copy was last refreshed: only the outbox has it.
    const p = await phone([]);
    const edited: Round = { ...log, compound: { ...log.compound, reps: 9 } };
    fetchMock.mockImplementation(async (_url: string, init: RequestInit) => (init.method === 'PUT' ? answer({ log: edited, warnings: [] }) : answer(page)));
    await open(p.services);
    fireEvent.click(screen.getByRole('button', { name: /^Edit Deadlift/ }));
    fireEvent.input(screen.getAllByLabelText('Reps')[0]!, { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => screen.getByText('Saved.'));

    cleanup();
    fetchMock.mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    render(
      <ServicesContext.Provider value={p.services}>
        <HistoryScreen params={{}} query={new URLSearchParams()} />
      </ServicesContext.Provider>,
    );
    await vi.waitFor(() => screen.getByText(/140 kg × 9 @ RIR 2/));
    expect(screen.queryByText(/140 kg × 7 @ RIR 2/)).toBeNull();
    expect(allLogs(p.data.value.data, await p.outbox.list('u1')).map((l) => l.compound.reps)).toEqual([9]);
  });

  it('offline, shows the phone’s copy rather than the service worker’s older page', async () => {
    const p = await phone([]);
    await p.outbox.discard(ROUND);
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json', 'x-bladework-from-cache': '1' } }));
    render(
      <ServicesContext.Provider value={p.services}>
        <HistoryScreen params={{}} query={new URLSearchParams()} />
      </ServicesContext.Provider>,
    );
    await vi.waitFor(() => screen.getByText(/You are offline/));
    expect(screen.queryByRole('button', { name: /^Delete Deadlift/ })).toBeNull();
  });
});
