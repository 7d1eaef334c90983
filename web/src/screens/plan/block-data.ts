// The lifter's training block, worked out on the phone with the same engine
// as the server (GET /api/v1/block): from the plan, the equipment and every
// round logged here or on the server, ratings included. Blocks follow one
// another from the week the plan was made; the one today falls in is shown.
import { blockOn, summarizeBlock, type Block, type BlockSummary } from '../../../../src/engine/block/index.js';
import type { ComboLog, WeekPlan } from '../../../../src/engine/model.js';
import { localDate } from '../../lib/dates.js';
import type { LocalData } from '../../offline/local-data.js';

export interface BlockNow {
  block: Block;
  summary: BlockSummary;
  /** 1-based week of the block today falls in. */
  thisWeek: number;
}

export function blockToday(local: LocalData, history: ComboLog[], today: string): BlockNow | null {
  const { plan, profile } = local;
  if (!plan || !profile) return null;
  const found = blockOn({ plan: plan as WeekPlan, inventory: profile.inventory, planMadeOn: localDate(new Date(plan.createdAt)), history, date: today });
  return found && { block: found.block, summary: summarizeBlock(found.block, history, profile.unit), thisWeek: found.week };
}
