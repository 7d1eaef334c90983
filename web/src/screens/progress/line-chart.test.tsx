// @vitest-environment happy-dom
// Charts are drawn one per frame. A chart that goes away must take its place
// in that queue and its pending frame with it: a frame left behind runs after
// the screen (or the test's DOM) is gone, and a queue left "busy" would keep
// the next screen's charts from ever drawing.
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { drawnInto as drawn } from './fake-uplot.js';
import { LineChart, loadChartCode } from './line-chart.js';

vi.mock('uplot', () => import('./fake-uplot.js'));

const series = [{ label: 'e1RM', unit: 'kg', values: [100, 102] }];
const dates = ['2026-11-01', '2026-11-08'];

/** Each chart in its own render, so each can be unmounted alone. */
function chart(caption: string) {
  const r = render(<LineChart dates={dates} series={series} caption={caption} />);
  return { box: r.container.querySelector('.chart')!, unmount: r.unmount };
}

/** Lets the charts' effects see the (already loaded) chart code. */
const codeArrives = () => act(async () => void (await loadChartCode()));
/** One frame and the task after its paint: the next chart's turn. */
const nextFrame = () => act(() => void vi.advanceTimersByTime(20));

beforeAll(async () => {
  // Loaded once with real timers: the dynamic import is not what is tested.
  await loadChartCode();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  drawn.length = 0;
});

describe('charts drawn one per frame', () => {
  it('leaves no frame or timer behind once its chart is gone', async () => {
    vi.useFakeTimers();
    const a = chart('A');
    await codeArrives();
    expect(drawn).toEqual([a.box]);
    a.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never draws a chart that left the queue, and does not make the next one wait for it', async () => {
    vi.useFakeTimers();
    const a = chart('A');
    const b = chart('B');
    const c = chart('C');
    await codeArrives();
    expect(drawn).toEqual([a.box]);
    b.unmount();
    await nextFrame();
    expect(drawn).toEqual([a.box, c.box]);
    await nextFrame();
    await nextFrame();
    expect(drawn).toEqual([a.box, c.box]);
    a.unmount();
    c.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels the pending frame when every chart is unmounted while others still wait', async () => {
    vi.useFakeTimers();
    chart('A');
    chart('B');
    await codeArrives();
    expect(drawn).toHaveLength(1);
    cleanup();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('draws a chart that never reached the queue as nothing, and schedules nothing for it', async () => {
    vi.useFakeTimers();
    const a = chart('A');
    a.unmount();
    await codeArrives();
    expect(drawn).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  // Runs after the tests above switched fake timers off with frames they had
  // left pending: the queue must not still think a chart is being drawn.
  it('starts each test with an idle queue', async () => {
    const a = chart('A');
    await codeArrives();
    expect(drawn).toEqual([a.box]);
    cleanup();
  });
});
