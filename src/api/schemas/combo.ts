// A logged combo round at the HTTP boundary: the log-file entry of
// src/schema/combo-log.ts plus the client's ids (so uploads can be retried),
// its unit and bodyweight; mapped to the store's input and back.
import { z } from 'zod';
import { findCombo, findExercise } from '../../engine/catalog/index.js';
import type { ComboLog } from '../../engine/model.js';
import { comboLogEntrySchema, loggedSetSchema } from '../../schema/combo-log.js';
import type { ComboInput, StoredComboLog } from '../../store/index.js';
import { uuid } from './common.js';
import { unitSchema } from './profile.js';

const entry = comboLogEntrySchema.shape;

const fields = {
  combo: entry.combo.max(80).describe('Combo id from the catalog, e.g. deadlift_elevation.'),
  compound: entry.compound.extend({ id: uuid.describe('Your id for this set.') }),
  shrug: entry.shrug.extend({ id: uuid }),
  secondsBetween: entry.secondsBetween.describe('Seconds from racking the compound to the first shrug rep.'),
  rampUp: z.array(loggedSetSchema.extend({ id: uuid })).max(12).optional(),
  restSeconds: entry.restSeconds,
  notes: entry.notes,
  unit: unitSchema.optional().describe('Defaults to your profile’s unit (on an edit: the round’s).'),
  bodyweight: z.number({ error: 'must be a number' }).finite().positive('must be above 0').max(880).optional().describe('Bodyweight on the day; for bodyweight lifts it defaults to your profile’s.'),
};

const editObject = z.strictObject(fields);
type Fields = z.infer<typeof editObject>;

/** The log file's rules (known combo and exercises, negative loads only for bodyweight lifts), plus distinct set ids. */
function entryRules(e: Fields & { date?: string }, ctx: z.RefinementCtx): void {
  const strip = <T extends { id: string }>({ id: _, ...rest }: T) => rest;
  const checked = comboLogEntrySchema.safeParse({
    // An edit keeps its session's date; any valid date serves for these rules.
    date: e.date ?? '2000-01-01',
    combo: e.combo,
    compound: strip(e.compound),
    shrug: strip(e.shrug),
    secondsBetween: e.secondsBetween,
    rampUp: e.rampUp?.map(strip),
    restSeconds: e.restSeconds,
    notes: e.notes,
  });
  // Only the log file's own rules: a type or range miss is already reported by the field itself.
  if (!checked.success) for (const i of checked.error.issues) if (i.code === 'custom') ctx.addIssue({ code: 'custom', path: i.path, message: i.message });

  const { compound, shrug, rampUp } = e;
  const ids: [string, (string | number)[]][] = [...(rampUp ?? []).map((r, i): [string, (string | number)[]] => [r.id, ['rampUp', i, 'id']]), [compound.id, ['compound', 'id']], [shrug.id, ['shrug', 'id']]];
  const seen = new Set<string>();
  for (const [id, path] of ids) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: 'is the id of another set in this round' });
    seen.add(id);
  }
}

export const comboLogBodySchema = z
  .strictObject({ id: uuid.describe('Your id for this round; sending it again is a safe retry.'), sessionId: uuid, date: entry.date, ...fields })
  .superRefine(entryRules);

export const comboLogEditSchema = editObject.superRefine(entryRules);

export type ComboLogBody = z.infer<typeof comboLogEditSchema>;

/** The store's input for a checked body, with unit and bodyweight already settled. */
export function toComboInput(b: ComboLogBody, settled: { unit: ComboInput['unit']; bodyweight: number | null }): ComboInput {
  const combo = findCombo(b.combo)!;
  return {
    comboId: combo.id,
    compoundExerciseId: b.compound.exercise ?? combo.compounds[0]!,
    shrugExerciseId: b.shrug.exercise ?? combo.shrug,
    unit: settled.unit,
    bodyweight: settled.bodyweight,
    secondsBetween: b.secondsBetween,
    restSeconds: b.restSeconds ?? null,
    notes: b.notes ?? null,
    sets: [
      ...(b.rampUp ?? []).map((r) => ({ id: r.id, kind: 'ramp' as const, load: r.load, reps: r.reps })),
      { id: b.compound.id, kind: 'compound', load: b.compound.load, reps: b.compound.reps, rir: b.compound.rir },
      { id: b.shrug.id, kind: 'shrug', load: b.shrug.load, reps: b.shrug.reps, toFailure: b.shrug.toFailure },
    ],
  };
}

/** True when the round's compound is moved with the body (dips, pull-ups): bodyweight then matters. */
export function isBodyweightLift(b: ComboLogBody): boolean {
  const combo = findCombo(b.combo)!;
  return findExercise(b.compound.exercise ?? combo.compounds[0]!)?.loading === 'bodyweight';
}

export const comboLogSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  date: z.string(),
  position: z.number(),
  combo: z.string(),
  compound: z.object({ id: z.string(), exercise: z.string(), load: z.number(), reps: z.number(), rir: z.number() }),
  shrug: z.object({ id: z.string(), exercise: z.string(), load: z.number(), reps: z.number(), toFailure: z.boolean() }),
  secondsBetween: z.number(),
  rampUp: z.array(z.object({ id: z.string(), load: z.number(), reps: z.number() })),
  restSeconds: z.number().nullable(),
  notes: z.string().nullable(),
  unit: unitSchema,
  bodyweight: z.number().nullable(),
  createdAt: z.string(),
});

/** A stored round in the shape the client sends, so it can be edited and sent back. */
export function toComboLogView(s: StoredComboLog): z.infer<typeof comboLogSchema> {
  const compound = s.sets.find((x) => x.kind === 'compound')!;
  const shrug = s.sets.find((x) => x.kind === 'shrug')!;
  return {
    id: s.id,
    sessionId: s.sessionId,
    date: s.date,
    position: s.position,
    combo: s.comboId,
    compound: { id: compound.id, exercise: compound.exerciseId, load: compound.load, reps: compound.reps, rir: compound.rir ?? 0 },
    shrug: { id: shrug.id, exercise: shrug.exerciseId, load: shrug.load, reps: shrug.reps, toFailure: shrug.toFailure },
    secondsBetween: s.secondsBetween,
    rampUp: s.sets.filter((x) => x.kind === 'ramp').map((x) => ({ id: x.id, load: x.load, reps: x.reps })),
    restSeconds: s.restSeconds,
    notes: s.notes,
    unit: s.unit,
    bodyweight: s.bodyweight,
    createdAt: s.createdAt,
  };
}

/** The engine's view of a stored round, for the rules. */
export function toEngineLog(s: StoredComboLog): ComboLog {
  const v = toComboLogView(s);
  const log: ComboLog = {
    date: s.date,
    comboId: s.comboId,
    compoundId: s.compoundExerciseId,
    shrugId: s.shrugExerciseId,
    unit: s.unit,
    compound: { load: v.compound.load, reps: v.compound.reps, rir: v.compound.rir },
    shrug: { load: v.shrug.load, reps: v.shrug.reps, toFailure: v.shrug.toFailure },
    secondsBetween: s.secondsBetween,
  };
  if (v.rampUp.length > 0) log.rampUp = v.rampUp.map((r) => ({ load: r.load, reps: r.reps }));
  if (s.bodyweight !== null) log.bodyweight = s.bodyweight;
  if (s.restSeconds !== null) log.restSeconds = s.restSeconds;
  if (s.notes !== null) log.notes = s.notes;
  return log;
}
