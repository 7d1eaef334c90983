// The lifter's training block: weeks of rounds per blade movement from the
// current plan, steered by the ratings and performance logged so far.
import { z } from 'zod';
import { dateOfDay, dayNumber, mondayOf } from '../../engine/analytics/dates.js';
import { BLOCK_WEEKS, blockOn, planBlock, summarizeBlock } from '../../engine/block/index.js';
import { blockSchema, blockSummarySchema } from '../../contract/block.js';
import { errors, isoDate } from '../../contract/common.js';
import { allComboLogs, profiles, programs } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import type { RouteDeps } from './deps.js';
import { NO_PLAN, NO_PROFILE } from './plan.js';

export function registerBlockRoutes(app: App, deps: RouteDeps): void {
  const { db } = deps;

  app.get('/api/v1/block', {
    schema: {
      tags: ['training'],
      summary: 'Your training block: each week with every combo’s rounds and why, the deload, variants to rotate, and the block so far',
      querystring: z.strictObject({
        start: isoDate.optional().describe('The block’s first day; default: the block today is in, blocks following one another from the Monday of the week your plan was made.'),
        weeks: z.coerce
          .number({ error: 'must be a number' })
          .int('must be a whole number')
          .min(BLOCK_WEEKS.min, `must be at least ${BLOCK_WEEKS.min}`)
          .max(BLOCK_WEEKS.max, `must be at most ${BLOCK_WEEKS.max}`)
          .optional()
          .describe(`Weeks in the block, the last a deload; default ${BLOCK_WEEKS.default}.`),
      }),
      response: { 200: z.object({ block: blockSchema, summary: blockSummarySchema }), ...errors(400, 401, 409) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const [profile, program, history] = await Promise.all([profiles.getProfile(db, user.id), programs.currentProgram(db, user.id), allComboLogs(db, user.id)]);
    if (!profile) throw new ApiError('conflict', NO_PROFILE);
    if (!program) throw new ApiError('conflict', NO_PLAN);
    const inventory = profile.document.inventory;
    const weeks = req.query.weeks ? { weeks: req.query.weeks } : {};
    // Without a start, the block today is in (blocks follow one another from the week the plan was made).
    const found = req.query.start ? null : blockOn({ plan: program.plan, inventory, planMadeOn: program.createdAt.slice(0, 10), history, date: deps.now().toISOString().slice(0, 10), ...weeks });
    const block = found?.block ?? planBlock({ plan: program.plan, inventory, start: req.query.start ?? dateOfDay(mondayOf(dayNumber(program.createdAt.slice(0, 10)))), history, ...weeks });
    return { block, summary: summarizeBlock(block, history, profile.document.unit) };
  });
}
