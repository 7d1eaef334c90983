import type { Command } from 'commander';
import { findCombo } from '../../engine/catalog/index.js';
import type { ComboLog } from '../../engine/model.js';
import { nextPrescription, type Prescription } from '../../engine/progression.js';
import { rirBiasOf } from '../../engine/rir-bias.js';
import { checkLogs } from '../../engine/rules/index.js';
import { describeLoad, warningLines } from '../format.js';
import { readLogFile } from '../log-file.js';
import { loadInventory } from '../options.js';

interface NextOptions {
  equipment: string;
  json?: boolean;
}

/** The latest round of each combo variant, with everything before it as context. */
export function latestPerCombo(logs: ComboLog[]): { last: ComboLog; previous: ComboLog[] }[] {
  const groups = new Map<string, ComboLog[]>();
  const sorted = logs.map((l, i) => ({ l, i })).sort((a, b) => (a.l.date < b.l.date ? -1 : a.l.date > b.l.date ? 1 : a.i - b.i));
  for (const { l } of sorted) {
    const key = `${l.comboId}/${l.compoundId}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()].map((g) => ({ last: g[g.length - 1]!, previous: g.slice(0, -1) }));
}

function render(p: Prescription, last: ComboLog): string {
  const combo = findCombo(last.comboId)!;
  const c = p.compound;
  const lines = [
    `Combo ${combo.number}: ${combo.name} (last logged ${last.date})`,
    `  next: ${describeLoad(c.load, c.unit, c.breakdown)} for ${c.targetReps} reps, stop with ${c.targetRir.min}-${c.targetRir.max} in reserve`,
    `  then at once the shrug at ${describeLoad(p.shrug.load, p.shrug.unit, p.shrug.breakdown)}: ${p.shrug.instruction}`,
    ...p.reasons.map((r) => `  why: ${r}`),
  ];
  return lines.join('\n');
}

export function registerNextCommand(program: Command): void {
  program
    .command('next')
    .description('read a log file and print the next prescription for each combo in it, with reasons and warnings')
    .argument('<logfile>', 'a JSON log file (see docs/log-format.md)')
    .option('-e, --equipment <equipment>', 'commercial, home, or a JSON inventory file', 'commercial')
    .option('--json', 'print JSON for machines')
    .action((file: string, o: NextOptions) => {
      const { unit, logs } = readLogFile(file);
      const inventory = loadInventory(o.equipment, unit);
      const bias = rirBiasOf(logs);
      const results = latestPerCombo(logs).map(({ last, previous }) => ({ last, prescription: nextPrescription(last, { inventory, previous, rirBias: bias.bias }) }));
      const warnings = checkLogs(logs, inventory);
      if (o.json) {
        console.log(JSON.stringify({ prescriptions: results.map((r) => r.prescription), warnings, rirBias: bias }, null, 2));
        return;
      }
      console.log(results.map((r) => render(r.prescription, r.last)).join('\n\n'));
      // Said once calibration sets have taught something; until then calls are read as said.
      if (bias.n > 0) console.log(`\nYour RIR calls, from ${bias.n} calibration set${bias.n === 1 ? '' : 's'}: ${bias.sentence}.`);
      if (warnings.length > 0) console.log(['', 'About your log:', ...warningLines(warnings)].join('\n'));
    });
}
