// Engine errors speak in the engine's field names and ids ("days: full_body
// takes 2 or 3 days"); the lifter typed flags and CLI words, so say it in those.
import type { PlanInputError } from '../engine/program/validate.js';
import type { SessionInputError } from '../engine/session.js';

const FLAGS: Record<string, string> = { split: '--split', days: '--days', experience: '--experience' };

// The split ids as the CLI spells them (options.ts accepts these).
const SPLIT_WORDS: Record<string, string> = { push_pull_legs: 'ppl', upper_lower: 'upper-lower', full_body: 'full-body' };

function cliWords(text: string): string {
  return text.replace(/\b(push_pull_legs|upper_lower|full_body)\b/g, (id) => SPLIT_WORDS[id]!);
}

/** "--days: full-body takes 2 or 3 days, not 4" for the engine's "days: full_body takes…". */
export function planInputMessage(e: PlanInputError): string {
  const root = e.field.split(/[.[]/)[0]!;
  return `${FLAGS[root] ?? e.field}: ${cliWords(e.reason)}`;
}

/** The only day a session is asked for is the one --day named (or today's). */
export function sessionInputMessage(e: SessionInputError): string {
  return `--day: ${e.message}`;
}
