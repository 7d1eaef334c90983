import { describe, expect, it } from 'vitest';
import type { LocalData } from '../../offline/local-data.js';
import type { OutboxEntry, SetEntry } from '../../offline/outbox.js';
import { allSets, dayTotals, lastTime, roundsOn, setsText, type DaySet } from './day-log.js';

const local = (over: Partial<LocalData> = {}): LocalData => ({ profile: null, plan: null, logs: [], sets: [], savedAt: '', ...over });
const set = (over: Partial<DaySet>): DaySet => ({ id: crypto.randomUUID(), sessionId: 's', date: '2026-12-01', exerciseId: 'bench_press', kind: 'normal', load: 100, unit: 'kg', reps: 8, rir: null, local: false, ...over });

describe('the day as every device sees it', () => {
  it('counts a set on the server and in the outbox once, and leaves refused ones out', () => {
    const body = { id: 'a', sessionId: 's', date: '2026-12-07', exerciseId: 'bench_press', kind: 'normal' as const, load: 100, unit: 'kg' as const, reps: 8 };
    const entries: SetEntry[] = [
      { kind: 'set', id: 'a', userId: 'u', body, status: 'synced', attempts: 0, createdAt: '1' },
      { kind: 'set', id: 'b', userId: 'u', body: { ...body, id: 'b' }, status: 'pending', attempts: 0, createdAt: '2' },
      { kind: 'set', id: 'c', userId: 'u', body: { ...body, id: 'c' }, status: 'rejected', attempts: 0, createdAt: '3' },
    ];
    const server = { ...body, position: 0, rir: null, toFailure: false, seconds: null, distance: null, notes: null, restSeconds: null };
    const sets = allSets(local({ sets: [server] }), entries);
    expect(sets.map((s) => [s.id, s.local])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it("finds today's rounds from the server and from this phone", () => {
    const round = { id: 'r1', sessionId: 's', date: '2026-12-07', combo: 'deadlift_elevation', compound: { id: 'c', exercise: 'barbell_deadlift', load: 140, reps: 8, rir: 2 }, shrug: { id: 'h', exercise: 'barbell_deadlift', load: 140, reps: 12, toFailure: true }, secondsBetween: 4, unit: 'kg' as const };
    const entry = { id: 'r2', userId: 'u', body: { ...round, id: 'r2' }, status: 'pending', attempts: 0, createdAt: '1' } as OutboxEntry;
    const other = { ...entry, id: 'r3', body: { ...round, id: 'r3', date: '2026-12-06' } } as OutboxEntry;
    const rounds = roundsOn(local({ logs: [{ ...round, position: 0 } as never] }), [entry, other], '2026-12-07');
    expect(rounds.map((r) => [r.id, r.local])).toEqual([
      ['r1', false],
      ['r2', true],
    ]);
  });

  it("says last time's work sets, equal loads once, in the lifter's unit", () => {
    const sets = [set({ date: '2026-11-20', load: 90 }), set({ kind: 'warmup', load: 60 }), set({}), set({}), set({ reps: 7 }), set({ date: '2026-12-07', load: 105 })];
    const last = lastTime(sets, 'bench_press', '2026-12-07')!;
    expect(last.date).toBe('2026-12-01');
    expect(setsText(last.sets, 'kg')).toBe('100 kg × 8, 8, 7');
    expect(setsText([set({ load: 100 }), set({ load: 102.5, reps: 6 })], 'lb')).toBe('220.5 lb × 8, 226 lb × 6');
    expect(lastTime(sets, 'back_squat', '2026-12-07')).toBeNull();
  });

  it('totals the session and names the records it broke', () => {
    const before = { rounds: [], sets: [set({ load: 100, reps: 8 }), set({ exerciseId: 'back_squat', load: 140, reps: 5 })] };
    const today = { rounds: [], sets: [set({ date: '2026-12-07', load: 105, reps: 5 }), set({ date: '2026-12-07', exerciseId: 'back_squat', load: 140, reps: 6 }), set({ date: '2026-12-07', exerciseId: 'leg_press', load: 200, reps: 10 })] };
    const totals = dayTotals(today, before, 'kg');
    expect(totals.sets).toBe(3);
    expect(totals.volume).toBe(105 * 5 + 140 * 6 + 200 * 10);
    expect(totals.records.map((r) => [r.exerciseId, r.what.split(':')[0]])).toEqual([
      ['bench_press', 'heaviest load'],
      ['back_squat', 'best estimated 1RM'],
    ]);
  });
});
