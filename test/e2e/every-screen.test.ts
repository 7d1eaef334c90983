// Every screen through axe-core at 360×740, once in the light theme and once
// in the dark one (the phone's own setting, emulated: prefers-color-scheme):
// sign-up and log-in, set-up, the week plan before and after an edit, every
// step of the runner to "Session done" (the late-shrug warning too), History
// with a round corrected and one deleted (the undo bar), Progress, Settings
// while a file imports and after, and the rest day. Each screen is also
// checked for sideways overflow. The last test of each theme asserts no
// serious or critical finding anywhere. Screenshots: g-* light, h-* dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pageIsDark, screenshot } from '../support/browser.js';
import {
  A11yLog,
  allHistory,
  fullBodyDaysWithoutToday,
  fullBodyDaysWithToday,
  hasChromium,
  newEmail,
  PASSWORD,
  sayIfSkipped,
  seedLifter,
  serverAs,
  startHarness,
  type Harness,
} from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { HistoryPage } from './pages/history.js';
import { OnboardingPage } from './pages/onboarding.js';
import { PlanPage } from './pages/plan.js';
import { ProgressPage } from './pages/progress.js';
import { SettingsPage } from './pages/settings.js';
import { TodayPage } from './pages/today.js';

sayIfSkipped('e2e/every-screen');

const IMPORT_FILE = new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url).pathname;

/** Every screen each theme must have put through axe. */
const SCREENS = [
  'auth: sign up',
  'auth: log in',
  'auth: log in refused',
  'onboarding: about you',
  'onboarding: experience',
  'onboarding: week',
  'onboarding: gym',
  'plan',
  'plan: edited, not saved',
  'plan: saved after edits',
  'how it works, at a combo',
  'today: overview',
  'runner: warm-up',
  'runner: compound',
  'runner: shrug',
  'runner: shrug, late',
  'runner: rest',
  'runner: prescription',
  'runner: session done',
  'history',
  'history: correct a round',
  'history: saved',
  'history: deleted, undo',
  'progress',
  'settings',
  'settings: week preview',
  'settings: import progress',
  'settings: import report',
  'today: rest day',
];

const THEMES = [
  { theme: 'light', dark: false, prefix: 'g' },
  { theme: 'dark', dark: true, prefix: 'h' },
] as const;

