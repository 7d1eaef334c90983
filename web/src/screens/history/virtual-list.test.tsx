// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from './virtual-list.js';

const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, text: `Row ${i}` }));
const heightOf = () => 50;

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('VirtualList', () => {
  it('puts only the rows on screen (plus the overscan) in the page', () => {
    window.innerHeight = 740;
    const { container } = render(<VirtualList rows={rows} heightOf={heightOf} keyOf={(r) => r.id} render={(r) => r.text} overscan={100} label="Rows" />);
    const items = container.querySelectorAll('li');
    // 740 px of screen + 100 px below, in 50 px rows: 17 rows, never 10,000.
    expect(items.length).toBe(17);
    expect(items[0]!.textContent).toBe('Row 0');
    expect(container.querySelector('ol')!.style.height).toBe('500000px');
  });

  it('moves the window as the page scrolls, on the next frame', () => {
    // The frame is the test's to run, not a real one raced against waitFor's timeout.
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    window.innerHeight = 740;
    const { container } = render(<VirtualList rows={rows} heightOf={heightOf} keyOf={(r) => r.id} render={(r) => r.text} overscan={0} label="Rows" />);
    const list = container.querySelector('ol')!;
    list.getBoundingClientRect = () => ({ top: -100_000, bottom: 0, left: 0, right: 360, width: 360, height: 500_000, x: 0, y: -100_000, toJSON: () => ({}) });
    window.dispatchEvent(new Event('scroll'));
    expect(container.querySelector('li')!.textContent).toBe('Row 0');
    act(() => void vi.advanceTimersToNextFrame());
    expect(container.querySelector('li')!.textContent).toBe('Row 2000');
    const items = container.querySelectorAll('li');
    expect(items.length).toBe(15);
    expect(items[0]!.getAttribute('aria-posinset')).toBe('2001');
    expect(items[0]!.getAttribute('aria-setsize')).toBe('10000');
  });

  it('leaves no frame pending, nor a scroll listener, once unmounted', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const { unmount } = render(<VirtualList rows={rows} heightOf={heightOf} keyOf={(r) => r.id} render={(r) => r.text} label="Rows" />);
    window.dispatchEvent(new Event('scroll'));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    window.dispatchEvent(new Event('scroll'));
    expect(vi.getTimerCount()).toBe(0);
  });
});
