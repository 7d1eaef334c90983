// Whether today is in a beginner's drill weeks. The plan says how many weeks
// (drillWeeks) but not when they started, so they count from the day the
// current plan was made, or from the first logged round if that came earlier:
// a lifter who has been doing combos is not sent back to drills by a new plan.
import type { ComboLog } from '../../../../src/engine/model.js';
import { drillWeekSince, type DrillWeek } from '../../../../src/engine/program/drill-weeks.js';
import { localDate } from '../../lib/dates.js';
import type { LocalData } from '../../offline/local-data.js';

export function drillWeekToday(local: LocalData, history: ComboLog[], today: string): DrillWeek | null {
  const plan = local.plan;
  if (!plan || plan.drillWeeks <= 0) return null;
  return drillWeekSince(plan.drillWeeks, localDate(new Date(plan.createdAt)), history.map((l) => l.date), today);
}
