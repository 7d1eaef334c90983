import { describe, expect, it } from 'vitest';
import { loadRunner, saveRunner } from './runner-storage.js';
import { initialRunner } from './runner-state.js';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
}
const storage = () => new MemoryStorage() as unknown as Storage;

const session = { weekday: 'mon', label: 'Pull', compounds: [], warmup: { minutes: 0, drills: [] }, combos: [{}], skipped: [] };

describe('runner storage', () => {
  it('brings back a runner saved by the version before, its rounds as wire rounds', () => {
    const s = storage();
    const v1Round = {
      combo: 0, round: 0, comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug', unit: 'kg',
      compound: { load: 140, reps: 8, rir: 2 }, shrug: { load: 140, reps: 14, toFailure: true }, secondsBetween: 2,
      rampUp: [{ load: 60, reps: 8 }], loggedAt: 1000, saved: 'saved', outboxId: 'x',
    };
    const v1 = { ...initialRunner('2026-11-20'), version: 1, sessionId: 'sess', session, step: { kind: 'rest', combo: 0, round: 1 }, restEndsAt: 2000, rounds: [v1Round] };
    s.setItem('bladework:runner:u', JSON.stringify(v1));
    const back = loadRunner(s, 'u', '2026-11-20', 1500);
    expect(back.version).toBe(2);
    expect(back.step).toEqual({ kind: 'rest', combo: 0, round: 1 });
    expect(back.rounds).toEqual([
      {
        combo: 0, round: 0, loggedAt: 1000, saved: 'saved', outboxId: 'x',
        body: {
          sessionId: 'sess', date: '2026-11-20', combo: 'deadlift_elevation',
          compound: { exercise: 'barbell_deadlift', load: 140, reps: 8, rir: 2 },
          shrug: { exercise: 'barbell_shrug', load: 140, reps: 14, toFailure: true },
          secondsBetween: 2, rampUp: [{ load: 60, reps: 8 }], unit: 'kg',
        },
      },
    ]);
  });

  it('keeps what it saved, and starts afresh from something it cannot read', () => {
    const s = storage();
    const state = { ...initialRunner('2026-11-20'), sessionId: 'sess' };
    saveRunner(s, 'u', state);
    expect(loadRunner(s, 'u', '2026-11-20', 0)).toEqual(state);
    s.setItem('bladework:runner:u', '{"version":1,"rounds":[{"nonsense":true}]}');
    expect(loadRunner(s, 'u', '2026-11-20', 0)).toEqual(initialRunner('2026-11-20'));
  });
});
