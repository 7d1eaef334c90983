// What every browser test file shares: one real `bladework serve` on a temp
// data directory and one Chromium for the whole file, a lifter made over HTTP
// (fast) or through the screens, the server read back with the lifter's own
// cookie, and the accessibility findings gathered screen by screen.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, desktopContext, horizontalOverflow, launchBrowser, phoneContext, seriousAxeViolations, type AxeViolation } from '../support/browser.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/server-process.js';

export const hasChromium = existsSync(CHROMIUM);

/** Logs why a browser file is skipped, once per file. */
export function sayIfSkipped(file: string): void {
  if (!hasChromium) console.log(`${file}: SKIPPED because ${CHROMIUM} is missing (CI installs Debian's chromium; locally: apt-get install -y chromium)`);
}

export interface Harness {
  server: ServerProcess;
  browser: Browser;
  dataDir: string;
  /** A fresh phone-sized browser profile (its own cookies and IndexedDB). */
  phone(opts?: { dark?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** A fresh desktop-sized browser profile (1280×800). */
  desktop(opts?: { dark?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // The server serves the built app; without it every screen would be a 404.
  if (!existsSync(resolve(import.meta.dirname, '../../dist/web/index.html'))) throw new Error('dist/web is missing: run `npm run build` first (npm test does)');
  const dataDir = mkdtempSync(join(tmpdir(), 'bladework-e2e-'));
  const [server, browser] = await Promise.all([startServerProcess({ BLADEWORK_DATA: dataDir }), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    dataDir,
    async phone(opts = {}) {
      const context = await phoneContext(browser, { baseURL: server.url, ...(opts.dark ? { dark: true } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async desktop(opts = {}) {
      const context = await desktopContext(browser, { baseURL: server.url, ...(opts.dark ? { dark: true } : {}) });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await stopServerProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'correct horse battery';
export const newEmail = (what: string) => `e2e-${what}-${randomUUID().slice(0, 8)}@example.org`;

/** The server as the lifter logged in on `context` sees it: its cookie, sent from Node. */
export async function serverAs(base: string, context: BrowserContext) {
  const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
  return async <T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> => {
    const res = await fetch(new URL(path, base), {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': type }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

/** A lifter set up over HTTP (register, profile, plan), to log in through the screens. */
export async function seedLifter(base: string, profile: Record<string, unknown>): Promise<{ email: string; cookie: string }> {
  const email = newEmail('seed');
  const reg = await fetch(new URL('/api/v1/auth/register', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${await reg.text()}`);
  const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0]!;
  for (const [method, path, body] of [
    ['PUT', '/api/v1/profile', profile],
    ['POST', '/api/v1/plan/generate', {}],
  ] as const) {
    const res = await fetch(new URL(path, base), { method, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  }
  return { email, cookie };
}

export interface HistoryPage {
  sessions: {
    id: string;
    date: string;
    source: string;
    combos: { id: string; combo: string; compound: { load: number; reps: number; rir: number }; shrug: { load: number; reps: number; toFailure: boolean } }[];
    sets: unknown[];
  }[];
  nextCursor: string | null;
}

/** Every session the server has for the lifter, all pages. */
export async function allHistory(call: Awaited<ReturnType<typeof serverAs>>): Promise<HistoryPage['sessions']> {
  const out: HistoryPage['sessions'] = [];
  let before: string | null = null;
  do {
    const page: HistoryPage = await call('GET', `/api/v1/history?limit=100${before ? `&before=${encodeURIComponent(before)}` : ''}`);
    out.push(...page.sessions);
    before = page.nextCursor;
  } while (before);
  return out;
}

/** Three weekdays starting with today's (the browser runs on this machine's clock), for a full-body week. */
export function fullBodyDaysWithToday(now = new Date()): string[] {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const picked = [0, 2, 4].map((k) => days[(now.getDay() + k) % 7]!);
  return picked.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** A full-body week of three days, none of them today's weekday: today is a rest day. */
export function fullBodyDaysWithoutToday(now = new Date()): string[] {
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const picked = [1, 3, 5].map((k) => days[(now.getDay() + k) % 7]!);
  return picked.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Serious and critical axe findings, screen by screen, for one assertion at the end. */
export class A11yLog {
  readonly checked: string[] = [];
  readonly findings: { screen: string; violation: AxeViolation }[] = [];
  /** What stuck out sideways, screen by screen (checkWithLayout). */
  readonly overflow: string[] = [];

  async check(page: Page, screen: string): Promise<void> {
    // Let enter animations and lazy content settle so colours are final.
    await page.waitForTimeout(150);
    for (const violation of await seriousAxeViolations(page)) this.findings.push({ screen, violation });
    this.checked.push(screen);
  }

  /** axe, and whether the page is wider than its window: both gathered for the end. */
  async checkWithLayout(page: Page, screen: string): Promise<void> {
    await this.check(page, screen);
    for (const problem of await horizontalOverflow(page)) this.overflow.push(`[${screen}] ${problem}`);
  }

  report(): string {
    return this.findings
      .map(({ screen, violation: v }) => `[${screen}] ${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`)
      .join('\n');
  }
}

/** The rounds in the phone's outbox (IndexedDB "bladework", store "outbox"), read in the page. */
export interface PhoneRound {
  id: string;
  status: string;
  body: { compound: { id: string; reps: number }; shrug: { id: string; reps: number } };
}

export async function outboxOnPhone(page: Page): Promise<PhoneRound[]> {
  return page.evaluate(
    () =>
      new Promise<PhoneRound[]>((resolve, reject) => {
        // Runs in the page; the tests' tsconfig has no DOM types, hence the narrow casts.
        type Req<T> = { result: T; onsuccess: (() => void) | null; onerror: (() => void) | null; error: unknown };
        const idb = (globalThis as unknown as { indexedDB: { open(name: string): Req<{ transaction(s: string): { objectStore(s: string): { getAll(): Req<PhoneRound[]> } }; close(): void }> } }).indexedDB;
        const open = idb.open('bladework');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result);
          };
        };
      }),
  );
}
