// Deadlift combos a day apart leave too little recovery: sets near failure slow
// recovery by 24-48 h (Moran-Navarro et al. 2017), and deadlift fatigue lasts as
// long as squat or bench fatigue over 24-96 h (Belcher et al. 2019).
import { dayNumber } from '../analytics/dates.js';
import { WEEKDAYS, type Warning, type Weekday } from '../model.js';
import { isDeadliftCombo } from './combos.js';
import { warn, type HistoryRule, type PlanRule } from './rule.js';

const ID = 'deadlift_consecutive_days';
const ADVICE = 'Leave at least one day between deadlift combos so the lower back and grip recover.';

export const deadliftDaysInPlan: PlanRule = {
  id: ID,
  severity: 'warning',
  check: (plan) => {
    const days = new Set<Weekday>(plan.days.filter((d) => d.combos.some(isDeadliftCombo)).map((d) => d.weekday));
    const found: Warning[] = [];
    WEEKDAYS.forEach((day, i) => {
      // The week repeats, so Sunday sits next to the following Monday.
      const before = WEEKDAYS[(i + WEEKDAYS.length - 1) % WEEKDAYS.length]!;
      if (days.has(day) && days.has(before)) {
        found.push(warn(deadliftDaysInPlan, `Deadlift combos on ${before} and ${day}, back to back. ${ADVICE}`, day));
      }
    });
    return found;
  },
};

export const deadliftDaysInHistory: HistoryRule = {
  id: ID,
  severity: 'warning',
  check: (logs) => {
    const dates = [...new Set(logs.filter(isDeadliftCombo).map((l) => l.date))].sort();
    const found: Warning[] = [];
    for (let i = 1; i < dates.length; i++) {
      const [a, b] = [dates[i - 1]!, dates[i]!];
      if (dayNumber(b) - dayNumber(a) === 1) found.push(warn(deadliftDaysInHistory, `Deadlift combos logged on ${a} and ${b}, back to back. ${ADVICE}`, b));
    }
    return found;
  },
};
