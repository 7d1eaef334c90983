// @vitest-environment happy-dom
// Progress opens on the last year's series (analytics.from) and fetches the
// whole log only when the lifter asks for it.
import { act, cleanup, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalDb } from '../../offline/idb.js';
import { E1rmSection } from './e1rm-section.js';
import { periodStart } from './periods.js';
import { analyticsKey, recentFrom, useAnalytics, type Analytics } from './use-analytics.js';
import { WeekVolume } from './week-volume.js';

// uPlot cannot draw in happy-dom (it throws from a microtask after it is
// built): without the stand-in, a chart whose code arrived before the test
// ended would fail the run, one that arrived after would not.
vi.mock('uplot', () => import('./fake-uplot.js'));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const week = (monday: string, sets: number) => ({ week: monday, movements: { elevation: { sets, reps: sets * 10 } }, muscles: {} }) as unknown as Analytics['weekly'][number];
const point = (date: string, e1rm: number) => ({ date, e1rm, load: e1rm * 0.8, reps: 8, rir: 2 });

/** Two lifts: deadlifts this year and years ago, bench press only years ago. */
function analytics(window: boolean): Analytics {
  const deadlift = [point('2019-04-02', 150), point('2026-10-06', 180), point('2026-11-03', 185)];
  const bench = [point('2019-04-03', 90)];
  const since = (ps: typeof deadlift) => (window ? ps.filter((p) => p.date >= '2025-12-01') : ps);
  return {
    asOf: '2026-12-02',
    unit: 'kg',
    ...(window ? { from: '2025-12-01' } : {}),
    combos: 0,
    plainSets: 4,
    sets: 4,
    weekly: [week('2019-04-01', 2), week('2026-10-05', 1), week('2026-11-30', 3)].filter((w) => !window || w.week >= '2025-12-01'),
    e1rmTrends: [
      { exerciseId: 'barbell_deadlift', points: since(deadlift) },
      { exerciseId: 'bench_press', points: since(bench) },
    ],
    shrugSeries: [],
    records: {
      compounds: [
        { exerciseId: 'barbell_deadlift', bestE1rm: { value: 185, date: '2026-11-03' }, heaviestLoad: { load: 148, reps: 8, date: '2026-11-03' } },
        { exerciseId: 'bench_press', bestE1rm: { value: 90, date: '2019-04-03' }, heaviestLoad: { load: 72, reps: 8, date: '2019-04-03' } },
      ],
      shrugs: [],
    },
    coverage: { weeks: 4, from: '2026-11-05', to: '2026-12-02', movements: [], neglected: [] },
  };
}

