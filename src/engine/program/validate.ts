// Checks a ProgramInput once, at the generator's edge, and returns the week's
// training days in week order. Inside the generator the days are trusted.
import { findExercise } from '../catalog/index.js';
import { WEEKDAYS } from '../model.js';
import type { Experience, ProgramInput, SplitKind, TrainingDay, Weekday } from '../model.js';
import type { Pattern } from '../types.js';
import { DAY_COUNTS, defaultDays } from './splits.js';
import { orList } from './text.js';

/** Bad input to generatePlan; `field` is the path of the offending value. */
export class PlanInputError extends Error {
  override name = 'PlanInputError';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

const SPLITS: readonly SplitKind[] = ['full_body', 'upper_lower', 'push_pull_legs', 'custom'];
const EXPERIENCES: readonly Experience[] = ['beginner', 'intermediate', 'advanced'];
const PATTERNS: readonly Pattern[] = ['horizontal_pull', 'horizontal_press', 'hinge', 'dip', 'vertical_pull', 'vertical_press', 'squat'];

const byWeek = (a: Weekday, b: Weekday) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);

function checkWeekdays(days: readonly unknown[], field: (i: number) => string, listField: string): Weekday[] {
  const seen: Weekday[] = [];
  days.forEach((d, i) => {
    if (!WEEKDAYS.includes(d as Weekday)) throw new PlanInputError(field(i), `unknown weekday "${String(d)}" (use ${WEEKDAYS.join(', ')})`);
    if (seen.includes(d as Weekday)) throw new PlanInputError(listField, `${String(d)} is listed twice`);
    seen.push(d as Weekday);
  });
  return seen;
}

function checkCustomDays(input: ProgramInput): TrainingDay[] {
  const custom = input.customDays;
  if (!Array.isArray(custom) || custom.length === 0) throw new PlanInputError('customDays', 'a custom split needs at least one day with its compounds');
  const weekdays = checkWeekdays(custom.map((d) => d.weekday), (i) => `customDays[${i}].weekday`, 'customDays');
  if (input.days.length > 0 && [...input.days].sort(byWeek).join() !== [...weekdays].sort(byWeek).join()) {
    throw new PlanInputError('days', 'must list the same weekdays as customDays (or be left empty)');
  }
  custom.forEach((day, i) => {
    day.compounds.forEach((c, j) => {
      const field = `customDays[${i}].compounds[${j}]`;
      if (c.pattern !== undefined && !PATTERNS.includes(c.pattern)) {
        throw new PlanInputError(`${field}.pattern`, `unknown pattern "${String(c.pattern)}" (use ${PATTERNS.join(', ')})`);
      }
      const known = findExercise(c.exerciseId);
      if (c.pattern === undefined && !known) {
        throw new PlanInputError(`${field}.exerciseId`, `unknown exercise "${c.exerciseId}": use a catalog id or give its pattern`);
      }
      if (c.pattern === undefined && known?.kind === 'shrug') {
        throw new PlanInputError(`${field}.exerciseId`, `"${c.exerciseId}" is a shrug, not a compound`);
      }
    });
  });
  return [...custom].sort((a, b) => byWeek(a.weekday, b.weekday));
}

/** Validates the input and returns its training days in week order. */
export function trainingDays(input: ProgramInput): TrainingDay[] {
  if (!SPLITS.includes(input.split)) throw new PlanInputError('split', `unknown split "${String(input.split)}" (use ${SPLITS.join(', ')})`);
  if (!EXPERIENCES.includes(input.experience)) {
    throw new PlanInputError('experience', `unknown experience "${String(input.experience)}" (use ${EXPERIENCES.join(', ')})`);
  }
  if (!Array.isArray(input.days)) throw new PlanInputError('days', 'must be a list of weekdays');
  const weekdays = checkWeekdays(input.days, (i) => `days[${i}]`, 'days');
  if (input.split === 'custom') return checkCustomDays(input);
  if (input.customDays !== undefined) throw new PlanInputError('customDays', 'only a custom split lists its own days');
  const counts = DAY_COUNTS[input.split];
  if (!counts.includes(weekdays.length)) {
    throw new PlanInputError('days', `${input.split} takes ${orList(counts.map(String))} days, not ${weekdays.length}`);
  }
  return defaultDays(input.split, weekdays.sort(byWeek), input.inventory);
}
