// A real session for the tests: the engine's plan for a commercial gym, on the
// day with the deadlift combo (barbell, so it has ramp-up sets).
import { commercialGym } from '../../../../src/engine/inventory-presets.js';
import { generatePlan } from '../../../../src/engine/program/index.js';
import { buildSession, type Session } from '../../../../src/engine/session.js';

export const inventory = commercialGym('kg');
export const plan = generatePlan({ split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], inventory, experience: 'intermediate' });

/** The session of the day holding `comboId`. */
export function sessionWith(comboId: string): Session {
  const day = plan.days.find((d) => d.combos.some((c) => c.comboId === comboId))!;
  return buildSession({ plan, weekday: day.weekday, profile: { unit: 'kg', bodyweight: 80, experience: 'intermediate' }, inventory });
}

export const deadliftSession = (): Session => sessionWith('deadlift_elevation');
