// A lifter who trains with bladework alone, on a phone: signs up, changes the
// week and the gym in Settings and sees it rebuilt, logs a whole session —
// own lifts set by set, every round of both combos (one of them offline), an
// exercise added on the fly — switches to lb and reads no "kg" on Today,
// History or Progress, and on a second phone finds the same day done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commercialGym } from '../../src/engine/inventory-presets.js';
import { generatePlan } from '../../src/engine/program/index.js';
import type { Weekday } from '../../src/engine/model.js';
import { screenshot } from '../support/browser.js';
import { allHistory, hasChromium, newEmail, PASSWORD, sayIfSkipped, serverAs, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { OnboardingPage } from './pages/onboarding.js';
import { PlanPage } from './pages/plan.js';
import { SettingsPage } from './pages/settings.js';
import { TodayPage } from './pages/today.js';

sayIfSkipped('e2e/whole-session');

const WEEK: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const REMOVED = ['dip_station', 'landmine'];

/**
 * Three full-body days with today among them on which today holds own lifts
 * and two combos, in a gym without a dip station or landmine: the week the
 * lifter changes to in Settings (worked out with the same engine the app runs).
 */
function weekWithTwoCombosToday(today: Weekday): Weekday[] {
  const order: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const inventory = { ...commercialGym('kg'), has: commercialGym('kg').has.filter((h) => !REMOVED.includes(h)) };
  const others = order.filter((d) => d !== today);
  for (let i = 0; i < others.length; i++) {
    for (let j = i + 1; j < others.length; j++) {
      const days = [today, others[i]!, others[j]!].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const plan = generatePlan({ split: 'full_body', days, inventory, experience: 'intermediate' });
      const day = plan.days.find((d) => d.weekday === today)!;
      if (day.combos.length === 2 && day.compounds.length > 0) return days;
    }
  }
  throw new Error(`no full-body week gives ${today} two combos`);
}

describe.skipIf(!hasChromium)('a whole session in bladework alone', { timeout: 240_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  it('changes the week in Settings, logs the whole day with one round offline, reads lb only after the switch, and a second phone sees it done', async () => {
    const today = WEEK[new Date().getDay()]!;
    const email = newEmail('whole');
    const { context, page } = await h.phone();
    const auth = new AuthPage(page);
    const shell = new AppShell(page);
    await auth.open();
    await auth.signUp(email, PASSWORD);

    // Set-up as anyone does it: upper / lower on four days, a commercial gym.
    const onboarding = new OnboardingPage(page);
    await onboarding.aboutYou('kg', 80);
    await onboarding.toExperience();
    await onboarding.experience('Intermediate');
    await onboarding.toWeek();
    await onboarding.week('Upper / lower', ['mon', 'tue', 'thu', 'fri']);
    await onboarding.toGym();
    await onboarding.gym('A commercial gym');
    await onboarding.buildMyWeek();
    await new PlanPage(page).waitUntilShown();

    // Settings: full body on three days, no dip station and no landmine; the preview says what changes.
    const days = weekWithTwoCombosToday(today);
    await shell.open('Settings');
    const settings = new SettingsPage(page);
    await settings.waitUntilShown();
    await settings.setWeek('Full body', days.map((d) => SHORT[d]));
    await settings.removeEquipment([/^Dip station/i, /^Landmine/i]);
    const changes = await settings.previewChanges();
    await screenshot(page, 'w-01-settings-preview');
    expect(changes.some((c) => /leaves: no .*dip station/i.test(c))).toBe(true);
    await settings.rebuildWeek();
    const call = await serverAs(h.server.url, context);
    const plan = await call<{ plan: { split: string; days: { weekday: string; combos: { compoundId: string }[] }[] } }>('GET', '/api/v1/plan');
    expect(plan.plan.split).toBe('full_body');
    expect(plan.plan.days.map((d) => d.weekday)).toEqual(days);
    expect(plan.plan.days.flatMap((d) => d.combos.map((c) => c.compoundId)).filter((id) => /dip|landmine/.test(id))).toEqual([]);

    // Today: own lifts first, set by set.
    await shell.open('Today');
    const todayPage = new TodayPage(page);
    await todayPage.waitForStep('overview');
    const combos = await todayPage.comboNames();
    expect(combos).toHaveLength(2);
    const items = await todayPage.dayItems();
    const ownLifts = items.filter((i) => !combos.includes(i));
    expect(ownLifts.length).toBeGreaterThan(0);
    await screenshot(page, 'w-02-today-list');
    await todayPage.logSet(ownLifts[0]!, { load: 40, reps: 10, kind: 'Warm-up' });
    await todayPage.logSet(ownLifts[0]!, { load: 60, reps: 8 });
    await todayPage.logSet(ownLifts[0]!, { load: 60, reps: 7 });
    expect(await todayPage.setLines(ownLifts[0]!)).toHaveLength(3);
    await screenshot(page, 'w-03-own-lift-logged');

    // Both combos, every round; the second combo's first round with no signal.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await todayPage.skipWarmup();
    let comboIndex = 0;
    let offlineDone = false;
    for (let guard = 0; guard < 40; guard++) {
      const step = await todayPage.waitForStep('ramp', 'compound', 'rest', 'prescription', 'summary');
      if (step === 'summary') break;
      if (step === 'ramp') await todayPage.rampUp();
      else if (step === 'rest') await todayPage.skipRest();
      else if (step === 'prescription') {
        comboIndex += 1;
        await todayPage.nextCombo();
      } else {
        const offline = comboIndex === 1 && !offlineDone;
        if (offline) {
          await context.setOffline(true);
          await shell.waitForSync(/Offline/);
        }
        await todayPage.compoundAsSuggested();
        await todayPage.expectStep('shrug');
        await page.getByText('Hands full? Set the count after the set').click();
        for (let i = 0; i < 9; i++) await page.getByRole('button', { name: 'Shrug reps: one more' }).click();
        await todayPage.reachedFailure();
        if (offline) {
          offlineDone = true;
          await shell.waitForSync(/Offline — 1 saved on this phone/);
          await screenshot(page, 'w-04-round-offline');
          await context.setOffline(false);
        }
      }
    }
    expect(offlineDone).toBe(true);
    await todayPage.expectStep('summary');

    // Back to the list: an accessory added on the fly, then the summary.
    await todayPage.backToList();
    await todayPage.waitForStep('overview');
    for (const c of combos) expect(await todayPage.comboDone(c)).toBe(true);
    await todayPage.addExercise('leg press', 'Leg press');
    await todayPage.logSet('Leg press', { load: 120, reps: 12 });
    await todayPage.finishSession();
    const totals = await todayPage.totalsLine();
    await screenshot(page, 'w-05-summary');
    expect(totals).toMatch(/^\d+ rounds · 4 other sets · volume [\d.]+ kg$/);
    await shell.waitForSync('All synced');

    const sessions = await allHistory(call);
    const todays = sessions.filter((s) => s.date === sessions[0]!.date);
    expect(todays).toHaveLength(1); // one session for the whole day
    const rounds = todays[0]!.combos.length;
    expect(totals.startsWith(`${rounds} rounds`)).toBe(true);
    expect(rounds).toBeGreaterThanOrEqual(2);

    // Switch to lb with the standard lb set: not one "kg" left to read.
    await shell.open('Settings');
    await settings.waitUntilShown();
    await settings.switchUnit('lb', 'The standard set');
    for (const tab of ['Today', 'History', 'Progress'] as const) {
      // The tab's own screen, not the last one's still on show while the new one's code loads.
      const before = await page.getByRole('heading', { level: 1 }).first().innerText();
      await shell.open(tab);
      await expect
        .poll(async () => {
          const heading = await page.getByRole('heading', { level: 1 }).first().innerText().catch(() => '');
          return heading !== '' && heading !== before && !(await page.getByRole('main').innerText()).includes('Loading…');
        }, { timeout: 15_000 })
        .toBe(true);
      if (tab === 'History') await page.getByRole('article').first().waitFor();
      // Progress draws once the analytics arrive: wait for a load to be written.
      await page.getByRole('main').getByText(/\d (lb|kg)\b/).first().waitFor();
      const text = await page.getByRole('main').innerText();
      expect(text, `${tab} still says kg`).not.toMatch(/\bkg\b/);
      expect(text).toMatch(/\blb\b/);
      await screenshot(page, `w-06-${tab.toLowerCase()}-in-lb`);
    }

    // How it works, from a combo in the plan: the blades move, and stay still for who asks for less motion.
    await shell.open('Plan');
    await page.getByRole('link', { name: 'How this combo works' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'How it works' }).waitFor();
    // A string, not a function: the test tsconfig has no DOM types.
    const animation = () => page.evaluate("getComputedStyle(document.querySelector('.blade-move')).animationName") as Promise<string>;
    expect(await animation()).toMatch(/^blade-/);
    // Named and timed: a shorthand the minifier had turned into "none" once left the blades still.
    expect(await page.evaluate("getComputedStyle(document.querySelector('.blade-move')).animationDuration")).toBe('3.2s');
    expect(await page.evaluate('document.getAnimations().length')).toBeGreaterThan(0);
    await screenshot(page, 'w-07-how-it-works');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');

    // A second phone: the same day, done, with its numbers.
    const { page: other } = await h.phone();
    const otherAuth = new AuthPage(other);
    await otherAuth.open();
    await otherAuth.logIn(email, PASSWORD);
    const otherToday = new TodayPage(other);
    await otherToday.waitForStep('overview');
    for (const c of combos) expect(await otherToday.comboDone(c)).toBe(true);
    expect(await otherToday.setLines(ownLifts[0]!)).toHaveLength(3);
    expect(await otherToday.setLines('Leg press')).toHaveLength(1); // added on the first phone, listed here with its set
    expect(await other.getByText('First time: a cautious starting load.').count()).toBe(0);
    await screenshot(other, 'w-08-second-phone');
  });
});
