// Windowing for long lists: only the rows near the viewport are drawn. Rows
// have known heights, so their tops are one prefix sum (O(n) once per list
// change) and the first visible row is a binary search (O(log n) per scroll).

/** offsets[i] is row i's top; offsets[n] is the whole list's height. */
export function rowOffsets(heights: readonly number[]): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return offsets;
}

/** The last row whose top is at or above y (0 for y above the list). */
function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = Math.max(0, n - 1);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface WindowRange {
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
}

/**
 * The rows overlapping [top, top + height] of the list's own coordinates,
 * plus `overscan` pixels either side so a quick flick does not show blanks.
 */
export function visibleRange(offsets: Float64Array, top: number, height: number, overscan = 400): WindowRange {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const from = Math.max(0, top - overscan);
  const to = top + height + overscan;
  if (to <= 0 || from >= offsets[n]!) return { start: 0, end: 0 };
  const start = rowAt(offsets, from);
  let end = rowAt(offsets, to) + 1;
  if (end > n) end = n;
  return { start, end };
}
