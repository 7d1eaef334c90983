import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../import.js';

const fixture = (name: string) => createReadStream(new URL(`../../../test/fixtures/import/${name}`, import.meta.url));

describe('Hevy export', () => {
  it('imports kg sets with every set type and skips a bad date and an unknown set type', async () => {
    const { sessions, report } = await importCsv(fixture('hevy-kg.csv'));
    expect(report.format).toBe('hevy');
    expect(report.rowsRead).toBe(12);
    expect(report.rowsImported).toBe(10);
    expect(report.skipped).toEqual([
      { row: 8, reason: 'set_type "superset" is not warmup, normal, failure or dropset' },
      { row: 9, reason: 'start_time "31 Feb 2024, 17:00" is not a real date written like "5 Mar 2024, 18:02"' },
    ]);
    // Hevy lists the newest workout first; sessions come back oldest first.
    expect(sessions.map((s) => s.startedAt)).toEqual(['2024-03-05T17:00:00', '2024-03-12T18:05:00']);
    const back = sessions[1]!;
    expect(back.name).toBe('Back & Blades');
    expect(back.notes).toBe('Short on sleep');
    expect(back.sets.map((s) => [s.exerciseId, s.kind, s.load, s.reps, s.rpe])).toEqual([
      ['lat_pulldown', 'warmup', 40, 12, null],
      ['lat_pulldown', 'normal', 65, 10, 8.5],
      ['lat_pulldown', 'dropset', 45, 8, null],
      ['incline_db_row', 'normal', 22.5, 11, 8],
      ['incline_db_row', 'failure', 22.5, 9, 10],
      ['seated_cable_row', 'normal', 70, 12, null],
    ]);
    expect(back.sets[3]!.notes).toBe('Bench at 30 degrees, full stretch');
    expect(back.sets.every((s) => s.unit === 'kg')).toBe(true);
  });

  it('reads a timed distance set: 1.5 km is 1500 m, with no load or reps', async () => {
    const { sessions, report } = await importCsv(fixture('hevy-kg.csv'));
    const legs = sessions[0]!;
    expect(legs.sets.map((s) => s.exerciseId)).toEqual(['back_squat', 'back_squat', 'romanian_deadlift', 'custom:treadmill']);
    expect(legs.sets[3]).toMatchObject({ load: null, reps: null, distance: 1500, seconds: 600 });
    expect(report.customExercises).toEqual(['Treadmill']);
  });

  it('takes lb from the weight_lbs column whatever the default unit, and miles from distance_miles', async () => {
    const { sessions, report } = await importCsv(fixture('hevy-lb.csv'), { defaultUnit: 'kg' });
    expect(report).toMatchObject({ format: 'hevy', rowsRead: 5, rowsImported: 5, skipped: [], sessions: 1 });
    const s = sessions[0]!;
    expect(s.key).toBe('2025-03-28T17:29:00|Thursday - Upper');
    expect(s.sets.every((x) => x.unit === 'lb')).toBe(true);
    expect(s.sets.map((x) => [x.exerciseId, x.load, x.reps])).toEqual([
      ['bench_press', 135, 8],
      ['bench_press', 205.5, 5],
      ['chin_up', 25, 8],
      ['custom:walking', null, null],
      ['custom:band-pullaparts', null, 20],
    ]);
    // 1.25 mi * 1609.344 m/mi = 2011.68 m
    expect(s.sets[3]!.distance).toBe(2011.68);
  });
});
