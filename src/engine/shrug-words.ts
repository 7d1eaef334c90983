// How a combo and its shrug are said, the same way everywhere they are printed
// (plan, today, next, the runner, warnings): the shrug follows the compound at
// once, always goes to failure, and holds each rep where that movement's
// contraction is full — not always "the top" (after a pulldown the blades
// squeeze down and in). A rep target is a mark to beat on the way to failure,
// never a place to stop.
import { findCombo, findExercise, movement } from './catalog/index.js';
import { MAX_TRANSITION_SECONDS } from './rules/transition.js';
import type { PlannedCombo, WeekPlan } from './model.js';
import type { MovementId, RepRange } from './types.js';

/** "hold 1 s at full contraction (shoulders up at the ears) on every rep" */
export function pauseWords(movementId: MovementId, seconds: number): string {
  return `hold ${seconds} s at full contraction (${movement(movementId).fullContraction}) on every rep`;
}

/** "to failure", or with a mark from history: "to failure, beating 15 reps on the way (a mark to pass, not a place to stop)". */
export function shrugGoal(targetReps: number | null): string {
  if (targetReps === null || targetReps <= 1) return 'to failure';
  return `to failure, beating ${targetReps - 1} reps on the way (a mark to pass, not a place to stop)`;
}

/** The whole shrug instruction: "to failure, …, hold 1 s at full contraction (…) on every rep". */
export function shrugInstruction(movementId: MovementId, pauseSeconds: number, targetReps: number | null): string {
  return `${shrugGoal(targetReps)}; ${pauseWords(movementId, pauseSeconds)}`;
}

export interface ComboParts {
  comboId: string;
  compoundId: string;
  shrugId: string;
  repRange: RepRange;
  targetRir: RepRange;
}

/**
 * One combo in a sentence, for plan text and JSON: the compound stopped short
 * of failure, then at once the shrug to failure with its pause.
 */
export function comboInstruction(c: ComboParts): string {
  const combo = findCombo(c.comboId);
  const compound = findExercise(c.compoundId)?.name ?? c.compoundId;
  const shrug = (findExercise(c.shrugId)?.name ?? c.shrugId).toLowerCase();
  const pause = combo ? `; ${pauseWords(combo.movement, combo.shrugPauseSeconds)}` : '';
  return (
    `${compound}, ${c.repRange.min}-${c.repRange.max} reps stopped with ${c.targetRir.min}-${c.targetRir.max} in reserve; ` +
    `then at once (within ${MAX_TRANSITION_SECONDS} s) the ${shrug} to failure${pause}.`
  );
}

/** The plan with each combo said in a sentence (`instruction`), for plan JSON: the compound, then at once the shrug. */
export function withInstructions(plan: WeekPlan): Omit<WeekPlan, 'days'> & { days: (Omit<WeekPlan['days'][number], 'combos'> & { combos: (PlannedCombo & { instruction: string })[] })[] } {
  return { ...plan, days: plan.days.map((d) => ({ ...d, combos: d.combos.map((c) => ({ ...c, instruction: comboInstruction(c) })) })) };
}
