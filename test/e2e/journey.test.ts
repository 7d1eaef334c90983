// A new lifter's first day in real Chromium at 360×740, against the real
// server: sign up, set up, see the week, run a whole combo in the gym, then
// find it in History and Progress. axe-core checks every screen on the way
// (and the dark theme's), and the last test asserts none had a serious or
// critical finding. Screenshots go to test-artifacts/screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from '../support/browser.js';
import { A11yLog, allHistory, fullBodyDaysWithToday, hasChromium, newEmail, PASSWORD, sayIfSkipped, serverAs, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { HistoryPage } from './pages/history.js';
import { OnboardingPage } from './pages/onboarding.js';
import { PlanPage } from './pages/plan.js';
import { ProgressPage } from './pages/progress.js';
import { SettingsPage } from './pages/settings.js';
import { TodayPage, type LoggedRound } from './pages/today.js';

sayIfSkipped('e2e/journey');

/** Every screen the suite must have put through axe (the dark ones too). */
const SCREENS = [
  'auth',
  'onboarding: about you',
  'onboarding: experience',
  'onboarding: week',
  'onboarding: gym',
  'plan',
  'today: overview',
  'runner: warm-up',
  'runner: compound',
  'runner: shrug',
  'runner: rest',
  'runner: prescription',
  'history',
  'progress',
  'settings',
  'plan (dark)',
  'today: overview (dark)',
];

describe.skipIf(!hasChromium)('a lifter’s first day, in the browser', { timeout: 120_000 }, () => {
  let h: Harness;
  let page: Page;
  const a11y = new A11yLog();
  const email = newEmail('journey');

  beforeAll(async () => {
    h = await startHarness();
    ({ page } = await h.phone());
  }, 60_000);
  afterAll(async () => h?.close());

  it('signs up, sets up, runs a whole combo, then finds it in History and Progress', async () => {
    const shell = new AppShell(page);
    const auth = new AuthPage(page);
    await auth.open();
    await screenshot(page, 'a-01-sign-up');
    await a11y.check(page, 'auth');
    await auth.signUp(email, PASSWORD, 'Robin');

    const setup = new OnboardingPage(page);
    await setup.aboutYou('kg', 82);
    await screenshot(page, 'a-02-setup-about-you');
    await a11y.check(page, 'onboarding: about you');
    await setup.toExperience();
    await setup.experience('Intermediate');
    await a11y.check(page, 'onboarding: experience');
    await setup.toWeek();
    await setup.week('Full body', fullBodyDaysWithToday());
    await screenshot(page, 'a-03-setup-week');
    await a11y.check(page, 'onboarding: week');
    await setup.toGym();
    await setup.gym('A commercial gym');
    await screenshot(page, 'a-04-setup-gym');
    await a11y.check(page, 'onboarding: gym');
    await setup.buildMyWeek();

    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await expect.poll(() => plan.ready.isVisible()).toBe(true);
    expect(await plan.days.count()).toBe(3);
    await screenshot(page, 'a-05-plan');
    await a11y.check(page, 'plan');

    await shell.open('Today');
    const today = new TodayPage(page);
    // The week includes today (fullBodyDaysWithToday); past midnight it may not: then the next day's.
    await today.openSession();
    expect(await today.step()).toBe('overview');
    const combo = (await today.comboNames())[0]!;
    expect(combo).toBeTruthy();
    await screenshot(page, 'a-06-today-overview');
    await a11y.check(page, 'today: overview');
    await today.start();

    // Warm-up: one drill stepped through, the rest skipped.
    await today.expectStep('warmup');
    await screenshot(page, 'a-07-warmup');
    await a11y.check(page, 'runner: warm-up');
    await today.warmupNext();
    await today.expectStep('warmup');
    await today.skipWarmup();

    if ((await today.waitForStep('ramp', 'compound')) === 'ramp') {
      await screenshot(page, 'a-08-ramp-up');
      await a11y.check(page, 'runner: ramp-up');
      expect(await today.rampUp()).toBeGreaterThan(0);
    }

    // Every round of the first combo: compound as suggested, shrug counted to failure, rest skipped.
    const tapped: number[] = [];
    for (let round = 0; ; round++) {
      await today.expectStep('compound');
      if (round === 0) {
        await screenshot(page, 'a-09-compound');
        await a11y.check(page, 'runner: compound');
      }
      await today.compoundAsSuggested();
      await today.expectStep('shrug');
      const reps = 7 - round;
      await today.tapReps(reps);
      expect(await today.shrugCount()).toBe(reps);
      tapped.push(reps);
      if (round === 0) {
        await screenshot(page, 'a-10-shrug');
        await a11y.check(page, 'runner: shrug');
      }
      if (round === 0) {
        // The tap that logs the round must change the screen within one frame.
        const tap = await today.reachedFailureWithinOneFrame();
        console.log(`log-the-round tap: screen changed ${tap.msToChange.toFixed(1)} ms after the tap, before the next frame: ${tap.changedBeforeNextFrame}`);
        expect(tap.changedBeforeNextFrame).toBe(true);
      } else {
        await today.reachedFailure();
      }
      if ((await today.waitForStep('rest', 'prescription')) === 'prescription') break;
      if (round === 0) {
        await screenshot(page, 'a-11-rest');
        await a11y.check(page, 'runner: rest');
      }
      await today.skipRest();
    }
    expect(tapped.length).toBeGreaterThanOrEqual(2);

    await screenshot(page, 'a-12-prescription');
    await a11y.check(page, 'runner: prescription');
    expect(await today.headline()).toMatch(/next time|Combo done/);
    const rounds: LoggedRound[] = await today.roundsListed();
    expect(rounds.map((r) => r.shrugReps)).toEqual(tapped);
    expect(rounds.every((r) => r.toFailure)).toBe(true);

    // The rounds reach the server by themselves.
    await shell.waitForSync('All synced');
    const server = await allHistory(await serverAs(h.server.url, page.context()));
    const onServer = server.flatMap((s) => s.combos);
    expect(onServer.map((c) => [c.compound.load, c.compound.reps, c.compound.rir, c.shrug.reps])).toEqual(rounds.map((r) => [r.load, r.reps, r.rir, r.shrugReps]));

    await shell.open('History');
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    const drawn = await history.roundText(combo);
    expect(drawn).toHaveLength(rounds.length);
    for (const r of rounds) {
      // Today's combo depends on the weekday: a dip or pull-up at no added load reads "bodyweight".
      const load = r.load === 0 ? 'bodyweight' : `${r.load} kg`;
      expect(drawn.some((t) => t.includes(`${load} × ${r.reps} @ RIR ${r.rir}`) && t.includes(`${load} × ${r.shrugReps}`)), drawn.join(' / ')).toBe(true);
    }
    await screenshot(page, 'a-13-history');
    await a11y.check(page, 'history');

    await shell.open('Progress');
    const progress = new ProgressPage(page);
    await progress.waitUntilShown();
    // The chart has a point: uPlot was given one, the table for screen readers lists it, and it is painted in the series' colour.
    const points = await progress.e1rmDrawnPoints();
    expect(points).toBeGreaterThanOrEqual(1);
    expect(await progress.e1rmTable.locator('tbody tr').count()).toBe(points);
    expect(await progress.e1rmSeriesPixels()).toBeGreaterThan(0);
    // At least one dated estimate: "Barbell floor press: about 66 kg on Nov 23, 2026; best …".
    expect(await progress.e1rmSummary()).toMatch(/about \d+ kg on [^;]*\d{4}/);
    await progress.radar.waitFor();
    await screenshot(page, 'a-14-progress');
    await a11y.check(page, 'progress');
    await progress.e1rm.scrollIntoViewIfNeeded();
    await screenshot(page, 'a-15-progress-e1rm');
  });

  it('renders the plan and today in the dark theme', async () => {
    const { page: dark } = await h.phone({ dark: true });
    await new AuthPage(dark).open();
    await new AuthPage(dark).logIn(email, PASSWORD);
    const today = new TodayPage(dark);
    expect(['overview', 'rest-day']).toContain(await today.step());
    // The page really is dark: the body's background is far from white.
    const bg = await dark.evaluate(() => {
      const g = globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string }; document: { body: unknown } };
      return g.getComputedStyle(g.document.body).backgroundColor;
    });
    const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await screenshot(dark, 'e-01-today-dark');
    await a11y.check(dark, 'today: overview (dark)');

    await new AppShell(dark).open('Plan');
    await new PlanPage(dark).waitUntilShown();
    await screenshot(dark, 'e-02-plan-dark');
    await a11y.check(dark, 'plan (dark)');
  });

  it('has no serious or critical accessibility findings on any screen', async () => {
    await new AppShell(page).open('Settings');
    await new SettingsPage(page).waitUntilShown();
    await screenshot(page, 'd-01-settings');
    await a11y.check(page, 'settings');

    const missing = SCREENS.filter((s) => !a11y.checked.includes(s));
    expect(missing, 'screens never checked (an earlier test stopped before them)').toEqual([]);
    if (a11y.findings.length > 0) console.log(`axe-core: serious or critical findings\n${a11y.report()}`);
    expect(a11y.findings.map((f) => `[${f.screen}] ${f.violation.id}`)).toEqual([]);
  });
});
