// generatePlan: the week of combos for a lifter's split and gym. Validates the
// input, picks the variants the gym allows, places them on the days, sets the
// dose, then adds the rules engine's warnings.
import type { Experience, PlannedCombo, PlannedDay, ProgramInput, Warning, WeekPlan } from '../model.js';
import { checkPlan } from '../rules/index.js';
import { chooseVariants } from './choose-variants.js';
import { ROUNDS, restSeconds } from './dose.js';
import { placeCombos } from './place.js';
import { trainingDays } from './validate.js';

/**
 * Weeks a beginner spends on the six movement drills alone before any combo:
 * the system needs each blade movement isolated first (docs/system.md, Beginners). Two weeks of
 * practice every session is our default, not a published number.
 */
export const BEGINNER_DRILL_WEEKS = 2;

/** The prerequisite of the system, said to every lifter: a beginner also gets the drill weeks. */
export const PREREQUISITE =
  'Post-exhaustion combos are an advanced technique: they work only if you can move your shoulder blades in each of the six directions on purpose, on their own. ' +
  'The warm-up drills are how to check and keep that.';

function experienceWarnings(experience: Experience): Warning[] {
  if (experience !== 'beginner') return [{ ruleId: 'advanced_technique', severity: 'info', message: PREREQUISITE }];
  return [
    {
      ruleId: 'advanced_technique',
      severity: 'warning',
      message: `${PREREQUISITE} Spend the first ${BEGINNER_DRILL_WEEKS} weeks on the drills alone, then start with one round of each combo.`,
    },
  ];
}

export function generatePlan(input: ProgramInput): WeekPlan {
  const days = trainingDays(input);
  const { chosen, omitted } = chooseVariants(input.inventory);
  const { placements, warnings: placeWarnings } = placeCombos(chosen, days);

  const planned: PlannedDay[] = days.map((d, i) => {
    const here = placements
      .filter((p) => p.day === i)
      .sort((a, b) => a.afterIndex - b.afterIndex || a.choice.combo.number - b.choice.combo.number);
    const combos = here.map(({ choice: { combo, compoundId }, after, reason }): PlannedCombo => ({
      comboId: combo.id,
      movement: combo.movement,
      compoundId,
      shrugId: combo.shrug,
      rounds: ROUNDS[input.experience],
      restSeconds: restSeconds(combo),
      repRange: { ...combo.repRange },
      targetRir: { ...combo.targetRir },
      after,
      reason,
    }));
    return { weekday: d.weekday, label: d.label, compounds: d.compounds.map((c) => ({ ...c })), combos };
  });

  const plan: WeekPlan = {
    split: input.split,
    experience: input.experience,
    days: planned,
    omitted,
    drillWeeks: input.experience === 'beginner' ? BEGINNER_DRILL_WEEKS : 0,
    warnings: [...experienceWarnings(input.experience), ...placeWarnings],
  };
  // The rules engine may flag what we already flagged: keep one per rule and place.
  const seen = new Set(plan.warnings.map((w) => `${w.ruleId}@${w.where ?? ''}`));
  const extra = checkPlan(plan, input.inventory).filter((w) => !seen.has(`${w.ruleId}@${w.where ?? ''}`));
  return { ...plan, warnings: [...plan.warnings, ...extra] };
}
