// An iCalendar feed (RFC 5545) of planned training days: one all-day event per
// training day from `start` for `weeks` weeks. UIDs depend only on the date, so
// re-importing an updated feed replaces events instead of doubling them.
import { findCombo, findExercise } from '../engine/catalog/index.js';
import type { PlannedDay, Weekday, WeekPlan } from '../engine/model.js';
import { localDateTime } from './dates.js';

export interface IcsOptions {
  /** First day the feed covers, YYYY-MM-DD: week 1 of the plan. */
  start: string;
  weeks: number;
  /** When the feed was made, a UTC instant (ISO 8601, ending in Z): the caller's clock, not ours. */
  dtstamp: string | Date;
  calendarName?: string;
}

export class IcsOptionsError extends Error {
  override name = 'IcsOptionsError';
}

// Date.getUTCDay order.
const WEEKDAY_OF_UTC_DAY: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const encoder = new TextEncoder();

/** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become \n. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets continue on lines starting with a space; never splits a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(dtstamp: string | Date): string {
  const iso = typeof dtstamp === 'string' ? dtstamp : dtstamp.toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(iso);
  if (!m || !localDateTime(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) {
    throw new IcsOptionsError(`dtstamp "${iso}" is not a UTC time like 2024-03-05T12:00:00Z`);
  }
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

function calendarDay(epochDay: number): { ymd: string; weekday: Weekday } {
  const d = new Date(epochDay * 86_400_000);
  const ymd = d.toISOString().slice(0, 10).replace(/-/g, '');
  return { ymd, weekday: WEEKDAY_OF_UTC_DAY[d.getUTCDay()]! };
}

const nameOf = (exerciseId: string) => findExercise(exerciseId)?.name ?? exerciseId;

function summary(day: PlannedDay, drills: boolean): string {
  if (drills) return `${day.label}: shoulder-blade drills`;
  if (day.combos.length === 0) return day.label;
  return `${day.label}: ${day.combos.map((c) => findCombo(c.comboId)?.name ?? c.comboId).join(', ')}`;
}

function description(day: PlannedDay, drills: boolean, drillWeeks: number): string {
  if (drills) return `Practise the six blade drills on their own this week; the combos start in week ${drillWeeks + 1}.`;
  return day.combos
    .map(
      (c) =>
        `${nameOf(c.compoundId)}, then straight into the ${nameOf(c.shrugId)}: ${c.rounds} rounds of ` +
        `${c.repRange.min}-${c.repRange.max} reps ending ${c.targetRir.min}-${c.targetRir.max} short of failure, ` +
        `shrug to failure; ${c.restSeconds} s rest between rounds.`,
    )
    .join('\n');
}

export function exportIcs(plan: WeekPlan, opts: IcsOptions): string {
  const start = /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.start);
  if (!start || !localDateTime(+start[1]!, +start[2]!, +start[3]!)) throw new IcsOptionsError(`start "${opts.start}" is not a date written YYYY-MM-DD`);
  if (!Number.isInteger(opts.weeks) || opts.weeks < 1 || opts.weeks > 104) throw new IcsOptionsError('weeks must be a whole number from 1 to 104');
  const stamp = utcStamp(opts.dtstamp);
  const firstDay = Date.UTC(+start[1]!, +start[2]! - 1, +start[3]!) / 86_400_000;
  const byWeekday = new Map(plan.days.map((d) => [d.weekday, d]));

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bladework//training plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (opts.calendarName) lines.push(`X-WR-CALNAME:${escapeText(opts.calendarName)}`);
  for (let i = 0; i < opts.weeks * 7; i++) {
    const { ymd, weekday } = calendarDay(firstDay + i);
    const day = byWeekday.get(weekday);
    if (!day) continue;
    const drills = Math.floor(i / 7) < plan.drillWeeks;
    const text = description(day, drills, plan.drillWeeks);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${ymd}-${weekday}@bladework`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${ymd}`,
      `DTEND;VALUE=DATE:${calendarDay(firstDay + i + 1).ymd}`, // all-day: the end date is exclusive
      `SUMMARY:${escapeText(summary(day, drills))}`,
      ...(text ? [`DESCRIPTION:${escapeText(text)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
