// Progress: weekly volume (radar and muscle map), the e1RM chart (uPlot, drawn
// on a canvas), shrug reps, records and movements left out.
import type { Locator, Page } from 'playwright-core';

export class ProgressPage {
  constructor(readonly page: Page) {}

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  get e1rm(): Locator {
    return this.section('Estimated one-rep max');
  }

  /** The radar of hard sets per blade movement (a figure with a table for screen readers). */
  get radar(): Locator {
    return this.section('Weekly volume').getByRole('figure').first();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    await this.e1rm.waitFor();
  }

  /** The e1RM points as a table for screen readers (one row per date). */
  get e1rmTable(): Locator {
    return this.e1rm.getByRole('table', { name: /^Estimated one-rep max/ });
  }

  /** Waits for uPlot to draw the e1RM chart and answers how many points it was given (the box's data-drawn-points). */
  async e1rmDrawnPoints(): Promise<number> {
    const box = this.e1rm.locator('.chart[data-drawn-points]');
    await box.waitFor({ state: 'attached' });
    return Number(await box.getAttribute('data-drawn-points'));
  }

  /**
   * How many canvas pixels of the e1RM chart are in the series' own colour
   * (--c-accent, within a small distance for anti-aliasing). The grid, the
   * axes and their labels are in other colours, so an empty chart answers 0.
   */
  async e1rmSeriesPixels(): Promise<number> {
    const canvas = this.e1rm.locator('.chart canvas').first();
    await canvas.waitFor();
    // Runs in the page; the tests' tsconfig has no DOM types, hence the narrow casts.
    return canvas.evaluate((el) => {
      type Canvas = { width: number; height: number; closest(s: string): unknown; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
      const c = el as unknown as Canvas;
      const g = globalThis as unknown as { getComputedStyle(e: unknown): { getPropertyValue(n: string): string } };
      const hex = g.getComputedStyle(c.closest('.chart')).getPropertyValue('--c-accent').trim();
      const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
      if (!m) throw new Error(`--c-accent is not a #rrggbb colour: "${hex}"`);
      const [r, gr, b] = [m[1]!, m[2]!, m[3]!].map((x) => parseInt(x, 16)) as [number, number, number];
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      if (data) {
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 200 && Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - gr) + Math.abs(data[i + 2]! - b) <= 24) n++;
        }
      }
      return n;
    });
  }

  /** The sentence under the chart that says the first, last and best estimate. */
  e1rmSummary(): Promise<string> {
    return this.e1rm.getByText(/about \d+ (kg|lb) on /).innerText();
  }
}
