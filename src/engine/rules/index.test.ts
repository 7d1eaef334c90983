import { describe, expect, it } from 'vitest';
import { findCombo } from '../catalog/index.js';
import { commercialGym } from '../inventory-presets.js';
import type { ComboLog, Inventory, PlannedCombo, PlannedDay, Weekday, WeekPlan } from '../model.js';
import { checkHistory, checkLog, checkLogs, checkPlan, HISTORY_RULES, LOG_RULES, MAX_TRANSITION_SECONDS, PLAN_RULES, whyNotACompoundOf } from './index.js';

function planned(comboId: string, compoundId?: string): PlannedCombo {
  const c = findCombo(comboId)!;
  return {
    comboId,
    movement: c.movement,
    compoundId: compoundId ?? c.compounds[0]!,
    shrugId: c.shrug,
    rounds: 2,
    restSeconds: 150,
    repRange: c.repRange,
    targetRir: c.targetRir,
    after: null,
    reason: '',
  };
}

function plan(days: [Weekday, PlannedCombo[]][]): WeekPlan {
  const planned: PlannedDay[] = days.map(([weekday, combos]) => ({ weekday, label: 'Day', compounds: [], combos }));
  return { split: 'custom', experience: 'advanced', days: planned, omitted: [], drillWeeks: 0, warnings: [] };
}

function log(over: Partial<ComboLog> = {}): ComboLog {
  return {
    date: '2025-03-10',
    comboId: 'incline_row_retraction',
    compoundId: 'incline_db_row',
    shrugId: 'incline_retraction_shrug',
    unit: 'kg',
    compound: { load: 30, reps: 10, rir: 2 },
    shrug: { load: 30, reps: 14, toFailure: true },
    secondsBetween: 2,
    ...over,
  };
}

const gym = commercialGym('kg');
const without = (item: string): Inventory => ({ ...gym, has: gym.has.filter((h) => h !== item) });
const ids = (ws: { ruleId: string }[]) => ws.map((w) => w.ruleId);
const deadlift = (date: string) => log({ date, comboId: 'deadlift_elevation', compoundId: 'barbell_deadlift', shrugId: 'barbell_shrug' });

