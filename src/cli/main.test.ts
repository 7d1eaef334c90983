import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli as run } from '../../test/support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bladework-cli-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}


const goodLog = {
  unit: 'kg',
  bodyweight: 80,
  logs: [
    { date: '2026-11-16', combo: 'deadlift_elevation', compound: { load: 140, reps: 8, rir: 2 }, shrug: { load: 140, reps: 14, toFailure: true }, secondsBetween: 1 },
    { date: '2026-11-18', combo: 'floor_press_protraction', compound: { load: 80, reps: 10, rir: 0 }, shrug: { load: 80, reps: 9, toFailure: false }, secondsBetween: 30 },
  ],
};

afterEach(() => vi.restoreAllMocks());

describe('bladework today --bodyweight', () => {
  it('takes the bodyweight in the chosen unit, with the profile\'s bounds', async () => {
    const lb = await run('today', '--day', 'mon', '--units', 'lb', '--bodyweight', '420');
    expect(lb.code).toBe(0);
    expect(lb.out).toContain('420 lb lifter');
    const kg = await run('today', '--day', 'mon', '--bodyweight', '420');
    expect(kg.code).toBe(1);
    expect(kg.err).toBe('bladework: --bodyweight 420: must be between 25 and 400 kg\n');
    expect((await run('today', '--day', 'mon', '--bodyweight', 'heavy')).err).toBe('bladework: --bodyweight heavy: must be a number\n');
  });
});

describe('bladework plan', () => {
  it('prints a push/pull/legs week in kg by default, covering all six movements', async () => {
    const r = await run('plan');
    expect(r.code).toBe(0);
    expect(r.out).toContain('push/pull/legs, 6 training days');
    expect(r.out).toContain('Monday');
    for (const m of ['Retraction', 'Protraction', 'Elevation', 'Depression', 'Downward rotation', 'Upward rotation']) {
      expect(r.out).toContain(`✓ ${m}`);
    }
  });

  it('prints the same plan as JSON with --json', async () => {
    const r = await run('plan', '--split', 'upper-lower', '--json');
    const plan = JSON.parse(r.out);
    expect(plan.split).toBe('upper_lower');
    expect(plan.days.map((d: { weekday: string }) => d.weekday)).toEqual(['mon', 'tue', 'thu', 'fri']);
  });

  it('refuses an unknown split in one line and exits 1', async () => {
    const r = await run('plan', '--split', 'bro');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual(['bladework: --split: "bro" is not a split I know; use ppl, upper-lower or full-body']);
  });

  it('refuses a bad weekday, named as typed', async () => {
    const r = await run('plan', '--days', 'mon,funday');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--days: "funday" is not a weekday');
  });

  it('refuses words that only start like a weekday', async () => {
    const r = await run('plan', '--split', 'full-body', '--days', 'mondo,wednesday,frisbee');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('--days: "mondo" is not a weekday');
  });

  it('takes short and full day names in any case', async () => {
    const r = await run('plan', '--split', 'full-body', '--days', 'Monday,WED,friday', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).days.map((d: { weekday: string }) => d.weekday)).toEqual(['mon', 'wed', 'fri']);
  });

  it('says what the engine refuses in flags and CLI words', async () => {
    const r = await run('plan', '--split', 'full-body', '--days', 'mon,tue,thu,fri');
    expect(r.code).toBe(1);
    expect(r.err).toBe('bladework: --days: full-body takes 2 or 3 days, not 4\n');
  });

  it('reports an unknown option in one line and exits 1', async () => {
    const r = await run('plan', '--dayz', 'mon');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^bladework: unknown option '--dayz'/);
  });

  it('reports a missing argument in one line and exits 1', async () => {
    const r = await run('next');
    expect(r.code).toBe(1);
    expect(r.err).toBe("bladework: missing required argument 'logfile' (add --help for usage)\n");
  });

  it('reports a flag without its value in one line and exits 1', async () => {
    const r = await run('plan', '--days');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain("'-d, --days <days>' argument missing");
  });
});