describe('the e1RM section over the last year', () => {
  it('asks for the whole log when the lifter picks All, and not when it is here already', () => {
    const onShowAll = vi.fn();
    const { rerender } = render(<E1rmSection analytics={analytics(true)} onShowAll={onShowAll} />);
    fireEvent.click(screen.getByLabelText('Recent'));
    expect(onShowAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('All'));
    expect(onShowAll).toHaveBeenCalledTimes(1);
    rerender(<E1rmSection analytics={analytics(false)} onShowAll={onShowAll} />);
    fireEvent.click(screen.getByLabelText('Year'));
    fireEvent.click(screen.getByLabelText('All'));
    expect(onShowAll).toHaveBeenCalledTimes(1);
  });

  it('still lists a lift done only years ago, says so, and offers the earlier years', () => {
    const onShowAll = vi.fn();
    render(<E1rmSection analytics={analytics(true)} onShowAll={onShowAll} />);
    const lift = screen.getByLabelText('Lift') as HTMLSelectElement;
    expect([...lift.options].map((o) => o.textContent)).toEqual(['Barbell deadlift', 'Barbell bench press']);
    expect(screen.getByText(/about 180 kg/)).toBeTruthy();
    fireEvent.change(lift, { target: { value: 'bench_press' } });
    expect(screen.getByText(/No barbell bench press in the last year/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all years' }));
    expect(onShowAll).toHaveBeenCalledTimes(1);
  });
});

describe('the week stepper over the last year', () => {
  it('steps back past the window by fetching the earlier weeks, then lands on the week before', () => {
    const onShowAll = vi.fn();
    const { rerender } = render(<WeekVolume analytics={analytics(true)} onShowAll={onShowAll} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('This week');
    const earlier = screen.getByRole('button', { name: 'Earlier week' }) as HTMLButtonElement;
    fireEvent.click(earlier);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^Week of .*2026$/);
    expect(onShowAll).not.toHaveBeenCalled();
    // The first week here: the button stays live, since earlier weeks exist on the server.
    expect(earlier.disabled).toBe(false);
    fireEvent.click(earlier);
    expect(onShowAll).toHaveBeenCalledTimes(1);
    rerender(<WeekVolume analytics={analytics(false)} onShowAll={onShowAll} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^Week of .*2019$/);
    expect(earlier.disabled).toBe(true);
  });
});

describe('recentFrom', () => {
  it('is the first day of the charts’ Year period, over leap days and year ends', () => {
    for (const asOf of ['2026-12-02', '2024-02-29', '2025-03-01', '2025-01-01', '2000-03-01']) expect(recentFrom(asOf)).toBe(periodStart('1y', asOf));
    expect(recentFrom('2026-12-02')).toBe('2025-12-01');
  });
});

describe('useAnalytics', () => {
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

  it('asks for the last year, keeps the copy’s objects when the answer matches it, and the whole log on request', async () => {
    const db = await openLocalDb(new IDBFactory());
    const recent = analytics(true);
    await db.put('cache', { analytics: recent, savedAt: new Date().toISOString() }, analyticsKey('u1'));
    // The first answer waits until the test lets it go, so the copy is on screen first.
    let answer!: () => void;
    const held = new Promise<void>((r) => (answer = r));
    const fetchMock = vi.fn(async (url: string) => {
      if (fetchMock.mock.calls.length === 1) await held;
      return json({ analytics: url.includes('from=') ? analytics(true) : analytics(false) });
    });
    vi.stubGlobal('fetch', fetchMock);
    const { result, rerender } = renderHook(({ all }: { all: boolean }) => useAnalytics(db, 'u1', 'kg', all), { initialProps: { all: false } });
    await waitFor(() => expect(result.current.analytics).not.toBeNull());
    const copy = result.current.analytics;
    expect(copy).toEqual(recent);
    // Today's copy, with the answer on its way: not flagged as an offline copy.
    expect(result.current.savedAt).toBeNull();
    answer();
    await waitFor(() => expect(result.current.loading).toBe(false));
    const url = String(fetchMock.mock.calls[0]![0]);
    expect(url).toMatch(/from=\d{4}-\d{2}-\d{2}/);
    expect(url).toContain('unit=kg');
    // Same numbers as the copy: the copy's object stays, so nothing is drawn twice.
    expect(result.current.analytics).toBe(copy);

    await act(async () => rerender({ all: true }));
    await waitFor(() => expect(result.current.analytics?.from).toBeUndefined());
    expect(String(fetchMock.mock.calls[1]![0])).not.toContain('from=');
    expect(result.current.analytics?.e1rmTrends[1]!.points).toHaveLength(1);
    await waitFor(async () => expect((await db.get<{ analytics: Analytics }>('cache', analyticsKey('u1', true)))?.analytics.from).toBeUndefined());
  });

  it('offline with only the last year saved, keeps it on screen and says the earlier years did not come', async () => {
    const db = await openLocalDb(new IDBFactory());
    await db.put('cache', { analytics: analytics(true), savedAt: '2026-12-01T08:00:00Z' }, analyticsKey('u1'));
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const { result, rerender } = renderHook(({ all }: { all: boolean }) => useAnalytics(db, 'u1', 'kg', all), { initialProps: { all: false } });
    await waitFor(() => expect(result.current.savedAt).toBe('2026-12-01T08:00:00Z'));
    await act(async () => rerender({ all: true }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.analytics?.from).toBe('2025-12-01');
    expect(result.current.error).toBe('You are offline.');
  });
});
