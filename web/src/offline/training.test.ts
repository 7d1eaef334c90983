// Today's session and the next prescription worked out on the phone, from the
// cached data plus rounds still in the outbox, as the server would.
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../../src/engine/inventory-presets.js';
import { generatePlan } from '../../../src/engine/program/index.js';
import type { PlanView, ProfileView } from '../api/types.js';
import type { LocalData } from './local-data.js';
import type { OutboxEntry } from './outbox.js';
import { allLogs, nextFor, sessionFor, weekdayOf } from './training.js';

const inventory = commercialGym('kg');
const profile: ProfileView = { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory, updatedAt: '2026-11-01T00:00:00Z' };
const week = generatePlan({ split: 'upper_lower', days: profile.days, inventory, experience: 'intermediate' });
const plan: PlanView = { ...week, id: 'p1', kind: 'generated', createdBy: 'u1', createdAt: '2026-11-01T00:00:00Z', parentId: null };
const data: LocalData = { profile, plan, logs: [], savedAt: '2026-11-01T00:00:00Z' };

const deadliftDay = plan.days.find((d) => d.combos.some((c) => c.comboId === 'deadlift_elevation'))!;
const planned = deadliftDay.combos.find((c) => c.comboId === 'deadlift_elevation')!;

const pending: OutboxEntry = {
  id: 'r1',
  userId: 'u1',
  status: 'pending',
  attempts: 0,
  createdAt: '2026-11-20T10:00:00Z',
  body: {
    id: 'r1',
    sessionId: 's1',
    date: '2026-11-20',
    combo: 'deadlift_elevation',
    compound: { id: 'c1', exercise: planned.compoundId, load: 140, reps: 8, rir: 3 },
    shrug: { id: 'h1', load: 140, reps: 14, toFailure: true },
    secondsBetween: 2,
  },
};

describe('training offline', () => {
  it('builds a training day’s session from the phone’s copy', () => {
    const session = sessionFor(data, [], deadliftDay.weekday)!;
    expect(session.combos.map((c) => c.planned.comboId)).toContain('deadlift_elevation');
    expect(session.combos.find((c) => c.planned.comboId === 'deadlift_elevation')?.source).toBe('estimate');
    const rest = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).find((d) => !profile.days.includes(d))!;
    expect(sessionFor(data, [], rest)).toBeNull();
  });

  it('progresses from a round that has not reached the server yet', () => {
    const session = sessionFor(data, [pending], deadliftDay.weekday)!;
    const deadlift = session.combos.find((c) => c.planned.comboId === 'deadlift_elevation')!;
    expect(deadlift.source).toBe('progression');
    const next = nextFor(data, [pending], 'deadlift_elevation')!;
    expect(next.compound.load).toBe(deadlift.compound.load);
    expect(next.reasons[0]).toMatch(/^8 reps at RIR 3/);
  });

  it('gives the next load in the lifter’s unit when a round was logged in the other one', () => {
    const lbProfile: ProfileView = { ...profile, unit: 'lb', inventory: commercialGym('lb') };
    const inKg: OutboxEntry = { ...pending, body: { ...pending.body, unit: 'kg' } };
    const next = nextFor({ ...data, profile: lbProfile }, [inKg], 'deadlift_elevation')!;
    expect(next.compound.unit).toBe('lb');
    expect(next.compound.load % 5).toBe(0);
  });

  it('counts a round once when it is both synced and in the server copy, and skips refused ones', () => {
    const view = { ...pending.body, position: 0, compound: { ...pending.body.compound, exercise: planned.compoundId }, shrug: { ...pending.body.shrug, exercise: 'barbell_shrug' }, rampUp: [], restSeconds: null, notes: null, unit: 'kg' as const, bodyweight: null, createdAt: '' };
    expect(allLogs({ ...data, logs: [view] }, [{ ...pending, status: 'synced' }])).toHaveLength(1);
    expect(allLogs(data, [{ ...pending, status: 'rejected' }])).toHaveLength(0);
  });

  it('reads the weekday of a local date', () => {
    expect(weekdayOf('2026-11-20')).toBe('fri');
  });
});
