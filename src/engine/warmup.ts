// The warm-up: one drill per blade movement, unloaded, as skill practice.
//
// Dose (our design, no published dose; docs/system.md, Warm-up drills): the point
// is to feel each blade move on its own before it is loaded, not to tire the
// muscles that must fail in the shrugs later. So: no load, slow reps (about 2 s
// up, a hold, 2 s down) well short of fatigue, one set per movement. Movements
// trained in today's combos get a second, focused set and come last, so the
// feel is fresh when the first combo starts. Beginners are still learning to
// isolate the six movements, so they get one more set of each: more practice,
// still no load.
import { movement } from './catalog/index.js';
import type { Experience } from './model.js';
import { MOVEMENT_IDS } from './types.js';
import type { MovementId } from './types.js';

export interface WarmupDrill {
  movement: MovementId;
  name: string;
  cue: string;
  sets: number;
  reps: number;
  holdSeconds: number;
  usedToday: boolean;
}

export interface Warmup {
  drills: WarmupDrill[];
  minutes: number;
}

const REPS = 8;
const HOLD_SECONDS = 2;
/** About 2 s to move into the position and 2 s back out, plus the hold. */
const SECONDS_PER_REP = 4 + HOLD_SECONDS;
/** Time to reset between sets and move from one drill to the next. */
const SECONDS_BETWEEN_SETS = 15;

/**
 * Orders the six drills: movements not trained today first, in catalog order;
 * then today's, in the order given (the session's order), closest to use.
 */
export function buildWarmup(today: MovementId[], experience: Experience): Warmup {
  const todays = [...new Set(today)];
  const others = MOVEMENT_IDS.filter((m) => !todays.includes(m));
  const beginner = experience === 'beginner';
  const drills = [...others, ...todays].map((id): WarmupDrill => {
    const usedToday = todays.includes(id);
    const { drill } = movement(id);
    const sets = (usedToday ? 2 : 1) + (beginner ? 1 : 0);
    return { movement: id, name: drill.name, cue: drill.cue, sets, reps: REPS, holdSeconds: HOLD_SECONDS, usedToday };
  });
  const seconds = drills.reduce((sum, d) => sum + d.sets * (d.reps * SECONDS_PER_REP + SECONDS_BETWEEN_SETS), 0);
  return { drills, minutes: Math.ceil(seconds / 60) };
}
