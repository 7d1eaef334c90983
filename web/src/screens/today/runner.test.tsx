// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanView, ProfileView } from '../../api/types.js';
import { openLocalDb } from '../../offline/idb.js';
import type { LocalData } from '../../offline/local-data.js';
import { Outbox } from '../../offline/outbox.js';
import { weekdayOf } from '../../offline/training.js';
import type { Alerts } from './alerts.js';
import { Runner } from './runner.js';
import { generatePlan } from '../../../../src/engine/program/index.js';
import { inventory, plan } from './session-fixture.js';

const USER = 'u1';
const profile: ProfileView = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: plan.days.map((d) => d.weekday), inventory, updatedAt: '2026-11-01T00:00:00Z' };
const deadliftDay = plan.days.find((d) => d.combos.some((c) => c.comboId === 'deadlift_elevation'))!.weekday;
// The first date in November 2026 on that weekday.
const today = Array.from({ length: 7 }, (_, i) => `2026-11-0${i + 1}`).find((d) => weekdayOf(d) === deadliftDay)!;
// Made the same day, so today is in the first week of its training block: the plan's own rounds.
const planView: PlanView = { ...plan, id: 'p1', kind: 'generated', createdBy: USER, createdAt: `${today}T00:00:00Z`, parentId: null };
const local: LocalData = { profile, plan: planView, logs: [], savedAt: '2026-11-01T00:00:00Z' };
const quiet: Alerts = { unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() };

function memoryStorage(): Storage & { snapshot(): () => void } {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; },
    /** What is stored now; the function it answers puts it back. */
    snapshot() {
      const copy = new Map(m);
      return () => {
        m.clear();
        for (const [k, v] of copy) m.set(k, v);
      };
    },
  };
}

/** The same week for a beginner: it opens with drill weeks. Made on the first of the month, so `today` is in week 1. */
const beginnerPlan = generatePlan({ split: 'push_pull_legs', days: plan.days.map((d) => d.weekday), inventory, experience: 'beginner' });
const beginner: LocalData = {
  profile: { ...profile, experience: 'beginner' },
  plan: { ...beginnerPlan, id: 'p2', kind: 'generated', createdBy: USER, createdAt: '2026-11-01T12:00:00Z', parentId: null },
  logs: [],
  savedAt: '2026-11-01T12:00:00Z',
};

async function setup(data: LocalData = local) {
  const outbox = new Outbox(await openLocalDb(new IDBFactory(), 'runner-test'));
  const storage = memoryStorage();
  let now = 1_000_000;
  const clock = () => now;
  const mount = () => render(<Runner local={data} userId={USER} outbox={outbox} today={today} clock={clock} storage={storage} alerts={quiet} uuid={() => '33333333-3333-4333-8333-333333333333'} />);
  return { outbox, storage, mount, tick: (ms: number) => (now += ms) };
}

const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

