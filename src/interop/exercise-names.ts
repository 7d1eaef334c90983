// Matches the names other apps give exercises to catalog ids. Strong and Hevy
// write "Name (Equipment)"; names are compared after moving the bracketed words
// to the front, so "Deadlift (Barbell)" and "Barbell Deadlift" are one name.
import { CATALOG } from '../engine/catalog/index.js';

/** Names as lifters' apps write them, per catalog id. Catalog names and ids match too. */
export const EXERCISE_ALIASES: Record<string, string[]> = {
  barbell_deadlift: ['Deadlift (Barbell)', 'Deadlift', 'Conventional Deadlift'],
  lat_pulldown: ['Lat Pulldown (Cable)', 'Lat Pulldown (Machine)', 'Lat Pulldown', 'Lat Pull Down', 'Wide Grip Lat Pulldown'],
  bench_press: ['Bench Press (Barbell)', 'Bench Press', 'Flat Barbell Bench Press'],
  pull_up: ['Pull Up', 'Pullup', 'Pull Ups', 'Pull Up (Weighted)', 'Pull Up (Assisted)', 'Pull Up (Band)', 'Weighted Pull Up'],
  chin_up: ['Chin Up', 'Chinup', 'Chin Ups', 'Chin Up (Weighted)', 'Chin Up (Assisted)', 'Weighted Chin Up'],
  barbell_row: ['Bent Over Row (Barbell)', 'Bent Over Row', 'Barbell Row', 'Barbell Bent Over Row'],
  barbell_shrug: ['Shrug (Barbell)', 'Barbell Shrug'],
  weighted_dip: [
    'Chest Dip', 'Chest Dip (Weighted)', 'Chest Dip (Assisted)', 'Triceps Dip', 'Triceps Dip (Weighted)',
    'Triceps Dip (Assisted)', 'Tricep Dip', 'Dip', 'Dips', 'Weighted Dips', 'Parallel Bar Dip',
  ],
  back_squat: ['Squat (Barbell)', 'Back Squat (Barbell)', 'Barbell Squat', 'Back Squat', 'Squat', 'High Bar Squat', 'Low Bar Squat'],
  front_squat: ['Front Squat (Barbell)', 'Front Squat'],
  overhead_press: ['Overhead Press (Barbell)', 'Overhead Press', 'Military Press', 'Strict Press (Barbell)', 'Standing Overhead Press'],
  romanian_deadlift: ['Romanian Deadlift (Barbell)', 'Romanian Deadlift', 'RDL'],
  barbell_floor_press: ['Floor Press (Barbell)', 'Floor Press'],
  half_kneeling_landmine_press: ['Landmine Press', 'Landmine Press (Barbell)', 'Half Kneeling Landmine Press', 'Single Arm Landmine Press'],
  landmine_row: ['Landmine Row', 'One Arm Landmine Row', 'Single Arm Landmine Row'],
  seated_cable_row: ['Seated Cable Row', 'Seated Row (Cable)', 'Cable Row', 'Seated Cable Row - V Grip (Cable)'],
  leg_press: ['Leg Press', 'Leg Press (Machine)'],
  incline_bench_press: ['Incline Bench Press (Barbell)', 'Incline Bench Press', 'Incline Barbell Bench Press'],
  db_bench_press: ['Bench Press (Dumbbell)', 'Dumbbell Bench Press', 'Flat Dumbbell Bench Press'],
  one_arm_db_row: [
    'Bent Over One Arm Row (Dumbbell)', 'One Arm Dumbbell Row', 'Dumbbell Row', 'Dumbbell Row (Single Arm)',
    'Single Arm Dumbbell Row',
  ],
  incline_db_row: [
    'Chest Supported Incline Row (Dumbbell)', 'Chest Supported Incline Row', 'Incline Dumbbell Row',
    'Chest Supported Dumbbell Row', 'Incline Row (Dumbbell)',
  ],
};

/** Lower-case words, bracketed words first, punctuation dropped: "Pull-Up (Assisted)" -> "assisted pull up". */
export function canonicalExerciseName(name: string): string {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const bracketed = [...plain.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
  const rest = plain.replace(/\([^)]*\)/g, ' ');
  return [...bracketed, rest].join(' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A stable, readable slug for an exercise outside the catalog. */
export function exerciseSlug(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, id: string) => {
    const key = canonicalExerciseName(name);
    const had = index.get(key);
    if (had !== undefined && had !== id) throw new Error(`exercise alias "${name}" names both ${had} and ${id}`);
    index.set(key, id);
  };
  for (const e of CATALOG.exercises) {
    add(e.name, e.id);
    add(e.id.replace(/_/g, ' '), e.id);
  }
  for (const [id, names] of Object.entries(EXERCISE_ALIASES)) for (const n of names) add(n, id);
  return index;
}

const INDEX = buildIndex();

export interface ExerciseMatch {
  exerciseId: string;
  custom: boolean;
}

export function matchExercise(name: string): ExerciseMatch {
  const id = INDEX.get(canonicalExerciseName(name));
  return id !== undefined ? { exerciseId: id, custom: false } : { exerciseId: `custom:${exerciseSlug(name)}`, custom: true };
}
