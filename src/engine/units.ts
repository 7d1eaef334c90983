import type { Unit } from './types.js';

/** The international avoirdupois pound, exactly (1959 agreement). */
export const KG_PER_LB = 0.45359237;

// Conversions snap to 1e-9 so that float noise never survives a round trip;
// no gym owns a plate finer than a microgram.
const snap = (x: number) => Math.round(x * 1e9) / 1e9;

export function convert(value: number, from: Unit, to: Unit): number {
  if (from === to) return value;
  return snap(from === 'kg' ? value / KG_PER_LB : value * KG_PER_LB);
}

/** Rounds for display: kg to 0.01, lb to 0.1 — finer than any plate. */
export function formatLoad(value: number, unit: Unit): string {
  const digits = unit === 'kg' ? 2 : 1;
  const n = Number(value.toFixed(digits));
  return `${Object.is(n, -0) ? 0 : n} ${unit}`;
}