describe('bladework block', () => {
  const round = (date: string, feedback?: Record<string, string>) => ({
    date,
    combo: 'incline_row_retraction',
    compound: { load: 30, reps: 10, rir: 2 },
    shrug: { load: 30, reps: 14, toFailure: true },
    secondsBetween: 2,
    ...(feedback ? { feedback } : {}),
  });
  const retraction = (week: { combos: { movement: string; rounds: number }[] }) => week.combos.find((c) => c.movement === 'retraction')!.rounds;

  it('prints a whole block as JSON: every week with each combo’s rounds, the deload last, the reasons', async () => {
    const r = await run('block', '--split', 'full-body', '--days', 'mon,wed,fri', '--start', '2026-12-07', '--json');
    expect(r.code).toBe(0);
    const block = JSON.parse(r.out);
    expect(block.weeks).toHaveLength(5);
    expect(block.deloadWeek).toBe(5);
    expect(block.weeks.map(retraction)).toEqual([2, 3, 4, 5, 3]);
    expect(block.weeks[4].deload).toBe(true);
    for (const w of block.weeks) expect(w.decisions.length).toBe(w.combos.length);
    const text = await run('block', '--split', 'full-body', '--days', 'mon,wed,fri', '--start', '2026-12-07', '--weeks', '4');
    expect(text.out).toMatch(/Week 4 \(from 2026-12-28\) · deload/);
    expect(text.out).toMatch(/stopped 2-3 short of failure \(the one week it is\)/);
  });

  it('changes with the feedback a --log carries, and says why', async () => {
    const log = file('block-log.json', JSON.stringify({ unit: 'kg', logs: [round('2026-12-07', { soreness: 'still_sore' }), round('2026-12-14', { soreness: 'still_sore' })] }));
    const block = JSON.parse((await run('block', '--split', 'full-body', '--days', 'mon,wed,fri', '--start', '2026-12-07', '--log', log, '--json')).out);
    expect(block.deloadWeek).toBe(3);
    expect(block.weeks[1].status).toBe('logged');
    expect(block.weeks[2].decisions.find((d: { movement: string }) => d.movement === 'retraction').reason).toMatch(/deload/);
    expect(block.summary.movements.find((m: { movement: string }) => m.movement === 'retraction').loggedRounds.slice(0, 2)).toEqual([1, 1]);
    const text = (await run('block', '--split', 'full-body', '--days', 'mon,wed,fri', '--start', '2026-12-07', '--log', log)).out;
    expect(text).toMatch(/still sore from the last session: a round less \(2 → 1\)/);
    expect(text).toMatch(/The block so far:/);
  });

  it('refuses a block of the wrong length or a bad start date, naming the flag', async () => {
    const weeks = await run('block', '--weeks', '8');
    expect(weeks.code).toBe(1);
    expect(weeks.err).toMatch(/--weeks/);
    const start = await run('block', '--start', '2026-02-30');
    expect(start.code).toBe(1);
    expect(start.err).toMatch(/--start must be a date written YYYY-MM-DD/);
  });
});

