// Training blocks per blade movement: planned, steered by feedback, summarised.
export { BLOCK_WEEKS, MAX_ROUNDS, START_ROUNDS, planBlock, type Block, type BlockCombo, type BlockInput, type BlockWeek, type Change, type Decision, type Rotation } from './plan-block.js';
export { summarizeBlock, type BlockSummary, type MovementSummary } from './summary.js';
export { exposures, type Exposure } from './exposures.js';
export { blockOn, inBlockWeek, type BlockOn } from './this-week.js';
