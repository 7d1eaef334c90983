import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeGym } from '../engine/inventory-presets.js';
import { runCli as run } from '../../test/support/run-cli.js';

// The hand-worked press of src/engine/loads/landmine-curve.test.ts: plates and
// hand at 2 m, 30° to 60°, band anchored at √3 m, rest 0.5 m, listed at 1 m.
const HAND = ['--length', '2', '--hand', '2', '--from', '30', '--to', '60', '--reach', '0'];
const BAND = ['--band-rest', '0.5', '--band-stretch', '1', '--anchor', 'knee', '--anchor-at', String(Math.sqrt(3))];

describe('bladework landmine', () => {
  it('prints the key points as JSON: 20 kg needs 20 cos 30° = 17.32 at the bottom and 10 at lockout', async () => {
    const r = await run('landmine', '--load', '20', ...HAND, '--points', '5', '--json');
    expect(r.code).toBe(0);
    const { key, points } = JSON.parse(r.out);
    expect(key.bottom.landmine).toBeCloseTo(17.321, 3);
    expect(key.lockout.landmine).toBeCloseTo(10, 3);
    expect(key.flatness).toBeCloseTo(1.732, 3);
    expect(points.map((p: { angleDeg: number }) => p.angleDeg)).toEqual([30, 37.5, 45, 52.5, 60]);
  });

  it('adds a 10 kg band: 4.33 at the bottom, 11.01 at lockout, and says what it adds at lockout', async () => {
    const json = JSON.parse((await run('landmine', '--load', '20', ...HAND, '--band', '10', ...BAND, '--json')).out);
    expect(json.key.bottom.band).toBeCloseTo(4.33, 3);
    expect(json.key.lockout.band).toBeCloseTo(11.011, 3);
    expect(json.key.flatnessWithoutBand).toBeCloseTo(1.732, 3);
    const text = await run('landmine', '--load', '20', ...HAND, '--band', '10', ...BAND);
    expect(text.out).toContain("The band adds 11.01 kg at lockout and 11.01 kg at the top of the shrug's reach.");
    expect(text.out).toContain('Hardest point 1.06× the easiest (1.73× without the band).');
  });

  it('suggests the band from the equipment file that evens the press out most', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bladework-landmine-')), 'gym.json');
    const resistanceBands = [5, 10, 20].map((tension) => ({ tension, restLength: 0.5, atStretch: 1 }));
    writeFileSync(file, JSON.stringify({ ...homeGym('kg'), resistanceBands }));
    const r = await run('landmine', '--load', '20', ...HAND, ...BAND, '--equipment', file, '--json');
    expect(JSON.parse(r.out).suggestion).toMatchObject({ index: 1, band: { tension: 10 } });
    const top = await run('landmine', '--load', '20', ...HAND, ...BAND, '--equipment', file, '--goal', 'top');
    expect(top.out).toContain("Suggested band: The 20 kg band loads the top most: it adds 22.02 kg at the top of the shrug's reach.");
    // The same bands in lb: 20 kg reads 44.09 lb and adds 44.09 × 1.1011 = 48.55 lb at the top (shown to 0.1 lb).
    const lb = await run('landmine', '--load', '44.09', '--units', 'lb', ...HAND, ...BAND, '--equipment', file, '--goal', 'top');
    expect(lb.out).toContain("Suggested band: The 44.1 lb band loads the top most: it adds 48.5 lb at the top of the shrug's reach.");
  });

  it('refuses a bad anchor, a press that falls, and a missing load, in one line each', async () => {
    expect((await run('landmine', '--load', '20', '--anchor', 'door')).err).toBe('bladework: --anchor: "door" is not an anchor; use knee or landmine\n');
    expect((await run('landmine', '--load', '20', '--from', '60', '--to', '40')).err).toBe('bladework: --to 40: must be above --from (60°): the bar rises as you press\n');
    const missing = await run('landmine');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("required option '-l, --load <load>' not specified");
    expect((await run('landmine', '--load', '20', '--to', '89', '--reach', '0.5')).err).toBe('bladework: landmine: the bar must stay short of vertical, shrug included\n');
  });
});