describe('rule registry', () => {
  it('gives every rule a snake_case id and a known severity', () => {
    for (const r of [...LOG_RULES, ...PLAN_RULES, ...HISTORY_RULES]) {
      expect(r.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(['info', 'warning', 'danger']).toContain(r.severity);
    }
  });
});

describe('checkLog', () => {
  it('stays quiet on a round done as the system asks', () => {
    expect(checkLog(log())).toEqual([]);
  });

  it('flags a compound taken to failure, at the log date', () => {
    expect(checkLog(log({ compound: { load: 30, reps: 12, rir: 0 } }))).toEqual([
      expect.objectContaining({ ruleId: 'compound_to_failure', severity: 'warning', where: '2025-03-10' }),
    ]);
  });

  it('does not flag a calibration set, which goes to failure on purpose', () => {
    const calibration = { calledRir: 2, repsAtCall: 9, repsToFailure: 12 };
    expect(checkLog(log({ compound: { load: 30, reps: 12, rir: 0, calibration } }))).toEqual([]);
  });

  it('flags a compound stopped with 5 reps left but not with 4', () => {
    expect(ids(checkLog(log({ compound: { load: 30, reps: 8, rir: 5 } })))).toEqual(['compound_far_from_failure']);
    expect(checkLog(log({ compound: { load: 30, reps: 8, rir: 4 } }))).toEqual([]);
  });

  it('flags a shrug stopped short of failure', () => {
    expect(ids(checkLog(log({ shrug: { load: 30, reps: 10, toFailure: false } })))).toEqual(['shrug_short_of_failure']);
  });

  it('leaves a deload week\'s round alone: the shrug 2-3 short and the compound 4-5 short are what it asks', () => {
    const deload = log({ compound: { load: 30, reps: 8, rir: 5 }, shrug: { load: 30, reps: 10, toFailure: false } });
    expect(checkLog(deload, undefined, { deload: true })).toEqual([]);
    expect(ids(checkLog(deload, undefined, { deload: false }))).toEqual(['compound_far_from_failure', 'shrug_short_of_failure']);
    // Further short than even a deload asks is still said.
    expect(ids(checkLog(log({ compound: { load: 30, reps: 8, rir: 6 } }), undefined, { deload: true }))).toEqual(['compound_far_from_failure']);
  });

  it(`flags a rest of more than ${MAX_TRANSITION_SECONDS} s between compound and shrug, not one of exactly that`, () => {
    const slow = checkLog(log({ secondsBetween: 20 }));
    expect(ids(slow)).toEqual(['slow_transition']);
    expect(slow[0]!.message).toContain('20 s');
    expect(checkLog(log({ secondsBetween: MAX_TRANSITION_SECONDS }))).toEqual([]);
  });

  it('flags a barbell row logged as the compound of a retraction combo', () => {
    const w = checkLog(log({ comboId: 'one_arm_row_retraction', compoundId: 'barbell_row', shrugId: 'one_arm_retraction_shrug' }));
    expect(w).toEqual([expect.objectContaining({ ruleId: 'barbell_row_for_retraction', where: '2025-03-10' })]);
  });

  it('leaves the one-arm dumbbell row alone', () => {
    expect(checkLog(log({ comboId: 'one_arm_row_retraction', compoundId: 'one_arm_db_row', shrugId: 'one_arm_retraction_shrug' }))).toEqual([]);
  });
});

describe('checkPlan', () => {
  it('stays quiet on a well-spaced plan in a fully equipped gym', () => {
    const p = plan([
      ['mon', [planned('deadlift_elevation'), planned('incline_row_retraction')]],
      ['wed', [planned('floor_press_protraction')]],
      ['fri', [planned('deadlift_elevation'), planned('one_arm_row_retraction', 'landmine_row')]],
    ]);
    expect(checkPlan(p, gym)).toEqual([]);
  });

  it('flags a barbell row planned for a retraction combo, on its weekday', () => {
    const p = plan([['tue', [planned('one_arm_row_retraction', 'barbell_row')]]]);
    expect(checkPlan(p, gym)).toEqual([expect.objectContaining({ ruleId: 'barbell_row_for_retraction', severity: 'warning', where: 'tue' })]);
  });

  it('flags a deadlift combo once when the gym has no lifting straps', () => {
    const p = plan([
      ['mon', [planned('deadlift_elevation')]],
      ['thu', [planned('deadlift_elevation')]],
    ]);
    expect(checkPlan(p, without('lifting_straps'))).toEqual([
      expect.objectContaining({ ruleId: 'deadlift_without_straps', where: 'deadlift_elevation' }),
    ]);
  });

  it('flags a floor press without a rack with catches as a danger', () => {
    const p = plan([['wed', [planned('floor_press_protraction')]]]);
    expect(checkPlan(p, without('rack_with_catches'))).toEqual([
      expect.objectContaining({ ruleId: 'floor_press_without_catches', severity: 'danger', where: 'floor_press_protraction' }),
    ]);
  });

  it('does not ask for straps or catches when no such combo is planned', () => {
    const p = plan([['wed', [planned('incline_row_retraction')]]]);
    expect(checkPlan(p, { ...gym, has: [] })).toEqual([]);
  });

  it('flags deadlift combos on back-to-back weekdays, at the second day', () => {
    const p = plan([
      ['tue', [planned('deadlift_elevation')]],
      ['wed', [planned('deadlift_elevation')]],
    ]);
    const w = checkPlan(p, gym);
    expect(w).toEqual([expect.objectContaining({ ruleId: 'deadlift_consecutive_days', where: 'wed' })]);
    expect(w[0]!.message).toContain('tue and wed');
  });

  it('counts Sunday and the next Monday as back to back', () => {
    const p = plan([
      ['mon', [planned('deadlift_elevation')]],
      ['thu', []],
      ['sun', [planned('deadlift_elevation')]],
    ]);
    expect(checkPlan(p, gym)).toEqual([expect.objectContaining({ ruleId: 'deadlift_consecutive_days', where: 'mon' })]);
  });
});

describe('checkHistory', () => {
  it('flags deadlift combos logged on consecutive dates, across a month end, at the later date', () => {
    const w = checkHistory([deadlift('2025-03-01'), log({ date: '2025-02-27' }), deadlift('2025-02-28')]);
    expect(w).toEqual([expect.objectContaining({ ruleId: 'deadlift_consecutive_days', where: '2025-03-01' })]);
  });

  it('stays quiet with a day between deadlift combos, or several rounds on one day', () => {
    expect(checkHistory([deadlift('2025-03-10'), deadlift('2025-03-10'), deadlift('2025-03-12'), log({ date: '2025-03-11' })])).toEqual([]);
  });
});

describe('the rules about kit, wherever a round is logged', () => {
  const floorPress = log({ comboId: 'floor_press_protraction', compoundId: 'barbell_floor_press', shrugId: findCombo('floor_press_protraction')!.shrug });

  it('says at log time what it says at plan time, in the same words, when the kit is missing', () => {
    const planWarnings = checkPlan(plan([['mon', [planned('deadlift_elevation'), planned('floor_press_protraction')]]]), without('lifting_straps'));
    const straps = checkLog(deadlift('2025-03-10'), without('lifting_straps')).find((w) => w.ruleId === 'deadlift_without_straps');
    expect(straps).toMatchObject({ severity: 'warning', where: 'deadlift_elevation' });
    expect(straps!.message).toBe(planWarnings.find((w) => w.ruleId === 'deadlift_without_straps')!.message);
    expect(checkLog(floorPress, without('rack_with_catches'))).toEqual([expect.objectContaining({ ruleId: 'floor_press_without_catches', severity: 'danger', where: 'floor_press_protraction' })]);
  });

  it('stays quiet with the kit there, or when the kit is not known', () => {
    expect(checkLog(deadlift('2025-03-10'), gym)).toEqual([]);
    expect(checkLog(floorPress)).toEqual([]);
  });

  it('says a kit warning once over many rounds of the combo', () => {
    const w = checkLogs([deadlift('2025-03-10'), deadlift('2025-03-13'), deadlift('2025-03-17')], without('lifting_straps'));
    expect(ids(w)).toEqual(['deadlift_without_straps']);
  });

  it('gives the reason the standing barbell row is no retraction compound', () => {
    expect(whyNotACompoundOf('incline_row_retraction', 'barbell_row')).toMatch(/lower back/);
    expect(whyNotACompoundOf('deadlift_elevation', 'incline_db_row')).toBeNull();
  });
});

describe('the shrug short of failure', () => {
  it('says where the pause is held for that movement: down and in at the bottom after a pulldown', () => {
    const pulldown = log({ comboId: 'pulldown_downward_rotation', compoundId: 'lat_pulldown', shrugId: findCombo('pulldown_downward_rotation')!.shrug, shrug: { load: 50, reps: 9, toFailure: false } });
    const [w] = checkLog(pulldown);
    expect(w!.message).toMatch(/down and in at the bottom/);
    expect(w!.message).not.toMatch(/at the top/);
  });
});
