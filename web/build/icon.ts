// The app icon, drawn once here as SVG and as PNGs: a teal tile with a bar
// above two shoulder blades (the shrug under a load). Coordinates are on a
// 0..1 square; `inset` shrinks the drawing for maskable icons, whose outer 10%
// may be cut away by the phone's mask.
import { encodePng } from './png.js';

export const ICON_BG = '#0b6e69';
const FG = '#ffffff';

type Point = [number, number];
// Bar, then left and right blade (medial border near the spine, lower tip pointing down).
const SHAPES: Point[][] = [
  [[0.16, 0.2], [0.84, 0.2], [0.84, 0.26], [0.16, 0.26]],
  [[0.45, 0.34], [0.23, 0.37], [0.43, 0.8]],
  [[0.55, 0.34], [0.77, 0.37], [0.57, 0.8]],
];

const place = (p: Point, inset: number): Point => [inset + p[0] * (1 - 2 * inset), inset + p[1] * (1 - 2 * inset)];

export function iconSvg(): string {
  const poly = (pts: Point[]) => `<polygon points="${pts.map(([x, y]) => `${x * 512},${y * 512}`).join(' ')}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="${ICON_BG}"/><g fill="${FG}">${SHAPES.map(poly).join('')}</g></svg>`;
}

function inside(pts: Point[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];

/** A size × size PNG; `maskable` fills the whole square and keeps the drawing in the safe zone. */
export function iconPng(size: number, maskable = false): Buffer {
  const shapes = SHAPES.map((s) => s.map((p) => place(p, maskable ? 0.1 : 0)));
  const radius = maskable ? 0 : 96 / 512;
  const [br, bg, bb] = hex(ICON_BG);
  const rgba = new Uint8Array(size * size * 4);
  const N = 4; // 4×4 samples per pixel smooth the edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let fg = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N) / size;
          const y = (py + (sy + 0.5) / N) / size;
          const cx = Math.min(Math.max(x, radius), 1 - radius);
          const cy = Math.min(Math.max(y, radius), 1 - radius);
          if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) continue; // outside the rounded corner
          tile++;
          if (shapes.some((s) => inside(s, x, y))) fg++;
        }
      }
      const o = (py * size + px) * 4;
      const f = tile === 0 ? 0 : fg / tile;
      rgba[o] = Math.round(br + (255 - br) * f);
      rgba[o + 1] = Math.round(bg + (255 - bg) * f);
      rgba[o + 2] = Math.round(bb + (255 - bb) * f);
      rgba[o + 3] = Math.round((255 * tile) / (N * N));
    }
  }
  return encodePng(size, size, rgba);
}
