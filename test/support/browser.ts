// Real Chromium (Debian's package) driven by playwright-core for the browser
// tests: a phone-sized page, screenshots kept as test artifacts, and axe-core
// run inside the page.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = resolve(import.meta.dirname, '../../test-artifacts/screenshots');
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
}

export async function phoneContext(browser: Browser, opts: { dark?: boolean; baseURL: string }): Promise<BrowserContext> {
  return browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: opts.dark ? 'dark' : 'light',
    baseURL: opts.baseURL,
  });
}

/** A desktop browser window: mouse, no touch, the size of a small laptop screen. */
export async function desktopContext(browser: Browser, opts: { dark?: boolean; baseURL: string }): Promise<BrowserContext> {
  return browser.newContext({
    viewport: DESKTOP,
    deviceScaleFactor: 1,
    colorScheme: opts.dark ? 'dark' : 'light',
    baseURL: opts.baseURL,
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = resolve(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical accessibility violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per page load: the app changes screens without reloading.
  // Evaluated, not added as a <script>: the app's content security policy
  // (script-src 'self') rightly refuses inline scripts, and the test must not weaken it.
  if (!(await page.evaluate('typeof globalThis.axe === "object"'))) await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // Runs in the page; the test's own tsconfig has no DOM types, hence globalThis.
  const violations = await page.evaluate(async () => {
    const g = globalThis as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: AxeViolation[] }> }; document: unknown };
    const r = await g.axe.run(g.document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * What sticks out sideways: empty when the page is no wider than its window
 * (document scrollWidth <= clientWidth, and clientWidth the window's width:
 * a phone zooms out to fit a too-wide page, which widens clientWidth too);
 * else the widths and the first few elements whose right edge passes the
 * window, to say what to fix.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  const width = page.viewportSize()?.width;
  if (!width) throw new Error('the page has no fixed viewport size');
  // A string, not a function: the test tsconfig has no DOM types.
  return (await page.evaluate(`(() => {
    const doc = document.documentElement;
    const width = ${width};
    if (doc.scrollWidth <= doc.clientWidth && doc.clientWidth <= width) return [];
    const out = ['document is ' + doc.scrollWidth + ' px wide (client ' + doc.clientWidth + ' px) in a ' + width + ' px window'];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && out.length < 6) {
        out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' right edge at ' + Math.round(r.right) + ' px');
      }
    }
    return out;
  })()`)) as string[];
}

/** Whether the element is on screen now, wholly inside the window (not scrolled away, not hidden under the window's edge). */
export async function isInViewport(page: Page, locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

/** Whether the page is drawn dark: the body's background far from white. */
export async function pageIsDark(page: Page): Promise<boolean> {
  const bg = (await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string;
  const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
  return r + g + b < 200;
}

/**
 * Waits until `expression` is truthy in the page, asking from outside at each
 * frame. Not page.waitForFunction: that polls by eval inside the page, which
 * the app's content security policy refuses (EvalError) whenever the first
 * check is not already true.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${expression} in the page`);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(0)))');
  }
}
