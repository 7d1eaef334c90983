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

  it('refuses a bad weekday', async () => {
    const r = await run('plan', '--days', 'mon,funday');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--days: "fun" is not a weekday');
  });
});

describe('bladework today', () => {
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
    expect(r.err).toContain('sun is not a training day');
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
