// The web app's benchmark (npm run bench, after the HTTP one): the JavaScript a
// phone must fetch before the first paint, gzipped, against 60 kB; then, in
// real Chromium at 360×740, how long History and Progress take to show for a
// lifter with a 100k-row Strong import, against 300 ms. Timed in the page:
// from the tab tap to the frame after the first session row (History), the
// radar and the e1RM chart (Progress) are in the page with a size.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { record } from './figures.js';
import { strongCsv } from './strong-file.js';

const ROOT = resolve(import.meta.dirname, '../..');
const WEB = join(ROOT, 'dist/web');
const CHROMIUM = '/usr/bin/chromium';
const BUDGET_KB = 60;
const OPEN_TARGET_MS = 300;
const RUNS = 5;
const ROWS = 100_000;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const fmt = (ms: number) => ms.toFixed(0).padStart(4);

/** The entry script and its modulepreload imports, as index.html names them, gzipped. */
export function initialJs(): { files: string[]; bytes: number } {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const files = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  const bytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(WEB, f.replace(/^\//, ''))), { level: 9 }).length, 0);
  return { files, bytes };
}

function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/bladework.js', 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', BLADEWORK_DATA: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    createInterface({ input: child.stdout! }).once('line', (line) => res({ url: line.trim().replace(/\/$/, ''), child }));
    child.once('exit', (code) => rej(new Error(`server exited with ${code}`)));
  });
}

