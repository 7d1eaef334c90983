// A list that scrolls with the page but draws only the rows near the screen:
// a tall empty box holds the whole height and the few live rows are placed in
// it at their tops. Row heights come from the caller (see history-rows.ts).
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRange, type WindowRange } from './windowing.js';

interface VirtualListProps<T> {
  rows: readonly T[];
  heightOf: (row: T) => number;
  keyOf: (row: T) => string;
  render: (row: T) => ComponentChildren;
  /** Called when the rows drawn come near the end: time to fetch more. */
  onNearEnd?: () => void;
  /** Pixels drawn beyond the screen's edges. */
  overscan?: number;
  label: string;
}

const NEAR_END_ROWS = 15;

export function VirtualList<T>({ rows, heightOf, keyOf, render, onNearEnd, overscan = 600, label }: VirtualListProps<T>) {
  const box = useRef<HTMLOListElement>(null);
  const offsets = useMemo(() => rowOffsets(rows.map(heightOf)), [rows, heightOf]);
  const [range, setRange] = useState<WindowRange>({ start: 0, end: 0 });

  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const el = box.current;
      if (!el) return;
      const top = -el.getBoundingClientRect().top;
      const next = visibleRange(offsets, top, window.innerHeight, overscan);
      setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [offsets, overscan]);

  const near = range.end > 0 && range.end >= rows.length - NEAR_END_ROWS;
  useEffect(() => {
    if (near) onNearEnd?.();
  }, [near, rows.length, onNearEnd]);

  const live = [];
  // The range may be a frame old when rows were just removed: never read past the end.
  const end = Math.min(range.end, rows.length);
  for (let i = range.start; i < end; i++) {
    const row = rows[i]!;
    live.push(
      <li key={keyOf(row)} class="vlist-row" style={{ transform: `translateY(${offsets[i]}px)`, height: `${heightOf(row)}px` }} aria-posinset={i + 1} aria-setsize={rows.length}>
        {render(row)}
      </li>,
    );
  }
  return (
    <ol ref={box} class="vlist" aria-label={label} style={{ height: `${offsets[rows.length] ?? 0}px` }}>
      {live}
    </ol>
  );
}
