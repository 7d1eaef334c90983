import type { Command } from 'commander';
import { findCombo } from '../../engine/catalog/index.js';
import { generatePlan } from '../../engine/program/generate.js';
import { drillWeekSince, holdBackCombos } from '../../engine/program/drill-weeks.js';
import { buildSession, type Session } from '../../engine/session.js';
import { WEEKDAYS, type Weekday } from '../../engine/model.js';
import { formatLoad } from '../../engine/units.js';
import { dayName, describeLoad, minutes, compoundName, warningLines } from '../format.js';
import { readLogFile } from '../log-file.js';
import { localDate, parseDate, parseNumber, parseWeekday } from '../options.js';
import { BLOCK_WEEKS, blockOn, inBlockWeek } from '../../engine/block/index.js';
import { DELOAD_COMPOUND_RIR, DELOAD_SHRUG_RIR } from '../../engine/rules/index.js';
import { BODYWEIGHT } from '../../contract/limits.js';
import { addPlanFlags, resolvePlanOptions, type PlanOptions } from './plan.js';

interface TodayOptions extends PlanOptions {
  day?: string;
  bodyweight?: string;
  log?: string;
  combosAnyway?: boolean;
  start?: string;
  weeks: string;
  on?: string;
}

/** Today's weekday if it is a training day, else the next one (the CLI owns the clock). */
function defaultDay(days: Weekday[], now: Date): Weekday {
  const today = (now.getDay() + 6) % 7; // Monday = 0
  for (let i = 0; i < 7; i++) {
    const d = WEEKDAYS[(today + i) % 7]!;
    if (days.includes(d)) return d;
  }
  return days[0]!;
}

export function renderSession(s: Session): string {
  const out: string[] = [`${dayName(s.weekday)} · ${s.label}`, '', `Warm-up: the six blade drills (about ${s.warmup.minutes} min, no load)`];
  for (const d of s.warmup.drills) {
    const hold = d.holdSeconds > 0 ? `, hold ${d.holdSeconds} s` : '';
    out.push(`  ${d.usedToday ? '★' : '·'} ${d.name} (${d.movement.replace('_', ' ')}): ${d.sets} × ${d.reps}${hold}`, `      ${d.cue}`);
  }
  // In the plan's order: each own lift, then at once the combos that follow it.
  const combos = new Map(s.combos.map((c) => [c.planned.comboId, c]));
  for (const step of s.order) {
    if (step.kind === 'lift') {
      out.push('', `Your lift: ${compoundName(s.compounds.find((c) => c.exerciseId === step.exerciseId) ?? { exerciseId: step.exerciseId })}`);
      continue;
    }
    const c = combos.get(step.comboId);
    if (!c) continue;
    const { compound: k, shrug } = c;
    out.push('', `Combo ${c.number}: ${c.name} — ${c.planned.rounds} round${c.planned.rounds === 1 ? '' : 's'}, rest ${minutes(c.planned.restSeconds)} between`);
    if (k.rampUp.length > 0) {
      out.push('  Work up:');
      for (const r of k.rampUp) out.push(`    ${r.reps} × ${describeLoad(r.load, k.unit, r.breakdown)}`);
    }
    out.push(
      `  ${k.name}: ${describeLoad(k.load, k.unit, k.breakdown)} for ${k.targetReps} reps (range ${k.repRange.min}-${k.repRange.max}); stop with ${k.targetRir.min}-${k.targetRir.max} reps left`,
      `  Then at once, ${shrug.name.toLowerCase()}: ${shrug.instruction}`,
    );
    for (const r of c.reasons) out.push(`    why: ${r}`);
    for (const cue of c.cues) out.push(`    cue: ${cue}`);
    for (const s2 of c.safety) out.push(`    safety: ${s2}`);
    if (c.warnings.length > 0) out.push(...warningLines(c.warnings).map((l) => `  ${l}`));
  }
  for (const k of s.skipped) out.push('', `Skipped ${findCombo(k.comboId)?.name ?? k.comboId}: ${k.reason}`);
  return out.join('\n');
}

