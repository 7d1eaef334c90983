// A beginner's drill weeks (WeekPlan.drillWeeks) on the calendar: which drill
// week a date falls in, counted in whole weeks from the day the plan started,
// and the day the combos begin. Dates come in as YYYY-MM-DD; no clock here.
import { dateOfDay, dayNumber } from '../analytics/dates.js';

export interface DrillWeek {
  /** 1 in the first week. */
  week: number;
  /** The plan's drill weeks. */
  of: number;
  /** Drill weeks still to come after this one (0 in the last). */
  weeksAfter: number;
  /** The first day of the combos, YYYY-MM-DD. */
  combosFrom: string;
}

/** The drill week `today` falls in, or null when the plan has none or they are over. */
export function drillWeekOn(drillWeeks: number, startedOn: string, today: string): DrillWeek | null {
  if (drillWeeks <= 0) return null;
  const start = dayNumber(startedOn);
  // A date before the start (a phone clock set back) still counts as the first week.
  const week = Math.floor(Math.max(0, dayNumber(today) - start) / 7) + 1;
  if (week > drillWeeks) return null;
  return { week, of: drillWeeks, weeksAfter: drillWeeks - week, combosFrom: dateOfDay(start + drillWeeks * 7) };
}
