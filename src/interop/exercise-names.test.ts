import { describe, expect, it } from 'vitest';
import { CATALOG } from '../engine/catalog/index.js';
import { EXERCISE_ALIASES, canonicalExerciseName, exerciseSlug, matchExercise } from './exercise-names.js';

describe('matchExercise', () => {
  it.each([
    ['Deadlift (Barbell)', 'barbell_deadlift'],
    ['Lat Pulldown (Cable)', 'lat_pulldown'],
    ['Bench Press (Barbell)', 'bench_press'],
    ['Pull Up', 'pull_up'],
    ['Pull-Up', 'pull_up'],
    ['Chin Up', 'chin_up'],
    ['Bent Over Row (Barbell)', 'barbell_row'],
    ['Shrug (Barbell)', 'barbell_shrug'],
    ['Chest Dip', 'weighted_dip'],
    ['Triceps Dip', 'weighted_dip'],
    ['Dip', 'weighted_dip'],
    ['Squat (Barbell)', 'back_squat'],
    ['Overhead Press (Barbell)', 'overhead_press'],
    ['Romanian Deadlift (Barbell)', 'romanian_deadlift'],
    ['Floor Press (Barbell)', 'barbell_floor_press'],
    ['Landmine Press', 'half_kneeling_landmine_press'],
    ['Seated Cable Row', 'seated_cable_row'],
    ['Leg Press', 'leg_press'],
    ['Incline Bench Press (Barbell)', 'incline_bench_press'],
    ['Bench Press (Dumbbell)', 'db_bench_press'],
    ['Bent Over One Arm Row (Dumbbell)', 'one_arm_db_row'],
    ['Chest Supported Incline Row (Dumbbell)', 'incline_db_row'],
    ['  BENCH   press (barbell) ', 'bench_press'],
    ['Barbell deadlift', 'barbell_deadlift'],
  ])('maps "%s" to %s', (name, id) => {
    expect(matchExercise(name)).toEqual({ exerciseId: id, custom: false });
  });

  it('matches every catalog exercise by its own name, so our own exports come back home', () => {
    for (const e of CATALOG.exercises) expect(matchExercise(e.name).exerciseId).toBe(e.id);
  });

  it('keeps the equipment: a dumbbell shrug is not the barbell shrug', () => {
    expect(matchExercise('Shrug (Dumbbell)')).toEqual({ exerciseId: 'custom:shrug-dumbbell', custom: true });
    expect(matchExercise('Overhead Press (Dumbbell)').custom).toBe(true);
  });

  it('gives unmatched names a stable custom slug', () => {
    expect(matchExercise('Face Pull (Cable)')).toEqual({ exerciseId: 'custom:face-pull-cable', custom: true });
    expect(exerciseSlug('Überzug – Kurzhantel')).toBe('uberzug-kurzhantel');
    expect(exerciseSlug('!!!')).toBe('unnamed');
  });

  it('has aliases only for ids the catalog has', () => {
    const ids = new Set(CATALOG.exercises.map((e) => e.id));
    for (const id of Object.keys(EXERCISE_ALIASES)) expect(ids.has(id), id).toBe(true);
  });

  it('moves bracketed words to the front and drops punctuation', () => {
    expect(canonicalExerciseName('Pull-Up (Assisted)')).toBe('assisted pull up');
    expect(canonicalExerciseName('Deadlift (Barbell)')).toBe(canonicalExerciseName('Barbell Deadlift'));
  });
});
