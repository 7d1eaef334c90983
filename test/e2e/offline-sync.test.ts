// Offline in the gym: the connection drops mid-session, two rounds are logged
// on the phone, the sync line says they wait, the server has none of them;
// the connection comes back and the server ends up with exactly those two
// rounds (same ids, same numbers), never one twice. And a round the lifter
// deleted on another device meanwhile is not brought back by the phone's
// replay: the phone drops it and says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.js';
import { allHistory, fullBodyDaysWithToday, hasChromium, outboxOnPhone, PASSWORD, sayIfSkipped, seedLifter, serverAs, startHarness, type Harness } from './harness.js';
import { AppShell } from './pages/app-shell.js';
import { AuthPage } from './pages/auth.js';
import { TodayPage } from './pages/today.js';

sayIfSkipped('e2e/offline-sync');

describe.skipIf(!hasChromium)('logging offline, then syncing', { timeout: 120_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  }, 60_000);
  afterAll(async () => h?.close());

  /** A lifter on a full-body plan that trains today, logged in on a fresh phone. */
  const loggedInPhone = async () => {
    const { email } = await seedLifter(h.server.url, {
      unit: 'kg',
      bodyweight: 75,
      experience: 'intermediate',
      split: 'full_body',
      days: fullBodyDaysWithToday(),
      equipment: { preset: 'commercial' },
    });
    const { context, page } = await h.phone();
    const auth = new AuthPage(page);
    await auth.open();
    await auth.logIn(email, PASSWORD);
    return { context, page, shell: new AppShell(page) };
  };

  it('keeps two rounds on the phone while offline and syncs exactly those two when back online', async () => {
    const { context, page, shell } = await loggedInPhone();
    const today = new TodayPage(page);
    await today.start();
    await today.skipWarmup();
    await shell.waitForSync('All synced');

    // The signal goes in the middle of the session.
    await context.setOffline(true);
    await shell.waitForSync(/Offline/);
    if ((await today.waitForStep('ramp', 'compound')) === 'ramp') await today.rampUp();
    for (let round = 0; round < 2; round++) {
      await today.expectStep('compound');
      await today.compoundAsSuggested();
      await today.tapReps(8 + round);
      await today.reachedFailure();
      if (round === 0) {
        await today.expectStep('rest');
        await today.skipRest();
      }
    }
    await shell.waitForSync('Offline — 2 saved on this phone');
    const listed = await today.roundsListed();
    expect(listed.map((r) => r.shrugReps)).toEqual([8, 9]);
    await screenshot(page, 'b-01-offline-two-waiting');
    const call = await serverAs(h.server.url, context);
    expect((await allHistory(call)).flatMap((s) => s.combos)).toEqual([]);
    const waiting = await outboxOnPhone(page);
    expect(waiting.map((e) => e.status)).toEqual(['pending', 'pending']);

    await context.setOffline(false);
    await shell.waitForSync('All synced');
    await screenshot(page, 'b-02-back-online-synced');

    const combos = (await allHistory(call)).flatMap((s) => s.combos);
    expect(combos).toHaveLength(2);
    expect(new Set(combos.map((c) => c.id))).toEqual(new Set(waiting.map((e) => e.id)));
    const byId = new Map(waiting.map((e) => [e.id, e.body]));
    for (const c of combos) {
      const sent = byId.get(c.id)!;
      expect([c.compound.reps, c.shrug.reps]).toEqual([sent.compound.reps, sent.shrug.reps]);
    }
    const onServer = [...combos].sort((a, b) => a.shrug.reps - b.shrug.reps);
    expect(onServer.map((c) => [c.compound.load, c.compound.reps, c.compound.rir, c.shrug.reps, c.shrug.toFailure])).toEqual(
      listed.map((r) => [r.load, r.reps, r.rir, r.shrugReps, r.toFailure]),
    );
    expect((await outboxOnPhone(page)).map((e) => e.status)).toEqual(['synced', 'synced']);

    // A later sync (the app coming back to the foreground) adds nothing.
    await page.evaluate(() => (globalThis as unknown as { dispatchEvent(e: unknown): void; Event: new (t: string) => unknown }).dispatchEvent(new (globalThis as unknown as { Event: new (t: string) => unknown }).Event('online')));
    await page.waitForTimeout(500);
    expect((await allHistory(call)).flatMap((s) => s.combos)).toHaveLength(2);
  });

  it('opens with no connection at all once it has been on the phone: the service worker keeps the app', async () => {
    const { context, page, shell } = await loggedInPhone();
    await shell.waitForSync('All synced');
    // Installed only once it has kept every file of the app.
    type Workers = { serviceWorker: { ready: Promise<{ active: { state: string } | null }> } };
    await page.waitForFunction(async () => (await (globalThis as unknown as { navigator: Workers }).navigator.serviceWorker.ready).active?.state === 'activated', undefined, { timeout: 30_000 });

    // In the gym with no signal, the lifter opens the app again.
    await context.setOffline(true);
    await page.reload();
    await shell.waitForSync(/Offline/);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(/Today/);
    await screenshot(page, 'b-00-opened-offline');
    await context.setOffline(false);
  });

  it('drops a round that was deleted on another device before the phone sent it again, and tells the lifter', async () => {
    const { context, page, shell } = await loggedInPhone();
    const today = new TodayPage(page);
    await today.start();
    await today.skipWarmup();
    await shell.waitForSync('All synced');

    await context.setOffline(true);
    await shell.waitForSync(/Offline/);
    if ((await today.waitForStep('ramp', 'compound')) === 'ramp') await today.rampUp();
    await today.compoundAsSuggested();
    await today.tapReps(10);
    await today.reachedFailure();
    await shell.waitForSync('Offline — 1 saved on this phone');

    // The round reached the server once (the phone never heard back), and the
    // lifter deleted it on their laptop; then the phone comes back online.
    const [entry] = (await outboxOnPhone(page)) as unknown as { id: string; body: Record<string, unknown> }[];
    const call = await serverAs(h.server.url, context);
    await call('POST', '/api/v1/combos', entry!.body);
    await call('DELETE', `/api/v1/combos/${entry!.id}`);
    await context.setOffline(false);
    await shell.waitForSync('All synced · 1 deleted on another device');
    await screenshot(page, 'b-03-deleted-elsewhere-line');
    expect((await allHistory(call)).flatMap((s) => s.combos)).toEqual([]);
    expect((await outboxOnPhone(page)).map((e) => e.status)).toEqual(['deleted']);

    // The line leads to Settings, which says what it was; OK dismisses it.
    await page.getByRole('link', { name: /Sync status/ }).click();
    const told = page.getByRole('listitem', { name: /^Deleted on another device: / });
    await told.waitFor();
    expect(await told.textContent()).toMatch(/You deleted this round on another device on .+, so this phone did not send it again\. It is not in your log\./);
    await screenshot(page, 'b-04-deleted-elsewhere-settings');
    await told.getByRole('button', { name: 'OK' }).click();
    await told.waitFor({ state: 'detached' });
    await shell.waitForSync(/: All synced$/);
    expect(await outboxOnPhone(page)).toEqual([]);
  });
});
