import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../engine/model.js';
import { OWN_SESSION_NAME, comboLogsToSessions } from './combo-log-sessions.js';

const log = (date: string, over: Partial<ComboLog> = {}): ComboLog => ({
  date, comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug', unit: 'kg',
  rampUp: [{ load: 60, reps: 5 }], compound: { load: 140, reps: 7, rir: 2 }, shrug: { load: 140, reps: 15, toFailure: true },
  secondsBetween: 5, ...over,
});

describe('comboLogsToSessions', () => {
  it('turns a round into ramp-up, compound and shrug sets, RIR 2 as RPE 8', () => {
    const [s] = comboLogsToSessions([log('2024-03-05', { notes: 'grip held' })]);
    expect(s!.key).toBe(`2024-03-05T00:00:00|${OWN_SESSION_NAME}`);
    expect(s!.sets.map((x) => [x.position, x.exerciseId, x.kind, x.load, x.reps, x.rpe])).toEqual([
      [1, 'barbell_deadlift', 'warmup', 60, 5, null],
      [2, 'barbell_deadlift', 'normal', 140, 7, 8],
      [3, 'barbell_shrug', 'failure', 140, 15, null],
    ]);
    expect(s!.sets[1]!.notes).toBe('grip held');
    expect(s!.sets[0]!.exerciseName).toBe('Barbell deadlift');
  });

  it('groups rounds by date, oldest first, and marks a shrug stopped short as a normal set', () => {
    const sessions = comboLogsToSessions([
      log('2024-03-07', { rampUp: [], shrug: { load: 140, reps: 10, toFailure: false } }),
      log('2024-03-05'),
      log('2024-03-05', { rampUp: [] }),
    ]);
    expect(sessions.map((s) => [s.date, s.sets.length])).toEqual([['2024-03-05', 5], ['2024-03-07', 2]]);
    expect(sessions[1]!.sets[1]!.kind).toBe('normal');
  });
});
