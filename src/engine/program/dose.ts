// Rounds per combo and rest between rounds. No study sets either for these combos;
// these are reasoned defaults from the literature (docs/methods.md, Rounds and rest).
import type { Experience } from '../model.js';
import type { Combo } from '../types.js';

/**
 * A round is one compound set at RIR 2-3 plus one shrug to failure. Each combo
 * comes once a week, so rounds are the movement's direct hard sets for the week,
 * on top of the indirect work of the lifter's own compounds (counted as half a
 * set, Pelland et al. 2024/2025). Advanced lifters take 3, moving the scapular
 * muscles toward the 12-20 weekly sets that suit trained lifters (Baz-Valle et
 * al. 2022); intermediates 2. Beginners take 1: they are still learning to
 * isolate the movements, and sets to failure bring more fatigue for similar
 * growth (Refalo et al. 2023, 2024).
 */
export const ROUNDS: Record<Experience, number> = { beginner: 1, intermediate: 2, advanced: 3 };

/**
 * 2-3 min between heavy sets (ACSM 2009), and 3 min beat 1 min for 8-12RM work
 * (Schoenfeld et al. 2016, JSCR 30:1805). A round ends in a set to failure, so
 * the top of that range. Deadlift combos get a minute more: deadlifts taken close
 * to failure bring a lot of whole-body fatigue (docs/system.md, combo 4), so
 * they get longer rest.
 */
export const REST_SECONDS = 180;
export const REST_AFTER_DEADLIFT_SECONDS = 240;

export function isDeadliftCombo(combo: Combo): boolean {
  return combo.compounds.includes('barbell_deadlift');
}

export function restSeconds(combo: Combo): number {
  return isDeadliftCombo(combo) ? REST_AFTER_DEADLIFT_SECONDS : REST_SECONDS;
}
