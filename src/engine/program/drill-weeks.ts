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

/**
 * The drill week of a plan made on `planMadeOn`, counting from then or from the
 * first logged round if that came earlier: a lifter who has been doing combos is
 * not sent back to the drills by a new plan.
 */
export function drillWeekSince(drillWeeks: number, planMadeOn: string, loggedDates: readonly string[], today: string): DrillWeek | null {
  const start = loggedDates.reduce((first, d) => (d < first ? d : first), planMadeOn);
  return drillWeekOn(drillWeeks, start, today);
}

/**
 * A session in a drill week: the drills are the session, and each loaded combo
 * is held back (listed in `skipped` with when the combos start), unless the
 * lifter chose to start them anyway.
 */
export function holdBackCombos<
  S extends { combos: { planned: { comboId: string } }[]; skipped: { comboId: string; reason: string }[]; order: ({ kind: 'lift'; exerciseId: string } | { kind: 'combo'; comboId: string })[] },
>(session: S, week: DrillWeek): S {
  const reason = `drill week ${week.week} of ${week.of}: the six drills are today's session; the loaded combos start on ${week.combosFrom} (or start them now if you can already move the blades each way on purpose)`;
  return { ...session, combos: [], order: session.order.filter((s) => s.kind === 'lift'), skipped: [...session.combos.map((c) => ({ comboId: c.planned.comboId, reason })), ...session.skipped] };
}