describe('bladework today', () => {
  it("marks a beginner's drill week in --json and holds the combos back, unless --combos-anyway", async () => {
    const held = JSON.parse((await run('today', '--day', 'wed', '--experience', 'beginner', '--json')).out);
    expect(held.drillWeek).toMatchObject({ week: 1, of: 2, weeksAfter: 1 });
    expect(held.combos).toEqual([]);
    expect(held.skipped.map((k: { reason: string }) => k.reason)).toEqual(held.skipped.map(() => expect.stringMatching(/^drill week 1 of 2/)));
    const anyway = JSON.parse((await run('today', '--day', 'wed', '--experience', 'beginner', '--json', '--combos-anyway')).out);
    expect(anyway.combos.length).toBe(held.skipped.length);
    const text = await run('today', '--day', 'wed', '--experience', 'beginner');
    expect(text.out).toMatch(/^Drill week 1 of 2: the six drills are the session/);
    expect(JSON.parse((await run('today', '--day', 'wed', '--json')).out).drillWeek).toBeNull();
  });

  it('gives the day its week of the training block, the deload included, counted from --start or the first round logged', async () => {
    // Blocks from Monday 2 November 2026; 30 November is in week 5, the deload.
    const deload = JSON.parse((await run('today', '--day', 'wed', '--start', '2026-11-02', '--on', '2026-12-02', '--json')).out);
    expect(deload.blockWeek).toEqual({ week: 5, of: 5, deload: true });
    expect(deload.combos.every((c: { compound: { targetRir: unknown } }) => JSON.stringify(c.compound.targetRir) === JSON.stringify({ min: 4, max: 5 }))).toBe(true);
    const text = await run('today', '--day', 'wed', '--start', '2026-11-02', '--on', '2026-12-02');
    expect(text.out).toMatch(/^Week 5 of 5 of your training block: the deload week, about half the rounds, the compound stopped 4-5 short and the shrug 2-3 short of failure, the one week it is\./);
    expect(text.out).toContain('this deload week, stop 2-3 reps short of failure');
    // Four-week blocks: the same day is week 1 of the second block.
    expect(JSON.parse((await run('today', '--day', 'wed', '--start', '2026-11-02', '--on', '2026-12-02', '--weeks', '4', '--json')).out).blockWeek).toEqual({ week: 1, of: 4, deload: false });
    // From the log's first round (16 November) without --start: week 3.
    const fromLog = JSON.parse((await run('today', '--day', 'wed', '--on', '2026-12-02', '--log', file('block-today.json', JSON.stringify(goodLog)), '--json')).out);
    expect(fromLog.blockWeek).toMatchObject({ week: 3, deload: false });
    expect((await run('today', '--day', 'wed', '--on', '2 Dec')).err).toContain('--on');
  });

  it('shows warm-up drills, ramp-up sets and plates per side', async () => {
    const r = await run('today', '--day', 'wed');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Warm-up: the six blade drills');
    expect(r.out).toContain('Combo 4: Deadlift + shrug');
    expect(r.out).toMatch(/Barbell deadlift: [\d.]+ kg \(20 kg bar \+ [\d. +]+ kg a side\)/);
    expect(r.out).toContain('Work up:');
  });

  it('follows the log: the next load comes from the last logged round', async () => {
    const r = await run('today', '--day', 'wed', '--log', file('today.json', JSON.stringify(goodLog)), '--json');
    const session = JSON.parse(r.out);
    const dl = session.combos.find((c: { planned: { comboId: string } }) => c.planned.comboId === 'deadlift_elevation');
    expect(dl.source).toBe('progression');
    // 140 kg x 8 at RIR 2 is the top of the 6-8 range in reserve: the smallest step up.
    expect(dl.compound.load).toBe(142.5);
  });

  it('says which days train when the day has no session', async () => {
    const r = await run('today', '--day', 'sun');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--day: sun is not a training day');
  });

  it('takes a full day name for --day and refuses a near miss as typed', async () => {
    expect((await run('today', '--day', 'Wednesday')).code).toBe(0);
    const r = await run('today', '--day', 'wedding');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--day: "wedding" is not a weekday');
  });

  it('gives a lb lifter lb loads on lb plates from a kg log', async () => {
    const r = await run('today', '--day', 'wed', '--units', 'lb', '--log', file('today-lb.json', JSON.stringify(goodLog)));
    expect(r.code).toBe(0);
    // 140 kg is 308.6 lb, 310 lb on lb plates; the top of the range adds 5 lb.
    expect(r.out).toMatch(/Barbell deadlift: 315 lb \(45 lb bar \+ [\d. +]+ lb a side\)/);
    expect(r.out).toContain('why: 8 reps at RIR 2 → +5 lb (315 lb)');
    expect(r.out).toContain("why: last time's load, logged in the other unit, is 308.6 lb: 310 lb with your equipment");
    expect(r.out.split('\n').filter((l) => /\d kg/.test(l) && !l.includes('logged in kg'))).toEqual([]);
  });
});

