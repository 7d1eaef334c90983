// The whole runner over a real plan, an in-memory store and a fake clock, for
// the step tests that follow a tap through to what gets logged.
import { render, screen, fireEvent } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import type { PlanView, ProfileView } from '../../api/types.js';
import { openLocalDb } from '../../offline/idb.js';
import type { LocalData } from '../../offline/local-data.js';
import { Outbox } from '../../offline/outbox.js';
import { weekdayOf } from '../../offline/training.js';
import type { Alerts } from './alerts.js';
import { Runner } from './runner.js';
import { inventory, plan } from './session-fixture.js';

export const USER = 'u1';
const profile: ProfileView = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: plan.days.map((d) => d.weekday), inventory, updatedAt: '2026-11-01T00:00:00Z' };
const planView: PlanView = { ...plan, id: 'p1', kind: 'generated', createdBy: USER, createdAt: '2026-11-01T00:00:00Z', parentId: null };
export const local: LocalData = { profile, plan: planView, logs: [], savedAt: '2026-11-01T00:00:00Z' };
const deadliftDay = plan.days.find((d) => d.combos.some((c) => c.comboId === 'deadlift_elevation'))!.weekday;
/** The first date in November 2026 on the deadlift day. */
export const today = Array.from({ length: 7 }, (_, i) => `2026-11-0${i + 1}`).find((d) => weekdayOf(d) === deadliftDay)!;

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: () => null, get length() { return m.size; } };
}

let dbCount = 0;

/** Mounts the runner on today's overview; `tick` moves its clock. */
export async function mountRunner() {
  const outbox = new Outbox(await openLocalDb(new IDBFactory(), `runner-harness-${dbCount++}`));
  const alerts: Alerts = { unlock: vi.fn(), beep: vi.fn(), vibrate: vi.fn(), notify: vi.fn() };
  let now = 1_000_000;
  render(<Runner local={local} userId={USER} outbox={outbox} today={today} clock={() => now} storage={memoryStorage()} alerts={alerts} uuid={() => '33333333-3333-4333-8333-333333333333'} />);
  await screen.findByRole('heading', { name: /Today/ });
  return { outbox, alerts, tick: (ms: number) => (now += ms) };
}

export const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
export const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
