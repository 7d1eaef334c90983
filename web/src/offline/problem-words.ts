// Why the server refused a round or a set, in words a lifter reads: each
// field path the server named ("compound.load") becomes its name on the
// screen ("The compound's load"), with the server's own reason after it.
import type { FieldError } from '../api/client.js';

const NAMES: Record<string, string> = {
  'compound.load': 'The compound’s load',
  'compound.reps': 'The compound’s reps',
  'compound.rir': 'The reps left on the compound',
  'compound.exercise': 'The compound',
  'shrug.load': 'The shrug’s load',
  'shrug.reps': 'The shrug’s reps',
  'shrug.exercise': 'The shrug',
  secondsBetween: 'The seconds between compound and shrug',
  bodyweight: 'Your bodyweight',
  date: 'The date',
  combo: 'The combo',
  load: 'The load',
  reps: 'The reps',
  rir: 'The reps left',
  exerciseId: 'The exercise',
  kind: 'The kind of set',
  notes: 'The notes',
};

/** "compound.load" → "The compound’s load"; ramp-up sets by their number. */
export function fieldName(path: string): string {
  const ramp = /^rampUp\[?\.?(\d+)\]?\.?(\w+)?$/.exec(path);
  if (ramp) return `Ramp-up set ${Number(ramp[1]) + 1}${ramp[2] ? `’s ${ramp[2] === 'load' ? 'load' : 'reps'}` : ''}`;
  return NAMES[path] ?? 'One of the numbers';
}

/** The reason in sentences, never a field path. */
export function problemInWords(problem: string | undefined, fields: FieldError[] | undefined): string {
  if (fields && fields.length > 0) return fields.map((f) => `${fieldName(f.field)} ${f.message}.`).join(' ');
  return problem ?? 'The server did not say why.';
}
