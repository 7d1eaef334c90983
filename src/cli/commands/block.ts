// `bladework block`: a training block over the week the plan flags describe,
// every week with each combo's rounds, the deload, and why each movement has
// the rounds it has. With --log, the weeks already logged steer the rest.
import type { Command } from 'commander';
import { dayNumber, mondayOf, dateOfDay } from '../../engine/analytics/dates.js';
import { BLOCK_WEEKS, planBlock, summarizeBlock, type Block, type BlockSummary } from '../../engine/block/index.js';
import { findCombo, findExercise } from '../../engine/catalog/index.js';
import { generatePlan } from '../../engine/program/generate.js';
import { formatLoad } from '../../engine/units.js';
import type { Unit } from '../../engine/types.js';
import { readLogFile } from '../log-file.js';
import { localDate, parseDate, parseNumber } from '../options.js';
import { addPlanFlags, resolvePlanOptions, type PlanOptions } from './plan.js';

interface BlockOptions extends PlanOptions {
  weeks: string;
  start?: string;
  log?: string;
}

const range = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`);

export function renderBlock(block: Block, summary: BlockSummary | null, unit: Unit): string {
  const out = [`A ${block.weeks.length}-week block from ${block.start}: rounds per blade movement ramp while you recover, then a deload in week ${block.deloadWeek}.`];
  for (const w of block.weeks) {
    out.push('', `Week ${w.week} (from ${w.startsOn})${w.deload ? ' · deload' : ''}${w.status === 'logged' ? ' · logged' : ''}`);
    for (const c of w.combos) {
      const combo = findCombo(c.comboId);
      const shrug = c.shrugRir.max === 0 ? 'then at once the shrug to failure' : `then at once the shrug, stopped ${range(c.shrugRir)} short of failure (the one week it is)`;
      out.push(`  Combo ${combo?.number ?? '?'}: ${combo?.name ?? c.comboId} — ${c.rounds} round${c.rounds === 1 ? '' : 's'}: ${findExercise(c.compoundId)?.name ?? c.compoundId} stopped ${range(c.compoundRir)} short, ${shrug}`);
    }
    // One line for the movements whose rounds changed for the same reason.
    const byReason = new Map<string, string[]>();
    for (const d of w.decisions) {
      const [movement, ...rest] = d.reason.split(': ');
      const reason = rest.join(': ');
      byReason.set(reason, [...(byReason.get(reason) ?? []), movement!]);
    }
    for (const [reason, movements] of byReason) out.push(`    why: ${movements.length === w.decisions.length && movements.length > 1 ? 'every movement' : movements.join(', ')}: ${reason}`);
  }
  for (const r of block.rotations) out.push('', `Try another variant for ${findCombo(r.comboId)?.name ?? r.comboId}: ${findExercise(r.to)?.name ?? r.to} instead of ${findExercise(r.from)?.name ?? r.from} — ${r.reason}. Keep yours if you prefer.`);
  if (summary) {
    out.push('', 'The block so far:');
    for (const m of summary.movements) {
      const e = m.e1rm ? `; estimated 1RM ${formatLoad(m.e1rm.first, unit)} → ${formatLoad(m.e1rm.last, unit)}` : '';
      const s = m.shrug ? `; shrug ${m.shrug.first.reps} reps at ${formatLoad(m.shrug.first.load, unit)} → ${m.shrug.last.reps} at ${formatLoad(m.shrug.last.load, unit)}` : '';
      out.push(`  ${m.movement.replace('_', ' ')}: ${m.sets} hard sets${e}${s}; next block starts at ${m.nextStartRounds} round${m.nextStartRounds === 1 ? '' : 's'}`);
    }
    if (summary.muscles.length > 0) out.push(`  sets per muscle: ${summary.muscles.map((x) => `${x.muscle.replace(/_/g, ' ')} ${x.sets}`).join(', ')}`);
    out.push(`  ${summary.trend.sentence}`);
  }
  return out.join('\n');
}

export function registerBlockCommand(program: Command): void {
  addPlanFlags(program.command('block').description('print a training block: every week with each combo’s rounds, the deload week, and the reasons for each change'))
    .option('-w, --weeks <n>', `weeks in the block, ${BLOCK_WEEKS.min}-${BLOCK_WEEKS.max}, the last a deload`, String(BLOCK_WEEKS.default))
    .option('--start <date>', 'the block’s first day, YYYY-MM-DD (default: this week’s Monday)')
    .option('-l, --log <file>', 'your log file (JSON), with feedback: logged weeks steer the rest, earlier rounds set where volume starts')
    .action((o: BlockOptions) => {
      const { input, unit } = resolvePlanOptions(o);
      const weeks = parseNumber('--weeks', o.weeks, { min: BLOCK_WEEKS.min, max: BLOCK_WEEKS.max, integer: true });
      const start = o.start ? parseDate('--start', o.start) : dateOfDay(mondayOf(dayNumber(localDate(new Date()))));
      const history = o.log ? readLogFile(o.log).logs : [];
      const plan = generatePlan(input);
      const block = planBlock({ plan, inventory: input.inventory, start, weeks, history });
      const summary = history.some((l) => l.date >= start) ? summarizeBlock(block, history, unit) : null;
      console.log(o.json ? JSON.stringify({ ...block, summary }, null, 2) : renderBlock(block, summary, unit));
    });
}
