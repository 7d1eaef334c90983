// Outlines for the muscle map: a stylised body 150 units wide, drawn from the
// viewer's left half and mirrored. Each muscle is a few points, rounded into a
// blob; exact anatomy is not the point, a recognisable place is.
import type { MuscleId } from '../../../src/engine/types.js';

export type Pt = readonly [number, number];

export const FIGURE_W = 150;
export const FIGURE_H = 322;

/** The body's left half, head excluded, from the neck round to the crotch. */
export const BODY_HALF: Pt[] = [
  [68, 38], [67, 48], [50, 53], [36, 57], [27, 66], [23, 90], [19, 118], [16, 136], [12, 166], [11, 186], [9, 200], [16, 206], [22, 190],
  [26, 162], [30, 136], [34, 112], [40, 94], [42, 120], [45, 150], [41, 172], [39, 210], [45, 250], [43, 276], [48, 304], [44, 316],
  [62, 316], [62, 302], [64, 272], [66, 250], [70, 204], [75, 184],
];

export const HEAD = { cx: 75, cy: 22, r: 16 } as const;

/** One muscle's left-side outline on the front or back figure. */
export const MUSCLE_SHAPES: Record<MuscleId, Pt[]> = {
  // front
  anterior_deltoid: [[37, 58], [48, 57], [46, 72], [34, 80], [28, 70]],
  pectoralis_major: [[50, 60], [73, 62], [73, 88], [58, 92], [45, 84], [46, 70]],
  pectoralis_minor: [[53, 65], [63, 66], [61, 74], [51, 76]],
  serratus_anterior: [[42, 94], [51, 97], [53, 112], [45, 117], [42, 106]],
  biceps: [[28, 84], [36, 84], [36, 110], [31, 122], [24, 110]],
  forearms: [[18, 130], [29, 128], [28, 150], [22, 178], [14, 170]],
  quadriceps: [[44, 180], [70, 194], [66, 240], [54, 248], [46, 236], [42, 208]],
  // back
  upper_trapezius: [[68, 44], [75, 42], [75, 62], [62, 59], [48, 56], [60, 50]],
  levator_scapulae: [[63, 40], [69, 40], [63, 55], [58, 53]],
  middle_trapezius: [[75, 64], [62, 61], [49, 62], [56, 73], [75, 78]],
  rhomboids: [[73, 80], [62, 76], [60, 89], [73, 93]],
  lower_trapezius: [[75, 95], [61, 93], [67, 107], [75, 122]],
  latissimus_dorsi: [[44, 91], [57, 95], [65, 116], [66, 140], [50, 146], [44, 120]],
  rear_deltoid: [[35, 60], [46, 59], [46, 72], [32, 78]],
  triceps: [[26, 82], [36, 81], [36, 111], [30, 122], [22, 110]],
  spinal_erectors: [[69, 124], [74, 124], [74, 166], [66, 166], [67, 142]],
  glutes: [[47, 164], [74, 170], [74, 192], [58, 197], [44, 185]],
  hamstrings: [[44, 199], [70, 202], [66, 244], [54, 248], [46, 236]],
};

const mirror = (ps: Pt[]): Pt[] => ps.map(([x, y]) => [FIGURE_W - x, y] as const);
const mid = (a: Pt, b: Pt): Pt => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
const f = (n: number) => String(Math.round(n * 10) / 10);

/** A closed, rounded path through the points: curves from midpoint to midpoint, each point a control. */
export function blob(ps: Pt[]): string {
  const n = ps.length;
  const start = mid(ps[n - 1]!, ps[0]!);
  let d = `M${f(start[0])} ${f(start[1])}`;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const m = mid(p, ps[(i + 1) % n]!);
    d += `Q${f(p[0])} ${f(p[1])} ${f(m[0])} ${f(m[1])}`;
  }
  return `${d}Z`;
}

/** Both sides of a muscle as one path. */
export function musclePath(id: MuscleId): string {
  const half = MUSCLE_SHAPES[id];
  return `${blob(half)}${blob(mirror(half))}`;
}

/** The body outline: the left half, then the right half walked back up. */
export function bodyPath(): string {
  return blob([...BODY_HALF, ...mirror(BODY_HALF).reverse()]);
}
