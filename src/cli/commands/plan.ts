import { withInstructions } from '../../engine/shrug-words.js';
import type { Command } from 'commander';
import { generatePlan } from '../../engine/program/generate.js';
import type { Experience, Inventory, ProgramInput, SplitKind, Weekday } from '../../engine/model.js';
import type { Unit } from '../../engine/types.js';
import { renderPlan } from '../format.js';
import { DEFAULT_DAYS, loadInventory, parseDays, parseExperience, parseSplit, parseUnit } from '../options.js';

export interface PlanOptions {
  split: string;
  days?: string;
  equipment: string;
  units: string;
  experience: string;
  json?: boolean;
}

export interface ResolvedPlanOptions {
  input: ProgramInput;
  unit: Unit;
}

/** Shared by `plan` and `today`: the flags that describe the lifter's week. */
export function addPlanFlags(cmd: Command): Command {
  return cmd
    .option('-s, --split <split>', 'ppl, upper-lower or full-body', 'ppl')
    .option('-d, --days <days>', 'training days, e.g. mon,wed,fri (default: suits the split)')
    .option('-e, --equipment <equipment>', 'commercial, home, or a JSON inventory file', 'commercial')
    .option('-u, --units <units>', 'kg or lb', 'kg')
    .option('-x, --experience <level>', 'beginner, intermediate or advanced', 'intermediate')
    .option('--json', 'print JSON for machines');
}

export function resolvePlanOptions(o: PlanOptions): ResolvedPlanOptions {
  const split: Exclude<SplitKind, 'custom'> = parseSplit(o.split);
  const unit: Unit = parseUnit(o.units);
  const days: Weekday[] = o.days ? parseDays(o.days) : DEFAULT_DAYS[split];
  const experience: Experience = parseExperience(o.experience);
  const inventory: Inventory = loadInventory(o.equipment, unit);
  return { input: { split, days, inventory, experience }, unit };
}

export function registerPlanCommand(program: Command): void {
  addPlanFlags(program.command('plan').description('print a week plan: which combo goes after which of your lifts, rounds and rest')).action(
    (o: PlanOptions) => {
      const { input, unit } = resolvePlanOptions(o);
      const plan = generatePlan(input);
      console.log(o.json ? JSON.stringify(withInstructions(plan), null, 2) : renderPlan(plan, unit));
    },
  );
}
