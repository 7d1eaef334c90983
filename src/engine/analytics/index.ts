// The analytics module's face: analyze (analyze.ts) over a history, the
// timeline (timeline.ts) that answers analyze for any asOf without a pass over
// the whole log, and the pieces on their own.
export { analyze } from './analyze.js';
export { analyticsTimeline, analyzeAt, appendRound, type AnalyticsTimeline } from './timeline.js';
export { coverage, DEFAULT_COVERAGE_WEEKS } from './coverage.js';
export { dayNumber, isoWeekKey } from './dates.js';
export { INDIRECT_WEIGHT } from './lookups.js';
export { plainSetRir } from './plain-sets.js';
export { personalRecords } from './records.js';
export { shrugSeries } from './shrugs.js';
export { e1rmTrends } from './strength.js';
export type * from './types.js';
export { weeklyVolume } from './volume.js';
export { seriesFrom } from './window.js';
