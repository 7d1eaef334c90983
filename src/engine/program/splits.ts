// The default week of each split: day labels and the lifter's own compounds
// (catalog ids), which the combos are then placed after. Days are given in week
// order; the templates are dealt out to them in turn.
import { findExercise } from '../catalog/index.js';
import type { DayCompound, Inventory, SplitKind, TrainingDay, Weekday } from '../model.js';

interface DayTemplate {
  label: string;
  compounds: string[];
}

const FULL_BODY: DayTemplate[] = [
  { label: 'Full body A', compounds: ['back_squat', 'bench_press', 'chin_up'] },
  { label: 'Full body B', compounds: ['romanian_deadlift', 'overhead_press', 'barbell_row'] },
  { label: 'Full body C', compounds: ['front_squat', 'incline_bench_press', 'chin_up'] },
];

const UPPER_LOWER: DayTemplate[] = [
  { label: 'Upper A', compounds: ['bench_press', 'barbell_row'] },
  { label: 'Lower A', compounds: ['back_squat', 'romanian_deadlift'] },
  { label: 'Upper B', compounds: ['overhead_press', 'chin_up'] },
  { label: 'Lower B', compounds: ['front_squat', 'romanian_deadlift'] },
];

const PUSH_PULL_LEGS: DayTemplate[] = [
  { label: 'Push A', compounds: ['bench_press', 'overhead_press'] },
  { label: 'Pull A', compounds: ['barbell_row', 'chin_up'] },
  { label: 'Legs A', compounds: ['back_squat', 'romanian_deadlift'] },
  { label: 'Push B', compounds: ['overhead_press', 'incline_bench_press'] },
  { label: 'Pull B', compounds: ['chin_up', 'barbell_row'] },
  { label: 'Legs B', compounds: ['front_squat', 'romanian_deadlift'] },
];

/** How many training days each built-in split supports. */
export const DAY_COUNTS: Record<Exclude<SplitKind, 'custom'>, number[]> = {
  full_body: [2, 3],
  upper_lower: [2, 3, 4],
  push_pull_legs: [3, 6],
};

const TEMPLATES: Record<Exclude<SplitKind, 'custom'>, DayTemplate[]> = {
  full_body: FULL_BODY,
  upper_lower: UPPER_LOWER,
  push_pull_legs: PUSH_PULL_LEGS,
};

/**
 * What a template's own lift becomes in a gym without its kit, in order of
 * preference: the same movement pattern with what the gym has. A lift none of
 * them can stand in for is left out of the day.
 */
export const OWN_LIFT_STAND_INS: Record<string, string[]> = {
  bench_press: ['db_bench_press', 'push_up'],
  incline_bench_press: ['db_bench_press', 'push_up'],
  overhead_press: ['db_shoulder_press'],
  back_squat: ['goblet_squat'],
  front_squat: ['goblet_squat'],
  romanian_deadlift: ['db_romanian_deadlift'],
  barbell_row: ['one_arm_db_row'],
  chin_up: ['lat_pulldown', 'one_arm_db_row'],
};

/** The template's lift, or the first stand-in the gym has everything for, or null. */
function ownLiftFor(exerciseId: string, inventory: Inventory | undefined): string | null {
  if (!inventory) return exerciseId;
  const doable = (id: string) => (findExercise(id)?.requires ?? []).every((item) => inventory.has.includes(item));
  return [exerciseId, ...(OWN_LIFT_STAND_INS[exerciseId] ?? [])].find(doable) ?? null;
}

/**
 * The split's days on the given weekdays (already validated and in week order),
 * each own lift one the gym can load: a dumbbell-only gym gets no barbell bench press.
 */
export function defaultDays(split: Exclude<SplitKind, 'custom'>, weekdays: Weekday[], inventory?: Inventory): TrainingDay[] {
  const templates = TEMPLATES[split];
  return weekdays.map((weekday, i) => {
    const t = templates[i % templates.length]!;
    const ids = t.compounds.map((id) => ownLiftFor(id, inventory)).filter((id): id is string => id !== null);
    const compounds: DayCompound[] = [...new Set(ids)].map((exerciseId) => ({ exerciseId }));
    return { weekday, label: t.label, compounds };
  });
}
