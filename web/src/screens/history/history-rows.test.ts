import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../offline/outbox.js';
import type { HistorySession } from '../../api/types.js';
import { buildRows, compoundNote, mergeOutbox, rowHeight, ROW_HEIGHT } from './history-rows.js';

const session = (id: string, date: string, sets: HistorySession['sets'] = []): HistorySession => ({ id, date, startedAt: null, name: null, source: 'app', notes: null, combos: [], sets });
const entry = (id: string, date: string, status: OutboxEntry['status'] = 'pending'): OutboxEntry => ({
  id,
  userId: 'u',
  status,
  attempts: 0,
  createdAt: `${date}T10:00:00Z`,
  body: { id, sessionId: `s-${id}`, date, combo: 'deadlift_elevation', compound: { id: 'c', load: 100, reps: 8, rir: 2 }, shrug: { id: 's', load: 100, reps: 12, toFailure: true }, secondsBetween: 10 },
});

describe('history rows', () => {
  it('adds outbox rounds in date order, marked with their status', () => {
    const { sessions, status } = mergeOutbox([session('b', '2026-11-20'), session('a', '2026-11-10')], [entry('x', '2026-11-23'), entry('y', '2026-11-15', 'conflict')], true);
    expect(sessions.map((s) => s.date)).toEqual(['2026-11-23', '2026-11-20', '2026-11-15', '2026-11-10']);
    expect(sessions[0]!.combos[0]!.compound.exercise).toBe('barbell_deadlift');
    expect(status.get('x')).toBe('pending');
    expect(status.get('y')).toBe('conflict');
  });

  it('leaves out rounds older than the pages loaded so far', () => {
    const { sessions } = mergeOutbox([session('a', '2026-11-10')], [entry('old', '2026-01-01')], false);
    expect(sessions).toHaveLength(1);
  });

  it('gives an imported exercise one line of sets per `perLine` sets', () => {
    const set = (i: number) => ({ id: `${i}`, position: i, kind: 'normal', exerciseId: 'barbell_deadlift', load: 100, unit: 'kg' as const, reps: 5, rir: null, toFailure: false, seconds: null, distance: null, notes: null, restSeconds: null });
    const rows = buildRows([session('a', '2026-11-10', [1, 2, 3, 4, 5].map(set))], { perLine: 2, hidden: new Set(), status: new Map(), cache: new WeakMap() });
    expect(rows.map((r) => r.kind)).toEqual(['session', 'exercise', 'end']);
    expect(rowHeight(rows[1]!)).toBe(ROW_HEIGHT.exerciseHead + 3 * ROW_HEIGHT.setLine + ROW_HEIGHT.exercisePad);
  });

  it('says what a calibration set or a landmine band added, and gives the round room for it', () => {
    const round = mergeOutbox([], [entry('r', '2026-11-23')], true).sessions[0]!.combos[0]!;
    expect(compoundNote(round)).toBeNull();
    const plain = rowHeight({ kind: 'combo', key: 'r', log: round, status: null });
    const calibrated = { ...round, compound: { ...round.compound, reps: 12, rir: 0, calibration: { calledRir: 2, repsAtCall: 9, repsToFailure: 12 } } };
    expect(compoundNote(calibrated)).toBe('Calibration set: called 2 left at 9 reps, failure at 12, so 3 were left');
    expect(rowHeight({ kind: 'combo', key: 'r', log: calibrated, status: null })).toBe(plain + 2 * ROW_HEIGHT.comboNameLine);
    const banded = { ...round, combo: 'landmine_press_upward_rotation', compound: { ...round.compound, exercise: 'half_kneeling_landmine_press', band: { tension: 15, anchor: 'under_knee' as const, atLockout: 6.43 } } };
    expect(compoundNote(banded)).toBe('With a 15 kg band under the knee: 6.4 kg more at lockout');
  });
});
