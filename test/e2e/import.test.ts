// Bringing old training in: a Strong export (semicolons, kg, decimal commas)
// imported from Settings with a progress bar and a report, then its sessions
// in History. The History half also runs with the file sent through the API.
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

  it('imports from Settings with a progress bar, shows the report, then the sessions in History', async () => {
    const page = await loggedIn(h);
    await new AppShell(page).open('Settings');
    const settings = new SettingsPage(page);
    await settings.waitUntilShown();
    // The picker must be there: without it this test fails, it does not skip.
    expect(await settings.importFile.count(), 'Settings offers no CSV file picker for importing').toBe(1);
    // The server's answer is held, so the bar is on screen for as long as it takes to look at it.
    const answer = await settings.holdImportAnswer();
    await settings.importCsv(FILE);
    await settings.importProgress.waitFor({ timeout: 10_000 });
    expect(await settings.importProgress.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Importing…' }).isDisabled()).toBe(true);
    await screenshot(page, 'c-00-import-progress');
    answer.release();
    await settings.importReport.waitFor({ timeout: 30_000 });
    expect(await settings.importProgress.count()).toBe(0);
    // What the file holds (test/api/interop.test.ts): 17 rows, 12 sets imported, 2 rest timers kept, 3 skipped (a note row among them), 2 sessions.
    const report = await settings.importReport.innerText();
    expect(report).toMatch(/\b12 of 17 rows imported\b/);
    expect(report).toMatch(/\b2 rest times kept with the sets they followed\b/);
    expect(report).toMatch(/\b3 rows skipped\b/);
    expect(report).toMatch(/Row 7: note row, not a set/);
    expect(report).toMatch(/\b2 sessions added to your history\b/);
    await settings.importReport.scrollIntoViewIfNeeded();
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