describe.skipIf(!hasChromium).each(THEMES)('every screen in the $theme theme, at 360×740', { timeout: 120_000 }, ({ dark, prefix }) => {
  let h: Harness;
  let page: Page;
  const a11y = new A11yLog();
  const email = newEmail(`screens-${prefix}`);
  let shots = 0;
  let combo = '';

  /** Screenshot, axe and the overflow check, under one name. */
  async function look(p: Page, screen: string): Promise<void> {
    shots += 1;
    await screenshot(p, `${prefix}-${String(shots).padStart(2, '0')}-${screen.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}`);
    await a11y.checkWithLayout(p, screen);
  }

  beforeAll(async () => {
    h = await startHarness();
    ({ page } = await h.phone({ dark }));
  }, 60_000);
  afterAll(async () => h?.close());

  it('signs up (after a look at log-in and a refused log-in), sets up, edits and saves the week', async () => {
    const auth = new AuthPage(page);
    await auth.open();
    expect(await pageIsDark(page)).toBe(dark);
    await look(page, 'auth: sign up');
    await auth.showLogIn();
    await look(page, 'auth: log in');
    await auth.logIn(newEmail('nobody'), 'not the password');
    await auth.refusal.waitFor();
    await look(page, 'auth: log in refused');
    await auth.showSignUp();
    await auth.signUp(email, PASSWORD);

    const setup = new OnboardingPage(page);
    await setup.aboutYou('kg', 78);
    await look(page, 'onboarding: about you');
    await setup.toExperience();
    await setup.experience('Intermediate');
    await look(page, 'onboarding: experience');
    await setup.toWeek();
    await setup.week('Full body', fullBodyDaysWithToday());
    await look(page, 'onboarding: week');
    await setup.toGym();
    await setup.gym('A commercial gym');
    await look(page, 'onboarding: gym');
    await setup.buildMyWeek();

    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await look(page, 'plan');
    const call = await serverAs(h.server.url, page.context());
    type ServerPlan = { plan: { id: string; kind: string; days: { weekday: string; combos: { compoundId: string }[] }[] } };
    const first = (await call<ServerPlan>('GET', '/api/v1/plan')).plan;
    const variant = await plan.swapFirstVariant();
    const movedTo = await plan.moveFirstMovable();
    await page.getByRole('button', { name: 'Save week' }).waitFor();
    await look(page, 'plan: edited, not saved');
    await plan.save();
    await look(page, 'plan: saved after edits');
    // The server keeps both edits: a new, edited plan with one more combo on the day moved to, and the new variant on screen.
    const saved = (await call<ServerPlan>('GET', '/api/v1/plan')).plan;
    expect(saved.id).not.toBe(first.id);
    expect(saved.kind).toBe('edited');
    const on = (p: typeof first) => p.days.find((d) => movedTo.toLowerCase().startsWith(d.weekday))?.combos.length ?? 0;
    expect(on(saved)).toBe(on(first) + 1);
    expect((await plan.days.allInnerTexts()).some((t) => t.includes(variant))).toBe(true);

    await page.getByRole('link', { name: 'How this combo works' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'How it works' }).waitFor();
    await look(page, 'how it works, at a combo');
    await page.goBack();
    await plan.waitUntilShown();
  });

  it('runs a whole session to "Session done", waiting past the shrug’s limit once', async () => {
    await new AppShell(page).open('Today');
    const today = new TodayPage(page);
    await today.openSession();
    combo = (await today.comboNames())[0]!;
    await look(page, 'today: overview');
    await today.start();
    await today.expectStep('warmup');
    await look(page, 'runner: warm-up');
    await today.skipWarmup();

    let rounds = 0;
    let shrugReps = 0;
    for (;;) {
      const step = await today.waitForStep('ramp', 'compound', 'rest', 'prescription', 'summary');
      if (step === 'summary') break;
      if (step === 'ramp') await today.rampUp();
      else if (step === 'rest') {
        if (!a11y.checked.includes('runner: rest')) await look(page, 'runner: rest');
        await today.skipRest();
      } else if (step === 'prescription') {
        if (!a11y.checked.includes('runner: prescription')) await look(page, 'runner: prescription');
        await today.nextCombo();
      } else {
        if (rounds === 0) await look(page, 'runner: compound');
        await today.compoundAsSuggested();
        await today.expectStep('shrug');
        if (rounds === 0) {
          await look(page, 'runner: shrug');
          // Past the limit, the clock line turns into a warning.
          await today.lateShrugWarning.waitFor({ timeout: 15_000 });
          expect(await today.secondsSinceCompound()).toBeGreaterThan(5);
          await look(page, 'runner: shrug, late');
        }
        await today.tapReps(3 + rounds);
        shrugReps += 3 + rounds;
        await today.reachedFailure();
        rounds += 1;
      }
      expect(rounds).toBeLessThan(20);
    }
    expect(rounds).toBeGreaterThanOrEqual(2);
    expect(await today.summaryIntro()).toBe(`${rounds} rounds · ${shrugReps} shrug reps · ${rounds} of ${rounds} shrugs to failure`);
    await look(page, 'runner: session done');
    await new AppShell(page).waitForSync('All synced');
  });

  it('corrects a round in History, deletes one and undoes it', async () => {
    await new AppShell(page).open('History');
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    await look(page, 'history');
    const before = await history.roundText(combo);

    await history.edit(combo);
    await look(page, 'history: correct a round');
    await history.shrugRepsField.fill('21');
    await history.saveEdit();
    await history.snackbar.filter({ hasText: /^Saved/ }).waitFor();
    await look(page, 'history: saved');
    await expect.poll(async () => (await history.roundText(combo)).some((t) => /× 21\b/.test(t))).toBe(true);

    const call = await serverAs(h.server.url, page.context());
    const onServer = (await allHistory(call)).flatMap((s) => s.combos).length;
    await history.delete(combo);
    await history.snackbar.filter({ hasText: 'round deleted' }).waitFor();
    expect(await history.roundText(combo)).toHaveLength(before.length - 1);
    await look(page, 'history: deleted, undo');
    await history.undo();
    await expect.poll(async () => (await history.roundText(combo)).length).toBe(before.length);
    expect((await allHistory(call)).flatMap((s) => s.combos)).toHaveLength(onServer);
  });

  it('shows Progress, then Settings while a file imports and after', async () => {
    const shell = new AppShell(page);
    await shell.open('Progress');
    const progress = new ProgressPage(page);
    await progress.waitUntilShown();
    expect(await progress.e1rmDrawnPoints()).toBeGreaterThanOrEqual(1);
    await progress.radar.waitFor();
    await look(page, 'progress');

    await shell.open('Settings');
    const settings = new SettingsPage(page);
    await settings.waitUntilShown();
    await look(page, 'settings');
    await page.getByRole('button', { name: 'See what changes' }).click();
    await page.getByRole('region', { name: /^(What changes in your week|Your week stays as it is)$/ }).waitFor();
    await look(page, 'settings: week preview');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const answer = await settings.holdImportAnswer();
    await settings.importCsv(IMPORT_FILE);
    await settings.importProgress.waitFor();
    await settings.importProgress.scrollIntoViewIfNeeded();
    await look(page, 'settings: import progress');
    answer.release();
    await settings.importReport.waitFor({ timeout: 30_000 });
    await settings.importReport.scrollIntoViewIfNeeded();
    expect(await settings.importReport.innerText()).toMatch(/12 of 17 rows imported/);
    await look(page, 'settings: import report');
  });

  it('shows the rest day to a lifter who does not train today', async () => {
    const { email: rester } = await seedLifter(h.server.url, {
      unit: 'kg',
      bodyweight: 70,
      experience: 'intermediate',
      split: 'full_body',
      days: fullBodyDaysWithoutToday(),
      equipment: { preset: 'commercial' },
    });
    const { page: other } = await h.phone({ dark });
    const auth = new AuthPage(other);
    await auth.open();
    await auth.logIn(rester, PASSWORD);
    const today = new TodayPage(other);
    expect(await today.step()).toBe('rest-day');
    await look(other, 'today: rest day');
  });

  it('has no serious or critical accessibility finding and no sideways overflow on any screen', () => {
    if (a11y.findings.length > 0) console.log(`axe-core (${dark ? 'dark' : 'light'}): serious or critical findings\n${a11y.report()}`);
    const missing = SCREENS.filter((s) => !a11y.checked.includes(s));
    expect(missing, 'screens never checked (an earlier test stopped before them)').toEqual([]);
    expect(a11y.findings.map((f) => `[${f.screen}] ${f.violation.id}`)).toEqual([]);
    expect(a11y.overflow).toEqual([]);
  });
});
