// A first guess at a working load for a lifter with no history on a combo.
// These bodyweight ratios are our own conservative rough guesses (no published
// norms exist for these exact lifts); the first logged set replaces them.
import type { Experience, Inventory, Profile } from './model.js';
import { workingLoad } from './e1rm.js';
import { roundLoad, type Buildable } from './loads/round.js';
import type { Combo, Exercise } from './types.js';

/** Estimated 1RM as a fraction of bodyweight, by exercise and experience. */
const E1RM_PER_BODYWEIGHT: Record<string, Record<Experience, number>> = {
  barbell_deadlift: { beginner: 1.0, intermediate: 1.6, advanced: 2.2 },
  barbell_floor_press: { beginner: 0.5, intermediate: 0.85, advanced: 1.15 },
  // per dumbbell
  incline_db_row: { beginner: 0.2, intermediate: 0.32, advanced: 0.45 },
  one_arm_db_row: { beginner: 0.25, intermediate: 0.4, advanced: 0.55 },
  // plates on the sleeve
  landmine_row: { beginner: 0.2, intermediate: 0.35, advanced: 0.5 },
  half_kneeling_landmine_press: { beginner: 0.1, intermediate: 0.2, advanced: 0.3 },
  lat_pulldown: { beginner: 0.55, intermediate: 0.8, advanced: 1.05 },
};

/** Added load for bodyweight lifts: bodyweight alone, or band help for beginners on pull-ups. */
function bodyweightStart(exercise: Exercise, profile: Profile, inventory: Inventory): Buildable | null {
  const wantsHelp = profile.experience === 'beginner' && exercise.id === 'pull_up';
  const target = wantsHelp ? -0.3 * profile.bodyweight : 0;
  return roundLoad(target, profile.unit, 'bodyweight', inventory, 'nearest');
}

/** The load to work up to on a lifter's first session of a combo, or null when nothing fits. */
export function startingLoad(combo: Combo, exercise: Exercise, profile: Profile, inventory: Inventory): Buildable | null {
  if (exercise.loading === 'bodyweight') return bodyweightStart(exercise, profile, inventory);
  const ratio = E1RM_PER_BODYWEIGHT[exercise.id]?.[profile.experience] ?? 0.5;
  const e1rm = ratio * profile.bodyweight;
  // Aim at the top of the rep range with the most reps in reserve: the lightest
  // load the system allows, so a wrong guess errs on the easy side.
  const target = workingLoad(e1rm, combo.repRange.max, combo.targetRir.max);
  return (
    roundLoad(target, profile.unit, exercise.loading, inventory, 'down') ??
    roundLoad(target, profile.unit, exercise.loading, inventory, 'nearest')
  );
}

