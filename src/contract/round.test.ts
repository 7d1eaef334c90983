import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../engine/catalog/index.js';
import { logFileSchema } from './round.js';
import { toComboLog } from './round-log.js';
import { describeIssues } from './issues.js';

const entry = {
  date: '2026-11-20',
  combo: 'deadlift_elevation',
  compound: { load: 140, reps: 8, rir: 2 },
  shrug: { load: 140, reps: 14, toFailure: true },
  secondsBetween: 2,
};

function issues(doc: unknown): string[] {
  const r = logFileSchema.safeParse(doc);
  return r.success ? [] : describeIssues(r.error);
}

describe('log file schema', () => {
  it('accepts a well-formed log and fills the combo defaults', () => {
    const doc = logFileSchema.parse({ unit: 'kg', logs: [entry] });
    const log = toComboLog(doc.logs[0]!, { unit: doc.unit });
    expect(log.compoundId).toBe('barbell_deadlift');
    expect(log.shrugId).toBe('barbell_shrug');
    expect(log.compound).toEqual({ load: 140, reps: 8, rir: 2 });
  });

  it('says why a number is refused: its range, not "must be a number"', () => {
    const bad = { ...entry, compound: { load: 5000, reps: -1, rir: 11 }, shrug: { load: 'heavy', reps: 14, toFailure: true } };
    const found = issues({ unit: 'kg', logs: [bad] });
    expect(found).toContainEqual(expect.stringMatching(/compound\.load.*must be at most 1000/));
    expect(found).toContainEqual(expect.stringMatching(/compound\.rir.*must be at most 10/));
    expect(found.filter((m) => m.includes('compound.reps'))).toEqual([expect.stringMatching(/must be at least 1/)]);
    expect(found).toContainEqual(expect.stringMatching(/shrug\.load.*must be a number/));
    expect(found.join('\n')).not.toMatch(/compound\.(load|rir|reps).*must be a number/);
  });

  it('carries a calibration set from the file to the engine', () => {
    const calibration = { calledRir: 2, repsAtCall: 6, repsToFailure: 9 };
    const doc = logFileSchema.parse({ unit: 'kg', logs: [{ ...entry, compound: { load: 140, reps: 9, rir: 0, calibration } }] });
    expect(toComboLog(doc.logs[0]!, { unit: doc.unit }).compound).toEqual({ load: 140, reps: 9, rir: 0, calibration });
  });

  it('refuses a calibration set not logged as done: to failure, after the call', () => {
    const calibration = { calledRir: 2, repsAtCall: 9, repsToFailure: 7 };
    expect(issues({ unit: 'kg', logs: [{ ...entry, compound: { load: 140, reps: 8, rir: 2, calibration } }] })).toEqual([
      'logs[0].compound.calibration.repsToFailure: must be at least repsAtCall: failure comes at or after the call',
      'logs[0].compound.reps: must equal calibration.repsToFailure: a calibration set is logged as done, to failure',
      'logs[0].compound.rir: must be 0 on a calibration set, which goes to failure',
    ]);
  });

  it('names the field of a negative load on a barbell lift', () => {
    const bad = { ...entry, compound: { load: -20, reps: 8, rir: 2 } };
    expect(issues({ unit: 'kg', logs: [bad] })).toEqual([
      'logs[0].compound.load: must not be negative (only bodyweight lifts take band help as a negative load)',
    ]);
  });

  it('allows band help as a negative load on dips', () => {
    const dip = { ...entry, combo: 'dip_depression', compound: { load: -15, reps: 10, rir: 2 }, shrug: { load: -15, reps: 12, toFailure: true } };
    expect(issues({ unit: 'kg', bodyweight: 80, logs: [dip] })).toEqual([]);
  });

  it('names an unknown combo and an unknown exercise', () => {
    expect(issues({ unit: 'kg', logs: [{ ...entry, combo: 'bench_shrug' }] })).toEqual(['logs[0].combo: unknown combo "bench_shrug"']);
    const e = { ...entry, compound: { ...entry.compound, exercise: 'zercher_row' } };
    expect(issues({ unit: 'kg', logs: [e] })).toEqual(['logs[0].compound.exercise: unknown compound exercise "zercher_row" (deadlift_elevation takes barbell_deadlift)']);
  });

  it("refuses a compound from another combo, listing the combo's own", () => {
    const pulldown = { ...entry, compound: { ...entry.compound, exercise: 'lat_pulldown' } };
    expect(issues({ unit: 'kg', logs: [pulldown] })).toEqual([
      'logs[0].compound.exercise: "lat_pulldown" is not a variant of this combo (deadlift_elevation takes barbell_deadlift)',
    ]);
    const deadliftUnderPulldown = { ...entry, combo: 'pulldown_downward_rotation', shrug: { ...entry.shrug, exercise: undefined } };
    const dl = { ...deadliftUnderPulldown, compound: { ...entry.compound, exercise: 'barbell_deadlift' } };
    expect(issues({ unit: 'kg', logs: [dl] })).toEqual([
      'logs[0].compound.exercise: "barbell_deadlift" is not a variant of this combo (pulldown_downward_rotation takes lat_pulldown or pull_up)',
    ]);
  });

  it('accepts every variant each combo lists, and a catalog compound outside the combos nowhere', () => {
    const one = (combo: string, exercise: string) => ({ ...entry, combo, compound: { ...entry.compound, exercise } });
    expect(issues({ unit: 'kg', bodyweight: 80, logs: [one('pulldown_downward_rotation', 'pull_up'), one('one_arm_row_retraction', 'landmine_row')] })).toEqual([]);
    expect(issues({ unit: 'kg', logs: [one('incline_row_retraction', 'barbell_row')] })).toHaveLength(1);
  });

  it('refuses unknown fields and bad dates', () => {
    const out = issues({ unit: 'kg', logs: [{ ...entry, date: '20/11/2026', mood: 'great' }] });
    expect(out).toHaveLength(2);
    expect(out.some((l) => l.startsWith('logs[0].date:'))).toBe(true);
    expect(out.some((l) => l.includes('mood'))).toBe(true);
  });

  it("bounds the bodyweight by the file's unit, as the profile does: 420 lb is fine, 420 kg is not", () => {
    expect(issues({ unit: 'lb', bodyweight: 420, logs: [entry] })).toEqual([]);
    expect(issues({ unit: 'kg', bodyweight: 420, logs: [entry] })).toEqual(['bodyweight: must be between 25 and 400 kg']);
    expect(issues({ unit: 'lb', bodyweight: 50, logs: [entry] })).toEqual(['bodyweight: must be between 55 and 882 lb']);
  });

  it('maps a stored round of a combo this catalog lacks by the exercises it names, and refuses one that names none', () => {
    const stored = { ...entry, combo: 'future_combo', compound: { ...entry.compound, exercise: 'barbell_deadlift' }, shrug: { ...entry.shrug, exercise: 'barbell_shrug' } };
    expect(toComboLog(stored, { unit: 'kg' })).toMatchObject({ comboId: 'future_combo', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug' });
    expect(() => toComboLog({ ...entry, combo: 'future_combo' }, { unit: 'kg' })).toThrow(/unknown combo/);
  });

  it('refuses a unit other than kg or lb', () => {
    expect(issues({ unit: 'stone', logs: [entry] })).toEqual(['unit: must be "kg" or "lb"']);
  });

  it("matches docs/log-format.md's table of the compounds each combo takes", () => {
    const doc = readFileSync(new URL('../../docs/log-format.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| (`[a-z_]+`.*) \|$/gm)].map((m) => [m[1], [...m[2]!.matchAll(/`([a-z_]+)`/g)].map((x) => x[1])]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(CATALOG.combos.map((c) => [c.id, c.compounds])));
  });
});
