import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../import.js';

const fixture = (name: string) => createReadStream(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

describe('Strong current export (semicolons, kg in the header)', () => {
  it('imports 12 of 17 rows into two sessions and says why the other 5 were skipped', async () => {
    const { sessions, report } = await importCsv(fixture('strong-semicolon-kg.csv'));
    expect(report.format).toBe('strong');
    expect(report.rowsRead).toBe(17);
    expect(report.rowsImported).toBe(12);
    expect(report.restsKept).toBe(2);
    expect(report.skipped).toEqual([
      { row: 7, reason: 'note row, not a set (added to the session notes)' },
      { row: 15, reason: 'Date "2024-02-30 07:30:00" is not a real date written YYYY-MM-DD HH:MM:SS' },
      { row: 17, reason: 'Weight "abc" is not a number' },
    ]);
    // Each Rest Timer row's seconds go on the set it followed; the others have none.
    expect(sessions.flatMap((s) => s.sets.filter((x) => x.restSeconds !== null).map((x) => [x.exerciseId, x.load, x.restSeconds]))).toEqual([
      ['barbell_deadlift', 142.5, 120],
      ['weighted_dip', 10, 90],
    ]);
    expect(sessions.map((s) => [s.key, s.sets.length])).toEqual([
      ['2024-03-05T18:02:11|Pull', 9],
      ['2024-03-07T07:30:00|Push', 3],
    ]);
  });

  it('reads decimal commas, W/D/F set orders and kg from the Weight (kg) header', async () => {
    const { sessions } = await importCsv(fixture('strong-semicolon-kg.csv'));
    const pull = sessions[0]!;
    expect(pull.sets.map((s) => [s.exerciseId, s.kind, s.load, s.reps])).toEqual([
      ['barbell_deadlift', 'warmup', 60, 5],
      ['barbell_deadlift', 'warmup', 100, 3],
      ['barbell_deadlift', 'normal', 142.5, 7],
      ['barbell_shrug', 'normal', 142.5, 14],
      ['lat_pulldown', 'normal', 67.5, 10],
      ['lat_pulldown', 'dropset', 50, 8],
      ['custom:face-pull-cable', 'normal', 22.5, 15],
      ['custom:face-pull-cable', 'failure', 22.5, 12],
      ['custom:plank', 'normal', null, null],
    ]);
    expect(pull.sets.every((s) => s.unit === 'kg')).toBe(true);
    expect(pull.sets.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pull.sets[2]!.rpe).toBe(8);
    expect(pull.sets[4]!.rpe).toBe(7.5);
    expect(pull.sets[8]!.seconds).toBe(60);
    expect(pull.sets[3]!.notes).toBe('paused at the top');
  });

  it('puts the workout notes first and a Note row after them, in the session notes', async () => {
    const { sessions } = await importCsv(fixture('strong-semicolon-kg.csv'));
    expect(sessions[0]!.notes).toBe('Straps on, felt strong\nLat Pulldown (Cable): Neutral grip; pull to the chest');
    expect(sessions[1]!.notes).toBeNull();
  });

  it('matches Chest Dip to the weighted dip and lists unmatched names as custom exercises', async () => {
    const { sessions, report } = await importCsv(fixture('strong-semicolon-kg.csv'));
    expect(sessions[1]!.sets.map((s) => s.exerciseId)).toEqual(['bench_press', 'bench_press', 'weighted_dip']);
    expect(report.customExercises).toEqual(['Face Pull (Cable)', 'Plank']);
    expect(sessions[0]!.sets.find((s) => s.exerciseName === 'Plank')!.custom).toBe(true);
  });
});

describe('Strong comma export (no unit in the file)', () => {
  it('takes the unit from defaultUnit: 135 lb stays 135 lb', async () => {
    const { sessions, report } = await importCsv(fixture('strong-comma-lb.csv'), { defaultUnit: 'lb' });
    expect(report.format).toBe('strong-comma');
    expect(report.rowsRead).toBe(10);
    expect(report.rowsImported).toBe(8);
    expect(report.skipped).toEqual([
      { row: 9, reason: 'RPE 12 is outside 1-10' },
      { row: 11, reason: 'no reps, time or distance recorded' },
    ]);
    const [upper, lower] = sessions;
    expect(upper!.name).toBe('Upper A');
    expect(upper!.notes).toBe('Gym was busy, used the far rack');
    expect(upper!.sets.map((s) => [s.exerciseId, s.load, s.unit, s.reps, s.rpe])).toEqual([
      ['incline_bench_press', 135, 'lb', 8, null],
      ['incline_bench_press', 135, 'lb', 7, 9],
      ['pull_up', 0, 'lb', 8, null],
      ['pull_up', 25, 'lb', 6, null],
      ['one_arm_db_row', 70, 'lb', 10, 8.5],
    ]);
    expect(upper!.sets[1]!.notes).toBe('Elbows in, touch and go');
    expect(lower!.sets.map((s) => [s.exerciseId, s.kind])).toEqual([
      ['back_squat', 'warmup'],
      ['back_squat', 'normal'],
      ['custom:rowing-machine', 'normal'],
    ]);
  });

  it('reads a unitless distance as miles for a lb lifter (2 mi = 3218.688 m) and zero as nothing', async () => {
    const { sessions } = await importCsv(fixture('strong-comma-lb.csv'), { defaultUnit: 'lb' });
    const rowing = sessions[1]!.sets[2]!;
    expect(rowing).toMatchObject({ distance: 3218.688, seconds: 600, reps: null, load: 0 });
    expect(sessions[1]!.sets[0]!.distance).toBeNull();
  });

  it('falls back to kg when no default unit is given', async () => {
    const { sessions } = await importCsv(fixture('strong-comma-lb.csv'));
    expect(sessions[0]!.sets[0]!.unit).toBe('kg');
  });
});

describe('Strong legacy export (Weight Unit column)', () => {
  it('keeps each row in its own unit and skips rows with a unit it cannot read', async () => {
    const { sessions, report } = await importCsv(fixture('strong-legacy-units.csv'));
    expect(report.format).toBe('strong-legacy');
    expect(report.rowsImported).toBe(5);
    expect(report.skipped).toEqual([
      { row: 5, reason: 'Weight Unit "stone" is neither kg nor lb' },
      { row: 8, reason: 'Distance Unit "leagues" is not m, km, mi, ft or yd' },
    ]);
    const arms = sessions[0]!;
    expect(arms.sets.map((s) => [s.exerciseId, s.load, s.unit])).toEqual([
      ['db_bench_press', 14, 'kg'],
      ['db_bench_press', 32.5, 'lb'],
      ['incline_db_row', 16, 'kg'],
      ['custom:farmer-walk', 24, 'kg'],
    ]);
    expect(arms.sets[3]!.distance).toBe(40);
    const cardio = sessions[1]!;
    expect(cardio.notes).toBe('Easy pace');
    expect(cardio.sets[0]).toMatchObject({ exerciseId: 'custom:running', load: null, distance: 5200, seconds: 1800 });
  });
});
