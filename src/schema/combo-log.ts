// The one schema for a logged combo round at the boundary (CLI log files now,
// the HTTP API later). Validates shape and ranges, then resolves catalog ids.
import { z } from 'zod';
import { findCombo, findExercise } from '../engine/catalog/index.js';
import type { ComboLog } from '../engine/model.js';

// Limits far outside any real lift, to catch typos (a 1,400 kg row) not lifters.
const LOAD_MAX = 1000;
const REPS_MAX = 100;

// The type message only for a wrong type: zod 4 would also use it for a range miss.
const number = () => z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'must be a number' : undefined) });
export const between = (min: number, max: number) => number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const load = between(-LOAD_MAX, LOAD_MAX);
const reps = number().int('must be a whole number').max(REPS_MAX, `must be at most ${REPS_MAX}`);

export const loggedSetSchema = z.strictObject({ load, reps: reps.min(0, 'must be at least 0') });

export const comboLogEntrySchema = z
  .strictObject({
    date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
    combo: z.string().min(1),
    compound: z.strictObject({
      exercise: z.string().min(1).optional(),
      load,
      reps: reps.min(1, 'must be at least 1'),
      rir: between(0, 10),
    }),
    shrug: z.strictObject({
      exercise: z.string().min(1).optional(),
      load,
      reps: reps.min(0, 'must be at least 0'),
      toFailure: z.boolean({ error: 'must be true or false' }),
    }),
    secondsBetween: between(0, 3600),
    rampUp: z.array(loggedSetSchema).max(12).optional(),
    restSeconds: between(0, 3600).optional(),
    notes: z.string().max(2000).optional(),
  })
  .superRefine((e, ctx) => {
    const combo = findCombo(e.combo);
    if (!combo) {
      ctx.addIssue({ code: 'custom', path: ['combo'], message: `unknown combo "${e.combo}"` });
      return;
    }
    const compoundId = e.compound.exercise ?? combo.compounds[0]!;
    const compound = findExercise(compoundId);
    // Only the combo's own variants: progression builds its loads and shrug from the variant logged.
    const takes = `${combo.id} takes ${combo.compounds.join(' or ')}`;
    if (!compound || compound.kind !== 'compound') {
      ctx.addIssue({ code: 'custom', path: ['compound', 'exercise'], message: `unknown compound exercise "${compoundId}" (${takes})` });
    } else if (!combo.compounds.includes(compound.id)) {
      ctx.addIssue({ code: 'custom', path: ['compound', 'exercise'], message: `"${compoundId}" is not a variant of this combo (${takes})` });
    } else if (compound.loading !== 'bodyweight' && e.compound.load < 0) {
      ctx.addIssue({ code: 'custom', path: ['compound', 'load'], message: 'must not be negative (only bodyweight lifts take band help as a negative load)' });
    }
    const shrugId = e.shrug.exercise ?? combo.shrug;
    const shrug = findExercise(shrugId);
    if (!shrug || shrug.kind !== 'shrug') {
      ctx.addIssue({ code: 'custom', path: ['shrug', 'exercise'], message: `unknown shrug exercise "${shrugId}"` });
    } else if (compound?.loading !== 'bodyweight' && e.shrug.load < 0) {
      ctx.addIssue({ code: 'custom', path: ['shrug', 'load'], message: 'must not be negative (only bodyweight lifts take band help as a negative load)' });
    }
  });

export const logFileSchema = z.strictObject({
  unit: z.enum(['kg', 'lb'], { error: 'must be "kg" or "lb"' }),
  bodyweight: z.number().positive('must be above 0').max(400).optional(),
  logs: z.array(comboLogEntrySchema).min(1, 'must hold at least one logged combo'),
});

export type LogFile = z.infer<typeof logFileSchema>;
export type ComboLogEntry = z.infer<typeof comboLogEntrySchema>;

/** Turns a validated entry into the engine's ComboLog, filling catalog defaults. */
export function toComboLog(e: ComboLogEntry, unit: ComboLog['unit'], bodyweight?: number): ComboLog {
  const combo = findCombo(e.combo)!;
  const log: ComboLog = {
    date: e.date,
    comboId: combo.id,
    compoundId: e.compound.exercise ?? combo.compounds[0]!,
    shrugId: e.shrug.exercise ?? combo.shrug,
    unit,
    compound: { load: e.compound.load, reps: e.compound.reps, rir: e.compound.rir },
    shrug: { load: e.shrug.load, reps: e.shrug.reps, toFailure: e.shrug.toFailure },
    secondsBetween: e.secondsBetween,
  };
  if (bodyweight !== undefined) log.bodyweight = bodyweight;
  if (e.rampUp) log.rampUp = e.rampUp;
  if (e.restSeconds !== undefined) log.restSeconds = e.restSeconds;
  if (e.notes !== undefined) log.notes = e.notes;
  return log;
}
