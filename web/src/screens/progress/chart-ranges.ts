// Axis ranges for the trend charts. uPlot's own auto-range has nothing to go on
// with one point (or two on the same day): the time axis then spans years with
// the point at its edge. These keep a lone point in the middle of a few days.

const DAY = 86_400;
/** Seconds either side of a lone day, and the least span a time axis shows. */
export const X_PAD = 3 * DAY;

type Range = [number, number];

/** The time range (seconds) for data from min to max: never narrower than a week. */
export function xRange(min: number | null, max: number | null): Range {
  if (min == null || max == null || !Number.isFinite(min) || !Number.isFinite(max)) {
    return [-X_PAD, X_PAD];
  }
  const span = max - min;
  if (span < 2 * X_PAD) {
    const mid = (min + max) / 2;
    return [mid - X_PAD, mid + X_PAD];
  }
  // Half a day either side so the end points are not cut in half by the frame.
  return [min - DAY / 2, max + DAY / 2];
}

/** A value range with room above and below; never below 0 for data that is not. */
export function yRange(min: number | null, max: number | null): Range {
  if (min == null || max == null || !Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  const span = max - min;
  const pad = span > 0 ? span * 0.15 : Math.max(1, Math.abs(max) * 0.1);
  let lo = min - pad;
  if (min >= 0 && lo < 0) lo = 0;
  return [lo, max + pad];
}

/** The index of the last date on which any series has a value; -1 when none has. */
export function lastIndex(series: (number | null)[][]): number {
  const n = Math.max(0, ...series.map((s) => s.length));
  for (let i = n - 1; i >= 0; i--) if (series.some((s) => s[i] != null)) return i;
  return -1;
}