describe('bladework next', () => {
  it('prints a prescription per combo and warns about a compound taken to failure', async () => {
    const r = await run('next', file('good.json', JSON.stringify(goodLog)));
    expect(r.code).toBe(0);
    expect(r.out).toContain('Combo 4: Deadlift + shrug');
    expect(r.out).toContain('Combo 3: Floor press + protraction shrug');
    expect(r.out).toContain('[compound_to_failure]');
    expect(r.out).toContain('[shrug_short_of_failure]');
    expect(r.out).toContain('[slow_transition]');
  });

  it('gives machines JSON with --json', async () => {
    const r = await run('next', file('good2.json', JSON.stringify(goodLog)), '--json');
    const doc = JSON.parse(r.out);
    expect(doc.prescriptions).toHaveLength(2);
    expect(doc.warnings.map((w: { ruleId: string }) => w.ruleId)).toContain('compound_to_failure');
  });

  it('reads every call through the calibration sets in the log, and says how', async () => {
    const calibrated = structuredClone(goodLog) as { unit: string; logs: Record<string, unknown>[] };
    // Two deadlift calibration sets with 5 left where 2 were called, then a round at a called RIR 1.
    calibrated.logs = [
      { date: '2026-11-02', combo: 'deadlift_elevation', compound: { load: 140, reps: 11, rir: 0, calibration: { calledRir: 2, repsAtCall: 6, repsToFailure: 11 } }, shrug: { load: 140, reps: 12, toFailure: true }, secondsBetween: 1 },
      { date: '2026-11-09', combo: 'deadlift_elevation', compound: { load: 140, reps: 12, rir: 0, calibration: { calledRir: 2, repsAtCall: 7, repsToFailure: 12 } }, shrug: { load: 140, reps: 12, toFailure: true }, secondsBetween: 1 },
      { date: '2026-11-16', combo: 'deadlift_elevation', compound: { load: 140, reps: 8, rir: 1 }, shrug: { load: 140, reps: 14, toFailure: true }, secondsBetween: 1 },
    ];
    const p = file('calibrated.json', JSON.stringify(calibrated));
    const text = await run('next', p);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/why: you tend to call [\d.]+ reps? fewer than you have left: read as RIR/);
    expect(text.out).toContain('Your RIR calls, from 2 calibration sets: you call 2 in reserve when you have about');
    const json = JSON.parse((await run('next', p, '--json')).out);
    expect(json.rirBias).toMatchObject({ n: 2 });
    expect(json.rirBias.bias).toBeGreaterThan(1);
    // Without the calibration sets the same last round is read as called.
    const plain = await run('next', file('uncalibrated.json', JSON.stringify({ ...calibrated, logs: calibrated.logs.slice(2) })));
    expect(plain.out).not.toContain('you tend to call');
    expect(plain.out).not.toContain('Your RIR calls');
  });

  it('names the field of a negative load', async () => {
    const bad = structuredClone(goodLog);
    bad.logs[0]!.compound.load = -5;
    const p = file('neg.json', JSON.stringify(bad));
    const r = await run('next', p);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`bladework: ${p}: logs[0].compound.load: must not be negative (only bodyweight lifts take band help as a negative load)\n`);
  });

  it('names an unknown exercise', async () => {
    const bad = structuredClone(goodLog) as { logs: { compound: Record<string, unknown> }[] };
    bad.logs[0]!.compound.exercise = 'good_morning';
    const r = await run('next', file('unknown.json', JSON.stringify(bad)));
    expect(r.code).toBe(1);
    expect(r.err).toContain('logs[0].compound.exercise: unknown compound exercise "good_morning"');
  });

  it('refuses a compound that is not a variant of its combo', async () => {
    const bad = structuredClone(goodLog) as { logs: { compound: Record<string, unknown> }[] };
    bad.logs[0]!.compound.exercise = 'lat_pulldown';
    const r = await run('next', file('wrong-variant.json', JSON.stringify(bad)));
    expect(r.code).toBe(1);
    expect(r.err).toContain('logs[0].compound.exercise: "lat_pulldown" is not a variant of this combo (deadlift_elevation takes barbell_deadlift)');
  });

  it("describes the shrug with the variant's own implement: a pull-up shrug at bodyweight", async () => {
    const pullUp = {
      unit: 'kg',
      bodyweight: 70,
      logs: [{ date: '2026-11-16', combo: 'pulldown_downward_rotation', compound: { exercise: 'pull_up', load: -20, reps: 12, rir: 3 }, shrug: { load: 0, reps: 12, toFailure: true }, secondsBetween: 1 }],
    };
    const p = file('pull-up.json', JSON.stringify(pullUp));
    const text = await run('next', p);
    expect(text.out).toContain('next: bodyweight with a 10 kg assistance band');
    expect(text.out).toMatch(/then at once the shrug at bodyweight: to failure, beating 12 reps on the way \(a mark to pass, not a place to stop\); hold 1 s at full contraction \(down and in at the bottom/);
    const json = JSON.parse((await run('next', p, '--json')).out);
    expect(json.prescriptions[0].shrug).toMatchObject({ load: 0, breakdown: { kind: 'bodyweight', band: null } });
  });

  it('shows a lighter deadlift shrug with its own plates, not the deadlift’s', async () => {
    const log = { unit: 'kg', logs: [{ ...goodLog.logs[0]!, shrug: { load: 100, reps: 14, toFailure: true } }] };
    const r = await run('next', file('light-shrug.json', JSON.stringify(log)));
    expect(r.out).toContain('next: 142.5 kg (20 kg bar + ');
    const plates = r.out.match(/then at once the shrug at 100 kg \(20 kg bar \+ ([\d. +]+) kg a side\): to failure, beating 14 reps on the way/)?.[1];
    // 40 kg a side makes 100 kg; the deadlift's 142.5 kg would need 61.25.
    expect(plates?.split(' + ').reduce((sum, x) => sum + Number(x), 0)).toBe(40);
  });

  it('reports a malformed file in one line', async () => {
    const r = await run('next', file('broken.json', '{"unit": "kg", "logs": ['));
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('not valid JSON');
  });

  it('reports a missing file', async () => {
    const r = await run('next', join(dir, 'nope.json'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('no such file');
  });
});
