// The app in a desktop window (1280×800, mouse, no touch): sign-up, set-up,
// the week, a round in the runner, History, Progress and Settings. On each
// screen: nothing wider than the window, the screen's main controls on
// screen (not pushed off it or hidden under the tab bar), and axe-core.
// Screenshots: f-*.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { horizontalOverflow, isInViewport, screenshot } from '../support/browser.js';
import { A11yLog, fullBodyDaysWithToday, hasChromium, newEmail, PASSWORD, sayIfSkipped, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { HistoryPage } from './pages/history.js';
import { OnboardingPage } from './pages/onboarding.js';
import { PlanPage } from './pages/plan.js';
import { ProgressPage } from './pages/progress.js';
import { SettingsPage } from './pages/settings.js';
import { TodayPage } from './pages/today.js';

sayIfSkipped('e2e/desktop');

describe.skipIf(!hasChromium)('the app on a desktop screen, 1280×800', { timeout: 120_000 }, () => {
  let h: Harness;
  let page: Page;
  const a11y = new A11yLog();
  const layout: string[] = [];
  let shots = 0;

  /** Screenshot, axe, overflow, and which of the main controls are not wholly on screen. */
  async function look(screen: string, controls: Record<string, Locator>): Promise<void> {
    shots += 1;
    await screenshot(page, `f-${String(shots).padStart(2, '0')}-desktop-${screen.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '').toLowerCase()}`);
    await a11y.check(page, screen);
    for (const problem of await horizontalOverflow(page)) layout.push(`[${screen}] ${problem}`);
    for (const [name, control] of Object.entries(controls)) if (!(await isInViewport(page, control))) layout.push(`[${screen}] ${name} is not on screen`);
  }

  beforeAll(async () => {
    h = await startHarness();
    ({ page } = await h.desktop());
  }, 60_000);
  afterAll(async () => h?.close());

  it('signs up, sets up and runs a round, every screen fitting the window', async () => {
    const shell = new AppShell(page);
    const h1 = shell.heading;
    const tabs = page.getByRole('navigation', { name: 'Main' });
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

    const auth = new AuthPage(page);
    await auth.open();
    await look('auth', { heading: h1, email: page.getByLabel('Email'), 'Create account': button('Create account') });
    await auth.signUp(newEmail('desktop'), PASSWORD);

    const setup = new OnboardingPage(page);
    await setup.aboutYou('kg', 80);
    await look('onboarding: about you', { heading: h1, Next: button('Next') });
    await setup.toExperience();
    await setup.experience('Intermediate');
    await setup.toWeek();
    await setup.week('Full body', fullBodyDaysWithToday());
    await look('onboarding: week', { heading: h1, Next: button('Next') });
    await setup.toGym();
    await setup.gym('A commercial gym');
    await setup.buildMyWeek();

    const plan = new PlanPage(page);
    await plan.waitUntilShown();
    await look('plan', { heading: h1, 'tab bar': tabs, 'first day': plan.days.first().getByRole('heading', { level: 2 }) });

    await shell.open('Today');
    const today = new TodayPage(page);
    await today.openSession();
    await look('today: overview', { heading: h1, 'tab bar': tabs, Start: button('Start') });
    await today.start();
    await today.expectStep('warmup');
    await look('runner: warm-up', { heading: h1, 'Skip the rest of the warm-up': button('Skip the rest of the warm-up') });
    await today.skipWarmup();
    if ((await today.waitForStep('ramp', 'compound')) === 'ramp') await today.rampUp();
    await today.expectStep('compound');
    await look('runner: compound', { heading: h1, 'Done as suggested': button('Done as suggested') });
    await today.compoundAsSuggested();
    await today.expectStep('shrug');
    await today.tapReps(6);
    await look('runner: shrug', { heading: h1, 'Count a rep': button('Count a rep'), 'Reached failure': button('Reached failure') });
    await today.reachedFailure();
    await today.waitForStep('rest', 'prescription');
    await look('runner: after the round', { heading: h1, 'tab bar': tabs });
    await shell.waitForSync('All synced');
  });

  it('shows History, Progress and Settings fitting the window', async () => {
    const shell = new AppShell(page);
    const h1 = shell.heading;
    const tabs = page.getByRole('navigation', { name: 'Main' });

    await shell.open('History');
    const history = new HistoryPage(page);
    await history.waitUntilShown();
    await look('history', { heading: h1, 'tab bar': tabs, 'a round': history.comboRounds.first() });

    await shell.open('Progress');
    const progress = new ProgressPage(page);
    await progress.waitUntilShown();
    expect(await progress.e1rmDrawnPoints()).toBe(1);
    await look('progress', { heading: h1, 'tab bar': tabs, 'weekly volume': progress.section('Weekly volume').getByRole('heading', { level: 2 }) });
    await progress.e1rm.scrollIntoViewIfNeeded();
    await look('progress: e1RM chart', { 'tab bar': tabs, 'e1RM chart': progress.e1rm.locator('.chart') });

    await shell.open('Settings');
    await new SettingsPage(page).waitUntilShown();
    await look('settings', { heading: h1, 'tab bar': tabs });
  });

  it('has nothing wider than the window, every main control on screen, and no serious or critical axe finding', () => {
    if (a11y.findings.length > 0) console.log(`axe-core (desktop): serious or critical findings\n${a11y.report()}`);
    expect(a11y.checked, 'screens looked at (an earlier test stopped before the rest)').toEqual([
      'auth',
      'onboarding: about you',
      'onboarding: week',
      'plan',
      'today: overview',
      'runner: warm-up',
      'runner: compound',
      'runner: shrug',
      'runner: after the round',
      'history',
      'progress',
      'progress: e1RM chart',
      'settings',
    ]);
    expect(layout).toEqual([]);
    expect(a11y.findings.map((f) => `[${f.screen}] ${f.violation.id}`)).toEqual([]);
  });
});
