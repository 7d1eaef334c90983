// What the app uploads, for API tests: a combo round and a set outside any combo.
import { randomUUID } from 'node:crypto';

/** A deadlift round of 4 March 2025: 140 kg × 8 at RIR 2, then 12 shrugs to failure. */
export function deadliftRound(over: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    sessionId: randomUUID(),
    date: '2025-03-04',
    combo: 'deadlift_elevation',
    compound: { load: 140, reps: 8, rir: 2, id: randomUUID() },
    shrug: { load: 140, reps: 12, toFailure: true, id: randomUUID() },
    secondsBetween: 5,
    ...over,
  };
}

/** An own lift's set, logged on its own. */
export function looseSet(over: Record<string, unknown> = {}) {
  return { id: randomUUID(), sessionId: randomUUID(), date: '2025-03-04', exerciseId: 'barbell_deadlift', kind: 'normal', load: 140, reps: 6, rir: 2, ...over };
}
