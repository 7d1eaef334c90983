import { describe, expect, it } from 'vitest';
import type { PlannedCombo, WeekPlan } from '../engine/model.js';
import { IcsOptionsError, escapeText, exportIcs, foldLine } from './export-ics.js';

const combo = (comboId: string, compoundId: string, shrugId: string): PlannedCombo => ({
  comboId, movement: 'elevation', compoundId, shrugId, rounds: 2, restSeconds: 180,
  repRange: { min: 6, max: 8 }, targetRir: { min: 2, max: 3 }, after: null, reason: 'test',
});

const plan: WeekPlan = {
  split: 'custom',
  experience: 'intermediate',
  days: [
    { weekday: 'tue', label: 'Pull; heavy', compounds: [], combos: [combo('deadlift_elevation', 'barbell_deadlift', 'barbell_shrug'), combo('pulldown_downward_rotation', 'lat_pulldown', 'downward_rotation_shrug')] },
    { weekday: 'fri', label: 'Push', compounds: [], combos: [] },
  ],
  omitted: [],
  drillWeeks: 0,
  warnings: [],
};

const opts = { start: '2024-03-04', weeks: 2, dtstamp: '2024-03-01T09:30:00Z' }; // 2024-03-04 is a Monday

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const events = (ics: string) => unfold(ics).split('BEGIN:VEVENT').slice(1);

describe('exportIcs', () => {
  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const ics = exportIcs(plan, opts);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long lines were folded
  });

  it('puts one all-day event on each training day of each week', () => {
    const ics = unfold(exportIcs(plan, opts));
    expect(ics.match(/DTSTART;VALUE=DATE:\d+/g)).toEqual([
      'DTSTART;VALUE=DATE:20240305', 'DTSTART;VALUE=DATE:20240308', 'DTSTART;VALUE=DATE:20240312', 'DTSTART;VALUE=DATE:20240315',
    ]);
    expect(ics).toContain('DTEND;VALUE=DATE:20240306');
    expect(ics.match(/^UID:.*$/gm)).toEqual(['UID:20240305-tue@bladework', 'UID:20240308-fri@bladework', 'UID:20240312-tue@bladework', 'UID:20240315-fri@bladework']);
    expect(ics.match(/^DTSTAMP:.*$/gm)).toEqual(Array(4).fill('DTSTAMP:20240301T093000Z'));
  });

  it("lists the day's combos in the summary, with commas and semicolons escaped", () => {
    const first = events(exportIcs(plan, opts))[0]!;
    expect(first).toContain('SUMMARY:Pull\\; heavy: Deadlift + shrug\\, Pulldown + downward-rotation shrug\r\n');
    expect(first).toMatch(/DESCRIPTION:Barbell deadlift\\, then straight into the Barbell shrug: 2 rounds of 6-8 reps/);
    expect(events(exportIcs(plan, opts))[1]).toContain('SUMMARY:Push\r\n');
  });

  it('plans drills instead of combos in the drill weeks', () => {
    const ics = exportIcs({ ...plan, drillWeeks: 1 }, opts);
    const [w1tue, , w2tue] = events(ics);
    expect(w1tue).toContain('SUMMARY:Pull\\; heavy: shoulder-blade drills');
    expect(w1tue).toContain('combos start in week 2');
    expect(w2tue).toContain('Deadlift + shrug');
  });

  it('refuses a local dtstamp, a bad start date and a silly number of weeks', () => {
    expect(() => exportIcs(plan, { ...opts, dtstamp: '2024-03-01T09:30:00' })).toThrow(IcsOptionsError);
    expect(() => exportIcs(plan, { ...opts, start: '2024-02-30' })).toThrow(/not a date/);
    expect(() => exportIcs(plan, { ...opts, weeks: 0 })).toThrow(/weeks/);
  });
});

describe('foldLine and escapeText', () => {
  it('folds at 75 octets without splitting a multi-byte character', () => {
    // 8 + 60 * 2 = 128 octets: 33 two-octet characters fit after "SUMMARY:" (74 octets; a 34th
    // would make 76), and the space plus the other 27 make 55.
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.map((p) => Buffer.byteLength(p))).toEqual([74, 55]);
    expect(parts[0]! + parts[1]!.slice(1)).toBe(line);
  });

  it('fills ASCII lines to exactly 75 octets, continuation space included', () => {
    const parts = foldLine('X'.repeat(200)).split('\r\n'); // 75 + 74 + 51 characters
    expect(parts.map((p) => p.length)).toEqual([75, 75, 52]);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
