export { generatePlan, BEGINNER_DRILL_WEEKS } from './generate.js';
export { PlanInputError } from './validate.js';
export { ROUNDS, REST_SECONDS, REST_AFTER_DEADLIFT_SECONDS } from './dose.js';
export { drillWeekOn, drillWeekSince, holdBackCombos, type DrillWeek } from './drill-weeks.js';
export { replan, describeChanges, type Replan } from './replan.js';
