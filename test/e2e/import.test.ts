// Bringing old training in: a Strong export (semicolons, kg, decimal commas)
// imported from Settings with a progress bar and a report, then its sessions
// in History. The History half also runs with the file sent through the API,
// so imported sessions are checked on screen even while Settings lacks the picker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { hasChromium, PASSWORD, sayIfSkipped, seedLifter, serverAs, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { HistoryPage } from './pages/history.js';
import { SettingsPage } from './pages/settings.js';

sayIfSkipped('e2e/import');

const FILE = resolve(import.meta.dirname, '../fixtures/import/strong-semicolon-kg.csv');
const PROFILE = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], equipment: { preset: 'commercial' } };
/** What the file holds (see test/api/interop.test.ts): two workouts. */
const SESSIONS = [
  { date: '2024-03-07', name: 'Push' },
  { date: '2024-03-05', name: 'Pull' },
];

async function loggedIn(h: Harness): Promise<Page> {
  const { email } = await seedLifter(h.server.url, PROFILE);
  const { page } = await h.phone();
  const auth = new AuthPage(page);
  await auth.open();
  await auth.logIn(email, PASSWORD);
  await new AppShell(page).waitUntilReady();
  return page;
}

/** History lists both imported workouts, newest first, marked as from Strong, with their exercises. */
async function expectImportedInHistory(page: Page): Promise<void> {
  await new AppShell(page).open('History');
  const history = new HistoryPage(page);
  await history.waitUntilShown();
  const headings = await history.sessionHeadings.allInnerTexts();
  expect(headings).toHaveLength(SESSIONS.length);
  expect(headings.map((t) => /2024/.test(t))).toEqual([true, true]);
  for (const s of SESSIONS) await history.list.getByText(`${s.name} · Imported from Strong`).waitFor();
  const exercises = await history.importedExercises.allInnerTexts();
  expect(exercises.some((t) => t.startsWith('Barbell deadlift') && t.includes('142.5 × 7'))).toBe(true);
  expect(exercises.some((t) => t.startsWith('Barbell bench press'))).toBe(true);
}

describe.skipIf(!hasChromium)('importing a Strong file', { timeout: 90_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  it('imports from Settings with a progress bar, shows the report, then the sessions in History', async (ctx) => {
    const page = await loggedIn(h);
    await new AppShell(page).open('Settings');
    const settings = new SettingsPage(page);
    await settings.waitUntilShown();
    if (!(await settings.hasImport())) {
      console.log('e2e/import: Settings has no file picker for importing yet (web/src/screens/settings/settings-screen.tsx lists it under "Coming here soon"); the Settings import test is SKIPPED');
      ctx.skip();
    }
    // A small file imports in a blink: watch for the progress bar from before the file is picked.
    await page.evaluate(() => {
      const g = globalThis as unknown as { MutationObserver: new (cb: () => void) => { observe(n: unknown, o: object): void }; document: { body: unknown; querySelector(s: string): unknown }; sawProgress?: boolean };
      const look = () => void (g.document.querySelector('[role="progressbar"], progress') && (g.sawProgress = true));
      new g.MutationObserver(look).observe(g.document.body, { subtree: true, childList: true, attributes: true });
    });
    await settings.importCsv(FILE);
    await page.getByText(/imported/i).first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { sawProgress?: boolean }).sawProgress === true)).toBe(true);
    await expect.poll(() => page.getByText(/\b2 (sessions|workouts)\b/).count()).toBeGreaterThan(0);
    await screenshot(page, 'c-01-import-report');
    await expectImportedInHistory(page);
    await screenshot(page, 'c-02-history-imported');
  });

  it('shows a Strong file’s sessions in History (file sent through the API)', async () => {
    const page = await loggedIn(h);
    const call = await serverAs(h.server.url, page.context());
    const { report } = await call<{ report: { sessionsInserted?: number; rowsImported: number } }>('POST', '/api/v1/import?format=strong', readFileSync(FILE, 'utf8'), 'text/csv');
    expect(report.rowsImported).toBe(12);
    await expectImportedInHistory(page);
    await screenshot(page, 'c-03-history-imported-via-api');
  });
});
