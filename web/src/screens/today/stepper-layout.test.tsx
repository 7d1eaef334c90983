// @vitest-environment happy-dom
// The stepper's real markup and styles in Chromium at a 360 px phone width
// (happy-dom does no layout): the number must clear both buttons, up to 100.
import { cleanup, render } from '@testing-library/preact';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Stepper } from './stepper.js';

const CHROMIUM = '/usr/bin/chromium';
// Read by Playwright from disk: the test runner turns CSS imports into nothing.
const STYLES = ['../../styles/tokens.css', '../../styles/base.css', './today.css'].map((f) => new URL(f, import.meta.url).pathname);
let browser: Browser | null = null;
afterAll(() => browser?.close());
afterEach(cleanup);

/** The compound step's pair of steppers, as the page holds them. */
function pairHtml(reps: number, rir: number): string {
  const { container } = render(
    <div class="stepper-pair">
      <Stepper label="Reps done" value={reps} min={1} max={100} onChange={() => {}} />
      <Stepper label="Reps left" value={rir} min={0} max={10} onChange={() => {}} />
    </div>,
  );
  return container.innerHTML;
}

interface Gap {
  text: string;
  /** Pixels between the digits and the nearer button (negative: they overlap). */
  clearance: number;
}

describe('stepper layout on a 360 px phone', () => {
  it('leaves room around a two- and a three-digit number', async ({ skip }) => {
    try {
      browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    } catch {
      skip(`no Chromium at ${CHROMIUM}`);
    }
    const page = await browser!.newPage({ viewport: { width: 360, height: 740 } });
    for (const [reps, rir] of [[12, 2], [100, 10]] as const) {
      await page.setContent(`<!doctype html><main class="main">${pairHtml(reps, rir)}</main>`);
      for (const path of STYLES) await page.addStyleTag({ path });
      const gaps = await page.evaluate(() =>
        [...document.querySelectorAll('.stepper-row')].map((row): Gap => {
          const out = row.querySelector('output')!;
          const range = document.createRange();
          range.selectNodeContents(out);
          const t = range.getBoundingClientRect();
          const apart = (b: DOMRect) => Math.max(b.left - t.right, t.left - b.right, b.top - t.bottom, t.top - b.bottom);
          const [less, more] = [...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
          return { text: out.textContent ?? '', clearance: Math.min(apart(less!), apart(more!)) };
        }),
      );
      for (const g of gaps) expect(g.clearance, `"${g.text}" against a button`).toBeGreaterThanOrEqual(8);
    }
    await page.close();
  });
});