describe('session runner', () => {
  afterEach(cleanup);

  it('logs a round to the outbox at once, shows the rest, and resumes there after a reload', async () => {
    const { outbox, storage, mount, tick } = await setup();
    const view = mount();
    await screen.findByRole('heading', { name: /Today/ });
    click('Start');
    click('Skip the rest of the warm-up');
    click(/to the work set/);
    click('Done as suggested');
    expect(screen.getByRole('heading', { name: 'Shrug now' })).toBeTruthy();
    tick(2_000);
    click('Count a rep');
    click('Count a rep');
    click('Reached failure');
    // The rest shows in the same render as the tap; the write is under way.
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
    // The page as a reload right now would find it: the round saved as still being written.
    const reloadCutTheWriteShort = storage.snapshot();
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    const [entry] = await outbox.list(USER);
    expect(entry!.body).toMatchObject({ sessionId: '33333333-3333-4333-8333-333333333333', date: today, combo: 'deadlift_elevation', shrug: { reps: 2, toFailure: true }, secondsBetween: 2 });
    expect(entry!.body.compound.id).toBeTruthy();

    view.unmount();
    reloadCutTheWriteShort();
    const reads = vi.spyOn(outbox, 'list');
    const writes = vi.spyOn(outbox, 'add');
    mount();
    expect(screen.getByRole('heading', { name: 'Rest' })).toBeTruthy();
    // The reload found the round in the outbox instead of writing it twice:
    // once the runner's own read of the outbox is in (not after a guessed
    // sleep), it has decided, and it wrote nothing.
    expect(reads).toHaveBeenCalled();
    await act(async () => void (await Promise.all(reads.mock.results.map((r) => r.value))));
    expect(writes).not.toHaveBeenCalled();
    expect(await outbox.list(USER)).toHaveLength(1);
  });

  it('times the shrug from "Done", though the reps were set before the set started', async () => {
    const { outbox, mount, tick } = await setup();
    mount();
    await screen.findByRole('heading', { name: /Today/ });
    click('Start');
    click('Skip the rest of the warm-up');
    click(/to the work set/);
    click('Reps done: one more');
    tick(60_000); // the whole set
    click('Done');
    tick(2_000);
    click('Count a rep');
    click('Reached failure');
    await waitFor(async () => expect(await outbox.list(USER)).toHaveLength(1));
    expect((await outbox.list(USER))[0]!.body.secondsBetween).toBe(2);
    expect(screen.queryByText(/past \d+ s/)).toBeNull();
  });

  it('in a beginner’s drill weeks, today is the six drills and nothing is logged', async () => {
    expect(beginnerPlan.drillWeeks).toBe(2);
    const { outbox, mount } = await setup(beginner);
    mount();
    await screen.findByRole('heading', { level: 1, name: /blade drills/ });
    expect(screen.getByText(/Drill week 1 of 2/)).toBeTruthy();
    click('Start the drills');
    for (let i = 0; i < 5; i++) click('Next drill');
    click('Drills done');
    expect(screen.getByRole('heading', { level: 1, name: 'Drills done' })).toBeTruthy();
    expect(screen.getByText(/The combos start on/)).toBeTruthy();
    expect(await outbox.list(USER)).toEqual([]);
  });

  it('in the drill weeks, the lifter can still choose the combos', async () => {
    const { mount } = await setup(beginner);
    mount();
    await screen.findByRole('heading', { level: 1, name: /blade drills/ });
    click('Start the combos anyway');
    click('Skip the rest of the warm-up');
    expect(screen.getByRole('heading', { level: 1, name: 'Work up' })).toBeTruthy();
  });

  it('after the last round shows the next prescription and what went against the system', async () => {
    const { mount } = await setup();
    mount();
    await screen.findByRole('heading', { name: /Today/ });
    click('Start');
    click('Skip the rest of the warm-up');
    click(/to the work set/);
    const rounds = plan.days.find((d) => d.weekday === deadliftDay)!.combos[0]!.rounds;
    for (let r = 0; r < rounds; r++) {
      click('Done as suggested');
      click('Count a rep');
      click(r === 0 ? 'Stopped short' : 'Reached failure');
      if (r < rounds - 1) click('Skip rest');
    }
    expect(screen.getByRole('heading', { name: /next time/ })).toBeTruthy();
    expect(screen.getByText(/stopped before failure/)).toBeTruthy();
    expect(screen.getAllByText(/Round \d:/)).toHaveLength(rounds);
  });

  it('offers the new day when the plan changes under an open runner, and never strands the session', async () => {
    const { outbox, storage } = await setup();
    const props = { userId: USER, outbox, today, clock: () => 1_000_000, storage, alerts: quiet, uuid: () => '33333333-3333-4333-8333-333333333333' };
    const view = render(<Runner local={local} {...props} />);
    await screen.findByRole('heading', { name: /Today/ });
    click('Start');
    click('Skip the rest of the warm-up');
    expect(screen.queryByText('Your plan changed')).toBeNull();
    // In Plan (or on another phone) the deadlift combo moves off today.
    const moved = { ...planView, id: 'p3', days: planView.days.map((d) => (d.weekday === deadliftDay ? { ...d, combos: d.combos.filter((c) => c.comboId !== 'deadlift_elevation') } : d)) };
    view.rerender(<Runner local={{ ...local, plan: moved }} {...props} />);
    expect(screen.getByText('Your plan changed')).toBeTruthy();
    click('Update today’s session');
    const names = [...document.querySelectorAll('[data-kind="combo"] h2')].map((h) => h.textContent);
    expect(names).not.toContain('Deadlift + shrug');
    expect(names.length).toBe(moved.days.find((d) => d.weekday === deadliftDay)!.combos.length);
  });
});
