// A training block, end to end on a phone: the lifter runs a combo, rates it
// in a tap or two ("still sore" since the last session), and the Plan screen's
// block answers with a round less next week for that movement and says why,
// with the deload week shown at the end; the ratings reach the server. The
// first round is a calibration set, and Progress shows the call it taught.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { fullBodyDaysWithToday, hasChromium, PASSWORD, sayIfSkipped, seedLifter, serverAs, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { TodayPage } from './pages/today.js';

sayIfSkipped('e2e/block');

describe.skipIf(!hasChromium)('a training block steered by the ratings', { timeout: 120_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  it('records a calibration set and shows its bias; takes a round away next week after "still sore", says why on the Plan, and shows the deload', async () => {
    const { email } = await seedLifter(h.server.url, { unit: 'kg', bodyweight: 75, experience: 'intermediate', split: 'full_body', days: fullBodyDaysWithToday(), equipment: { preset: 'commercial' } });
    const { context, page } = await h.phone();
    const auth = new AuthPage(page);
    await auth.open();
    await auth.logIn(email, PASSWORD);
    const shell = new AppShell(page);
    const today = new TodayPage(page);

    // The block before any rating: every movement climbs from 2 to 3 rounds in week 2.
    await shell.open('Plan');
    const week2 = page.locator('.block-weeks > li').nth(1);
    await week2.waitFor();
    expect(await week2.textContent()).toMatch(/3 rounds of each combo/);

    // Today's first combo, every round, then the ratings: a lot of pump, still sore since last time.
    await shell.open('Today');
    await today.start();
    await today.skipWarmup();
    if ((await today.waitForStep('ramp', 'compound')) === 'ramp') await today.rampUp();
    // The first round is this block's calibration set: "2 left" called, failure 4 reps later.
    let round = 0;
    for (;;) {
      if (round++ === 0) await today.calibrationSet(2, () => screenshot(page, 'i-00-calibration-set'));
      else await today.compoundAsSuggested();
      await today.tapReps(10);
      await today.reachedFailure();
      if ((await today.waitForStep('rest', 'prescription')) === 'prescription') break;
      await today.skipRest();
    }
    const rate = page.getByRole('region', { name: /^How was the / });
    await rate.waitFor();
    const movement = ((await rate.getByRole('heading').textContent()) ?? '').replace(/^How was the (.+)\?$/, '$1');
    await rate.getByRole('button', { name: 'A lot' }).click();
    await rate.getByRole('button', { name: 'Still sore' }).click();
    await rate.getByText(/^Saved:/).waitFor();
    await screenshot(page, 'i-01-rate-combo');
    await shell.waitForSync('All synced');

    // The server keeps them with the last round.
    const call = await serverAs(h.server.url, context);
    const block = await call<{ block: { weeks: { decisions: { movement: string; change: string; reason: string }[] }[] } }>('GET', '/api/v1/block');
    const decision = block.block.weeks[1]!.decisions.find((d) => d.movement.replace('_', ' ') === movement)!;
    expect(decision).toMatchObject({ change: 'cut' });

    // The calibration set reached the server as done: to failure, 4 past the call.
    const doc = await call<{ sessions: { comboLogs: { calibration?: { calledRir: number; repsAtCall: number; repsToFailure: number } }[] }[] }>('GET', '/api/v1/export.json');
    const calibrations = doc.sessions.flatMap((s) => s.comboLogs).flatMap((l) => (l.calibration ? [l.calibration] : []));
    expect(calibrations).toHaveLength(1);
    expect(calibrations[0]!.repsToFailure - calibrations[0]!.repsAtCall).toBe(4);
    expect(calibrations[0]!.calledRir).toBe(2);

    // Progress reads it: more was left than called.
    await shell.open('Progress');
    const calls = page.getByRole('region', { name: 'Your reps-in-reserve calls' });
    await calls.waitFor();
    expect(await calls.textContent()).toMatch(/You call 2 in reserve when you have about (2\.5|3|3\.5) \(±1\)\./);
    expect(await calls.getByRole('listitem').textContent()).toMatch(/called 2 left at \d+ reps, failure at \d+, so 4 were left$/);
    await calls.scrollIntoViewIfNeeded();
    await screenshot(page, 'i-03-progress-rir-calls');

    // The Plan's block says so for that movement; the others still climb; the deload closes it.
    await shell.open('Plan');
    const planWeek2 = page.locator('.block-weeks > li').nth(1);
    await planWeek2.waitFor();
    const text = (await planWeek2.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`${movement.charAt(0).toUpperCase()}${movement.slice(1)}: still sore from the last session: a round less \\(2 → 1\\)`, 'i'));
    expect(text).toMatch(/3 rounds of each combo, but 1 round of /);
    await planWeek2.scrollIntoViewIfNeeded();
    await screenshot(page, 'i-02-plan-block-after-rating');
    const last = page.locator('.block-weeks > li').last();
    expect(await last.textContent()).toMatch(/deload[\s\S]*the one week the shrug does not go all the way/);
  });
});
