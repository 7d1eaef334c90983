import { describe, expect, it } from 'vitest';
import { SessionCollector, SessionsInMemory } from './collect-sessions.js';
import type { RowSet } from './read-row.js';

const head = { date: '2024-03-05', startedAt: '2024-03-05T18:00:00', name: 'Workout A', notes: null };
const set = (load: number, reps: number, kind: RowSet['kind'] = 'normal'): RowSet => ({ exerciseName: 'Squat', kind, load, unit: 'kg', reps, rpe: null, seconds: null, distance: null, notes: null });

describe('SessionCollector', () => {
  it('takes a row of several sets as one imported row, numbering the sets in order', () => {
    const memory = new SessionsInMemory();
    const c = new SessionCollector('strong', memory);
    c.add(2, { kind: 'sets', session: head, sets: [set(100, 5), set(100, 5), set(100, 0, 'failure')] });
    c.add(3, { kind: 'sets', session: head, sets: [{ ...set(60, 5), exerciseName: 'Bench Press' }] });
    const finished = c.finish();
    const { report } = finished;
    const sessions = memory.sessions(finished.sessions);
    expect(report).toMatchObject({ rowsRead: 2, rowsImported: 2, skipped: [] });
    expect(sessions[0]!.sets.map((s) => [s.position, s.exerciseId, s.kind, s.load, s.reps])).toEqual([
      [1, 'back_squat', 'normal', 100, 5],
      [2, 'back_squat', 'normal', 100, 5],
      [3, 'back_squat', 'failure', 100, 0],
      [4, 'bench_press', 'normal', 60, 5],
    ]);
  });

  it('skips the whole row when one of its sets is past a limit, so no row is half imported', () => {
    const c = new SessionCollector('strong', new SessionsInMemory());
    c.add(2, { kind: 'sets', session: head, sets: [set(100, 5), set(12_000, 5)] });
    const { sessions, report } = c.finish();
    expect(report).toMatchObject({ rowsRead: 1, rowsImported: 0, skipped: [{ row: 2, reason: 'Weight 12000 is past 10,000' }] });
    expect(sessions).toEqual([]);
  });
});
