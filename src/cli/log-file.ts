import { readFileSync } from 'node:fs';
import type { ComboLog } from '../engine/model.js';
import type { Unit } from '../engine/types.js';
import { logFileSchema } from '../contract/round.js';
import { toComboLog } from '../contract/round-log.js';
import { describeIssues } from '../contract/issues.js';
import { CliError } from './errors.js';

export interface LoadedLog {
  unit: Unit;
  logs: ComboLog[];
}

/** Reads and validates a log file (docs/log-format.md); every problem names its field. */
export function readLogFile(path: string): LoadedLog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'unknown error'})`}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = logFileSchema.safeParse(doc);
  if (!parsed.success) throw new CliError(`${path}: ${describeIssues(parsed.error).join('; ')}`);
  const { unit, bodyweight, logs } = parsed.data;
  return { unit, logs: logs.map((e) => toComboLog(e, { unit, bodyweight })) };
}
