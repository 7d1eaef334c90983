// Chart colours are the design tokens, read from CSS at draw time, so charts
// follow light and dark mode like everything else.
import { useEffect, useState } from 'preact/hooks';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  line: string;
  line2: string;
  surface: string;
}

export function readColors(el: Element = document.documentElement): ChartColors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--c-text', '#14181c'),
    muted: v('--c-muted', '#56606c'),
    grid: v('--c-border', '#cfd6de'),
    line: v('--c-accent', '#0b6e69'),
    line2: v('--c-warn', '#8a5a00'),
    surface: v('--c-surface', '#ffffff'),
  };
}

/** A number that changes when the colour scheme does: charts redraw on it. */
export function useSchemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const mq = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const bump = () => setVersion((n) => n + 1);
    mq.addEventListener('change', bump);
    return () => mq.removeEventListener('change', bump);
  }, []);
  return version;
}