export function registerTodayCommand(program: Command): void {
  addPlanFlags(program.command('today').description("print a day's session: warm-up drills, combos, ramp-up sets and target loads with plates"))
    .option('--day <weekday>', 'which training day (default: today, or the next training day)')
    .option('-b, --bodyweight <n>', 'your bodyweight in --units (default 80 kg / 176 lb)')
    .option('-l, --log <file>', 'your log file (JSON): targets then follow from your last sessions')
    .option('--combos-anyway', "in a beginner's drill weeks, start the loaded combos now instead of the drills alone")
    .option('--start <date>', 'when your blocks began, YYYY-MM-DD, as for bladework block (default: your first round in --log, else this week)')
    .option('-w, --weeks <n>', `weeks in each block, ${BLOCK_WEEKS.min}-${BLOCK_WEEKS.max}, the last a deload`, String(BLOCK_WEEKS.default))
    .option('--on <date>', 'count drill and block weeks as on this date, YYYY-MM-DD (default: today)')
    .action((o: TodayOptions) => {
      const { input, unit } = resolvePlanOptions(o);
      const bodyweight = o.bodyweight ? parseNumber('--bodyweight', o.bodyweight, BODYWEIGHT[unit]) : unit === 'kg' ? 80 : 176;
      const history = o.log ? readLogFile(o.log).logs : [];
      const plan = generatePlan(input);
      const weekday = o.day ? parseWeekday(o.day) : defaultDay(input.days, new Date());
      const built = buildSession({ plan, weekday, profile: { unit, bodyweight, experience: input.experience }, inventory: input.inventory, history });
      // The CLI keeps no plan: drill weeks count from the first round in --log, else from today.
      const today = o.on ? parseDate('--on', o.on) : localDate(new Date());
      const drillWeek = drillWeekSince(plan.drillWeeks, today, history.map((l) => l.date), today);
      // This week of the training block, as the app and bladework block count it: blocks follow one another from the start.
      const weeks = parseNumber('--weeks', o.weeks, { min: BLOCK_WEEKS.min, max: BLOCK_WEEKS.max, integer: true });
      const start = o.start ? parseDate('--start', o.start) : (history.map((l) => l.date).sort()[0] ?? today);
      const inBlock = blockOn({ plan, inventory: input.inventory, planMadeOn: start, history, date: today, weeks });
      const thisWeek = inBlock ? inBlockWeek(built, inBlock.block.weeks[inBlock.week - 1]!, inBlock.block.weeks.length) : built;
      const session = drillWeek && !o.combosAnyway ? holdBackCombos(thisWeek, drillWeek) : thisWeek;
      if (o.json) console.log(JSON.stringify({ ...session, drillWeek }, null, 2));
      else {
        if (drillWeek) console.log(`Drill week ${drillWeek.week} of ${drillWeek.of}: the six drills are the session; the loaded combos start on ${drillWeek.combosFrom}${o.combosAnyway ? ' (started now, as you asked)' : ' (--combos-anyway starts them now)'}.\n`);
        if ('blockWeek' in session && session.blockWeek) {
          const b = session.blockWeek;
          const c = DELOAD_COMPOUND_RIR;
          const h = DELOAD_SHRUG_RIR;
          console.log(`Week ${b.week} of ${b.of} of your training block${b.deload ? `: the deload week, about half the rounds, the compound stopped ${c.min}-${c.max} short and the shrug ${h.min}-${h.max} short of failure, the one week it is` : ''}.\n`);
        }
        console.log(renderSession(session));
        if (!o.log) console.log(`\nLoads are first guesses for a ${formatLoad(bodyweight, unit)} lifter; pass --log to follow your own numbers.`);
      }
    });
}
