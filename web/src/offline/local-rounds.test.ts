import { describe, expect, it } from 'vitest';
import type { Round } from '../api/types.js';
import { withLog } from './local-rounds.js';

const round = (id: string, date: string, position = 0, reps = 8): Round => ({
  id,
  sessionId: `s-${date}`,
  date,
  position,
  combo: 'deadlift_elevation',
  compound: { id: `${id}c`, exercise: 'barbell_deadlift', load: 140, reps, rir: 2 },
  shrug: { id: `${id}s`, exercise: 'barbell_shrug', load: 140, reps: 12, toFailure: true },
  secondsBetween: 5,
  rampUp: [],
  restSeconds: null,
  notes: null,
  unit: 'kg',
  bodyweight: null,
  createdAt: `${date}T18:00:00Z`,
});

describe('the phone’s copy of the log after a correction', () => {
  it('replaces the round with the same id in place', () => {
    const logs = [round('a', '2026-11-01'), round('b', '2026-11-03')];
    expect(withLog(logs, round('a', '2026-11-01', 0, 10)).map((l) => [l.id, l.compound.reps])).toEqual([['a', 10], ['b', 8]]);
  });

  it('adds a round the copy did not have yet in date and position order', () => {
    const logs = [round('a', '2026-11-01'), round('b', '2026-11-03', 0), round('c', '2026-11-03', 2), round('d', '2026-11-05')];
    expect(withLog(logs, round('x', '2026-11-03', 1)).map((l) => l.id)).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(withLog(logs, round('y', '2026-12-01')).map((l) => l.id).at(-1)).toBe('y');
    expect(withLog([], round('z', '2026-12-01')).map((l) => l.id)).toEqual(['z']);
  });
});