async function call(base: string, cookie: string, method: string, path: string, body: string, type = 'application/json') {
  const res = await fetch(`${base}${path}`, { method, headers: { cookie, 'content-type': type }, body });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A lifter with a profile, a plan and the 100k-row Strong file imported. */
async function seed(base: string): Promise<{ email: string; password: string; rows: number; seconds: number }> {
  const email = `web-bench-${randomUUID()}@example.org`;
  const password = 'bench password';
  const reg = await fetch(`${base}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (reg.status !== 201) throw new Error(`register: ${reg.status}`);
  const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0]!;
  const profile = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };
  await call(base, cookie, 'PUT', '/api/v1/profile', JSON.stringify(profile));
  await call(base, cookie, 'POST', '/api/v1/plan/generate', '{}');
  const t0 = performance.now();
  const { report } = await call(base, cookie, 'POST', '/api/v1/import?format=strong', strongCsv(ROWS), 'text/csv');
  return { email, password, rows: report.rowsImported, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Taps a tab in the page and answers, per selector, the milliseconds until it
 * matches an element with a size (checked every frame, before it paints).
 */
function timeOpen(page: Page, href: string, selectors: string[]): Promise<number[]> {
  return page.evaluate(
    ({ href, selectors }) =>
      new Promise<number[]>((resolve, reject) => {
        // Runs in the page; the bench's tsconfig has no DOM types, hence the narrow cast.
        type El = { click(): void; getBoundingClientRect(): { width: number; height: number } };
        const g = globalThis as unknown as {
          document: { querySelector(s: string): El | null };
          performance: { now(): number };
          requestAnimationFrame(cb: () => void): number;
          setTimeout(cb: () => void, ms: number): number;
        };
        const shown = (s: string) => {
          const el = g.document.querySelector(s);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        };
        const tab = g.document.querySelector(`nav[aria-label="Main"] a[href="${href}"]`);
        if (!tab) return reject(new Error(`no tab ${href}`));
        const found: (number | null)[] = selectors.map(() => null);
        const t0 = g.performance.now();
        g.setTimeout(() => reject(new Error(`not shown within 30 s: ${selectors.filter((_, i) => found[i] === null).join(', ')}`)), 30_000);
        const check = () => {
          selectors.forEach((s, i) => {
            if (found[i] === null && shown(s)) found[i] = g.performance.now() - t0;
          });
          // Checked in animation frames, just before each paint: found means painted in this frame.
          if (found.every((f) => f !== null)) resolve(found as number[]);
          else g.requestAnimationFrame(check);
        };
        tab.click();
        check();
      }),
    { href, selectors },
  );
}

async function toPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Week plan' }).waitFor();
  // Let the screen left behind finish its work (a late fetch, a chart teardown).
  await page.waitForTimeout(300);
}

/** Median and worst of a screen's runs, against the target. */
function line(name: string, runs: number[]): string {
  const sorted = [...runs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const worst = sorted.at(-1)!;
  const status = median > OPEN_TARGET_MS ? 'MISSED' : worst > OPEN_TARGET_MS ? 'ok (worst over target)' : 'ok';
  return `${name.padEnd(34)} median ${fmt(median)} ms  worst ${fmt(worst)} ms  target < ${OPEN_TARGET_MS} ms  ${status}   runs: ${runs.map((r) => r.toFixed(0)).join(', ')} ms`;
}

export async function runWebBench(): Promise<void> {
  console.log('\nWeb app');
  if (!existsSync(join(WEB, 'index.html'))) {
    console.log('  dist/web is missing: run `npm run build` first (npm run bench does)');
    return;
  }
  const js = initialJs();
  record('web.initialJsGzipBytes', js.bytes);
  const jsOk = js.bytes <= BUDGET_KB * 1000;
  console.log(`initial JavaScript (entry + modulepreloads, gzip -9): ${kb(js.bytes)} kB (${js.bytes.toLocaleString('en')} bytes) in ${js.files.length} file(s) — target ≤ ${BUDGET_KB} kB ${jsOk ? 'ok' : 'MISSED'}`);

  if (!existsSync(CHROMIUM)) {
    console.log(`History/Progress open times: SKIPPED, ${CHROMIUM} is missing (apt-get install -y chromium)`);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bladework-web-bench-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
  });
  try {
    const lifter = await seed(server.url);
    console.log(`seeded a lifter with a ${ROWS.toLocaleString('en')}-row Strong import (${lifter.rows.toLocaleString('en')} sets) through POST /api/v1/import in ${lifter.seconds.toFixed(2)} s`);
    // Without the service worker: what it fetches (its precache, and the API
    // calls it passes on once it controls the page) is not seen by the page's
    // request events, so the bytes below would stop counting after the first
    // visit. Its precache comes on top of them, in the background.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, baseURL: server.url, serviceWorkers: 'block' });
    const page = await context.newPage();
    // What the phone downloads, compressed as sent, headers included: a first visit with nothing cached, then up to Today.
    let downloaded = 0;
    const counting = new Set<Promise<void>>();
    // Requests in flight, and when the last one began or ended: Playwright's
    // 'networkidle' is reached once per navigation, so after logging in (no
    // navigation) it said idle at once and the count stopped wherever the
    // phone's offline copy had got to (23 to 293 kB between runs).
    let inFlight = 0;
    let lastActivity = performance.now();
    const active = (delta: number) => {
      inFlight += delta;
      lastActivity = performance.now();
    };
    page.on('request', () => active(1));
    page.on('requestfailed', () => active(-1));
    page.on('requestfinished', (req) => {
      active(-1);
      const sized = req.sizes().then((z) => void (downloaded += z.responseBodySize + z.responseHeadersSize), () => {});
      counting.add(sized);
    });
    /** Until nothing has been asked for or answered for QUIET_MS (or 60 s have passed). */
    const settle = async () => {
      const QUIET_MS = 1000;
      const until = performance.now() + 60_000;
      while ((inFlight > 0 || performance.now() - lastActivity < QUIET_MS) && performance.now() < until) await new Promise((r) => setTimeout(r, 100));
      await Promise.all(counting);
    };
    await page.goto('/');
    await page.getByRole('button', { name: 'Log in' }).waitFor();
    await settle();
    const coldVisit = downloaded;
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('Email').fill(lifter.email);
    await page.getByLabel('Password').fill(lifter.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
    await settle();
    const toToday = downloaded;
    // The app opened again later with nothing changed on the server: the
    // shell from the service worker, the phone's copy kept (its revision unchanged).
    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).waitFor({ timeout: 30_000 });
    await settle();
    const reopen = downloaded - toToday;
    console.log(
      `downloaded by the phone (compressed as sent, headers included): a cold first visit ${kb(coldVisit)} kB; logging in and reaching Today ${kb(toToday)} kB in all, ` +
        `with the phone's offline copy of the log's last 1,000 sessions (the service worker's own precache comes after, in the background); opening the app again with nothing changed ${kb(reopen)} kB`,
    );
    record('web.coldVisitBytes', coldVisit);
    record('web.toTodayBytes', toToday);
    record('web.reopenBytes', reopen);

    const history: number[] = [];
    const radar: number[] = [];
    const chart: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // From another screen each time (Plan), as a lifter moves between tabs.
      await toPlan(page);
      const [h] = await timeOpen(page, '#/history', ['ol[aria-label="Sessions"] h2']);
      history.push(h!);
      await toPlan(page);
      const [r, c] = await timeOpen(page, '#/progress', ['[aria-labelledby="pg-week"] figure svg', '[aria-labelledby="pg-e1rm"] canvas']);
      radar.push(r!);
      chart.push(c!);
    }
    console.log(`Chromium 360×740, from Plan to the screen, ${RUNS} runs each (the first opens each screen cold: its code and data not yet on the phone)`);
    console.log(line('History → first session row', history));
    console.log(line('Progress → radar', radar));
    console.log(line('Progress → e1RM chart', chart));
    // What the cold Progress run waits for: the analytics it fetches (kept on the phone afterwards).
    const fetches = await page.evaluate(() =>
      (globalThis as unknown as { performance: { getEntriesByType(t: string): { name: string; duration: number; transferSize: number; decodedBodySize: number }[] } }).performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/v1/analytics'))
        .map((e) => ({ ms: e.duration, bytes: e.decodedBodySize })),
    );
    if (fetches[0]) {
      const later = fetches.slice(1).map((f) => f.ms.toFixed(0)).join(', ');
      console.log(`  GET /api/v1/analytics from the page: first ${fetches[0].ms.toFixed(0)} ms (${kb(fetches[0].bytes)} kB of JSON)${later ? `, then ${later} ms (the screen shows the phone's copy meanwhile)` : ''}`);
    }
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
