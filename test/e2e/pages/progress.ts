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

  /** Waits for the e1RM chart (uPlot draws on a canvas) and answers how many of its pixels are painted. */
  async e1rmPaintedPixels(): Promise<number> {
    const canvas = this.e1rm.locator('canvas').first();
    await canvas.waitFor();
    // Runs in the page; the tests' tsconfig has no DOM types, hence the narrow cast.
    return canvas.evaluate((el) => {
      const c = el as unknown as { width: number; height: number; getContext(k: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null };
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      if (data) for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  }

  /** The sentence under the chart that says the first, last and best estimate. */
  e1rmSummary(): Promise<string> {
    return this.e1rm.getByText(/about \d+ (kg|lb) on /).innerText();
  }
}
