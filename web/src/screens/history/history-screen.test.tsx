// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComboLogView } from '../../api/types.js';
import { ServicesContext, type Services } from '../../services.js';
import type { FullHistoryPage } from './history-api.js';
import { HistoryScreen } from './history-screen.js';

const ROUND = '11111111-1111-4111-8111-111111111111';
const log: ComboLogView = {
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
const set = (id: string, exerciseId: string, load: number) => ({ id, position: 0, kind: 'normal', exerciseId, load, unit: 'kg' as const, reps: 5, rir: null, toFailure: false, seconds: null, distance: null, notes: null });
const page: FullHistoryPage = {
  sessions: [
    { id: log.sessionId, date: log.date, startedAt: null, name: null, source: 'app', notes: null, combos: [log], sets: [] },
    { id: 'imp', date: '2024-03-01', startedAt: null, name: 'Pull', source: 'import:strong', notes: null, combos: [], sets: [set('a', 'barbell_deadlift', 100), set('b', 'lat_pulldown', 50), set('c', 'barbell_deadlift', 110)] },
  ],
  nextCursor: null,
};

const services = {
  session: { userId: 'u1' },
  data: { value: { data: { logs: [log] } }, update: vi.fn(async () => {}) },
  outbox: { list: async () => [], subscribe: () => () => {} },
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

async function open() {
  render(
    <ServicesContext.Provider value={services}>
      <HistoryScreen params={{}} query={new URLSearchParams()} />
    </ServicesContext.Provider>,
  );
  return vi.waitFor(() => screen.getByRole('button', { name: /^Delete Deadlift \+ shrug/ }));
}

describe('HistoryScreen', () => {
  it('shows a round’s numbers and an imported session’s sets grouped by exercise', async () => {
    await open();
    expect(screen.getByText(/140 kg × 7 @ RIR 2/)).toBeTruthy();
    expect(screen.getByText(/140 kg × 12/)).toBeTruthy();
    expect(screen.getByText('15 s between')).toBeTruthy();
    const groups = screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'));
    expect(groups).toEqual(['Barbell deadlift', 'Lat pulldown']);
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
