import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError, detectFormat } from './detect.js';
import { IMPORT_FORMAT_IDS } from './formats/index.js';

const STRONG = '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"';
const STRONG_COMMA = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE';
const STRONG_LEGACY = 'Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration';
const HEVY_KG = '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const FITNOTES = 'Date,Exercise,Category,Weight (lbs),Reps,Distance,Distance Unit,Time,Comment';

describe('detectFormat', () => {
  it('tells each export apart by its header, with the delimiter and the unit the header names', () => {
    expect(detectFormat(STRONG)).toMatchObject({ format: 'strong', delimiter: ';', decimalComma: true, unit: 'kg', metresPerDistanceUnit: 1, fieldCount: 13 });
    expect(detectFormat(STRONG_COMMA)).toMatchObject({ format: 'strong-comma', delimiter: ',', decimalComma: false, unit: null });
    expect(detectFormat(STRONG_LEGACY)).toMatchObject({ format: 'strong-legacy', delimiter: ';', unit: null });
    expect(detectFormat(HEVY_KG)).toMatchObject({ format: 'hevy', delimiter: ',', unit: 'kg', metresPerDistanceUnit: 1000 });
    expect(detectFormat(FITNOTES)).toMatchObject({ format: 'fitnotes', unit: 'lb' });
  });

  it('reads lb from Strong and Hevy headers that name pounds', () => {
    expect(detectFormat(STRONG.replace('Weight (kg)', 'Weight (lbs)')).unit).toBe('lb');
    expect(detectFormat(HEVY_KG.replace('weight_kg', 'weight_lbs').replace('distance_km', 'distance_miles'))).toMatchObject({ unit: 'lb', metresPerDistanceUnit: 1609.344 });
  });

  it('ignores a byte-order mark and a CR at the end of the header', () => {
    expect(detectFormat(`\uFEFF${STRONG_COMMA}\r`).columns.rpe).toBe(11);
  });

  it('accepts FitNotes with a separate Weight Unit column', () => {
    expect(detectFormat('Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment')).toMatchObject({ format: 'fitnotes', unit: null });
  });

  it('names the columns a Hevy header lacks', () => {
    const header = HEVY_KG.replace('"set_type",', '').replace('"reps",', '');
    try {
      detectFormat(header);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportFormatError);
      expect((e as ImportFormatError).format).toBe('hevy');
      expect((e as ImportFormatError).missing).toEqual(['set_type', 'reps']);
      expect((e as ImportFormatError).message).toMatch(/Hevy export, but its header lacks: set_type, reps/);
    }
  });

  it('says which columns it looked for when the header belongs to no known app', () => {
    expect(() => detectFormat('when,what,how much')).toThrow(/"Exercise Name" and "Set Order" \(Strong\)/);
  });

  it('tells every fixture in test/fixtures/import apart: each is read as the format its name starts with, and each format has one', () => {
    const dir = new URL('../../test/fixtures/import/', import.meta.url);
    const seen = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      // The longest id the name starts with: stronglifts-kg.csv is stronglifts, not strong.
      const expected = IMPORT_FORMAT_IDS.filter((id) => file.startsWith(`${id}-`)).sort((a, b) => b.length - a.length)[0] ?? '(no format is named so)';
      const header = readFileSync(new URL(file, dir), 'utf8').split('\n')[0]!;
      expect(detectFormat(header).format, file).toBe(expected);
      seen.add(expected);
    }
    expect([...seen].sort()).toEqual([...IMPORT_FORMAT_IDS].sort());
  });

  it('checks a forced format against the header instead of guessing', () => {
    expect(detectFormat(STRONG_COMMA, 'strong-comma').format).toBe('strong-comma');
    expect(() => detectFormat(STRONG_COMMA, 'hevy')).toThrow(ImportFormatError);
    expect(() => detectFormat(STRONG_COMMA, 'strong')).toThrow(/lacks: Weight \(kg\) or Weight \(lbs\)/);
  });
});
