// A logged combo round on the wire: the one shape a round has between the
// app, the server and the CLI's log files. A log file holds its entries
// without ids; the API takes them with the client's ids (so an upload can be
// retried) and answers with the stored round, every default filled in.
import { z } from 'zod';
import { findCombo, findExercise } from '../engine/catalog/index.js';
import { whyNotACompoundOf } from '../engine/rules/index.js';
import { uuid, isoDate, numberIn } from './common.js';
import { BODYWEIGHT, LANDMINE, NOT_NEGATIVE_UNLESS_BODYWEIGHT, ROUND, atMostChars, numberProblem } from './limits.js';
import { BAND_COMPOUNDS } from '../engine/loads/landmine-band.js';
import { unitSchema } from './profile.js';

const load = numberIn(ROUND.load);
const exercise = z.string({ error: 'must be text' }).min(1).max(120);
const compound = z.strictObject({ exercise: exercise.optional(), load, reps: numberIn(ROUND.compoundReps), rir: numberIn(ROUND.rir) });
/** A calibration set (docs/methods.md, "Reading your RIR"): where "2 left" was called, then on to failure. */
export const calibrationSchema = z.strictObject({
  calledRir: numberIn(ROUND.rir).describe('The RIR you called before carrying on.'),
  repsAtCall: numberIn(ROUND.compoundReps).describe('Reps done when you called it.'),
  repsToFailure: numberIn(ROUND.compoundReps).describe('Reps done when you reached failure.'),
});
/** A resistance band on the landmine press, as the lifter's equipment lists it (atLockout is worked out from the load). */
export const bandSchema = z
  .strictObject({
    tension: numberIn(LANDMINE.bandTension).describe('The band’s pull at its listed stretch, in the round’s unit.'),
    restLength: numberIn(LANDMINE.bandLength).optional().describe('Metres between its ends when just taut (default: a 104 cm loop).'),
    atStretch: numberIn(LANDMINE.bandLength).optional().describe('Metres past the rest length at which the tension is listed.'),
    anchor: z.enum(['under_landmine', 'under_knee'], { error: 'must be under_landmine or under_knee' }),
    atLockout: z.number().optional().describe('What the band adds at lockout; worked out by the server from the load, whatever is sent.'),
  })
  .describe('A band added to the half-kneeling landmine press, for more resistance at the top.');
/** What a compound set may carry beyond load, reps and RIR: a calibration set, a band. */
const compoundExtras = { calibration: calibrationSchema.optional(), band: bandSchema.optional() };
const entryCompound = compound.extend(compoundExtras);
const shrug = z.strictObject({ exercise: exercise.optional(), load, reps: numberIn(ROUND.shrugReps), toFailure: z.boolean({ error: 'must be true or false' }) });
const rampSet = z.strictObject({ load, reps: numberIn(ROUND.rampReps) });
const bodyweight = z
  .number({ error: 'must be a number' })
  .finite()
  .min(BODYWEIGHT.kg.min, `must be at least ${BODYWEIGHT.kg.min}`)
  .max(BODYWEIGHT.lb.max, `must be at most ${BODYWEIGHT.lb.max}`);

/** Two taps after a combo (engine Feedback): the pump, and at the next session of the movement, soreness and joints. */
export const feedbackSchema = z
  .strictObject({
    pump: z.enum(['none', 'some', 'a_lot'], { error: 'must be none, some or a_lot' }).optional(),
    soreness: z.enum(['never_sore', 'healed_early', 'just_in_time', 'still_sore'], { error: 'must be never_sore, healed_early, just_in_time or still_sore' }).optional(),
    joints: z.enum(['none', 'some', 'pain'], { error: 'must be none, some or pain' }).optional(),
  })
  .describe('How the session of this combo went: pump, soreness since the last one, joints.');

/** What every round says, ids aside. */
const roundFields = {
  combo: z.string({ error: 'must be text' }).min(1).max(ROUND.comboId).describe('Combo id from the catalog, e.g. deadlift_elevation.'),
  secondsBetween: numberIn(ROUND.secondsBetween).describe('Seconds from racking the compound to the first shrug rep.'),
  restSeconds: numberIn(ROUND.restSeconds).optional(),
  notes: z.string({ error: 'must be text' }).max(ROUND.notes, atMostChars(ROUND.notes)).optional(),
  feedback: feedbackSchema.optional(),
};

interface RoundLike {
  combo: string;
  compound: { exercise?: string | undefined; load: number };
  shrug: { exercise?: string | undefined; load: number };
  unit?: 'kg' | 'lb' | undefined;
  bodyweight?: number | undefined;
}

/**
 * The system's rules for any round, checked once wherever it comes from: a
 * known combo, one of its own compounds (progression builds loads and shrug
 * from the variant logged), and a negative load only as band help on a lift
 * moved with the body.
 */
function roundRules(e: RoundLike, ctx: z.RefinementCtx): void {
  const combo = findCombo(e.combo);
  if (!combo) {
    ctx.addIssue({ code: 'custom', path: ['combo'], message: `unknown combo "${e.combo}"` });
    return;
  }
  const compoundId = e.compound.exercise ?? combo.compounds[0]!;
  const found = findExercise(compoundId);
  const takes = `${combo.id} takes ${combo.compounds.join(' or ')}`;
  if (!found || found.kind !== 'compound') {
    ctx.addIssue({ code: 'custom', path: ['compound', 'exercise'], message: `unknown compound exercise "${compoundId}" (${takes})` });
  } else if (!combo.compounds.includes(found.id)) {
    // Where the system says why (the standing barbell row for retraction), the lifter reads the reason.
    const why = whyNotACompoundOf(combo.id, found.id);
    ctx.addIssue({ code: 'custom', path: ['compound', 'exercise'], message: `"${compoundId}" is not a variant of this combo${why ? `: ${why}` : ''} (${takes})` });
  } else if (found.loading !== 'bodyweight' && e.compound.load < 0) {
    ctx.addIssue({ code: 'custom', path: ['compound', 'load'], message: NOT_NEGATIVE_UNLESS_BODYWEIGHT });
  }
  const shrugId = e.shrug.exercise ?? combo.shrug;
  const shrugFound = findExercise(shrugId);
  if (!shrugFound || shrugFound.kind !== 'shrug') {
    ctx.addIssue({ code: 'custom', path: ['shrug', 'exercise'], message: `unknown shrug exercise "${shrugId}"` });
  } else if (found?.loading !== 'bodyweight' && e.shrug.load < 0) {
    ctx.addIssue({ code: 'custom', path: ['shrug', 'load'], message: NOT_NEGATIVE_UNLESS_BODYWEIGHT });
  }
  // The unit, when the round names it, bounds the bodyweight (the profile's when it does not: see settleFromProfile).
  if (e.unit !== undefined && e.bodyweight !== undefined) {
    const problem = numberProblem(e.bodyweight, BODYWEIGHT[e.unit]);
    if (problem) ctx.addIssue({ code: 'custom', path: ['bodyweight'], message: problem });
  }
}

/** A calibration set is logged as done: to failure, at the reps where failure came, after the call. A band goes on the landmine press only. */
function compoundRules(e: { combo: string; compound: z.infer<typeof entryCompound> }, ctx: z.RefinementCtx): void {
  const at = (field: string) => ['compound', field];
  if (e.compound.band) {
    const combo = findCombo(e.combo);
    const compoundId = e.compound.exercise ?? combo?.compounds[0];
    if (compoundId !== undefined && !BAND_COMPOUNDS.includes(compoundId)) {
      ctx.addIssue({ code: 'custom', path: at('band'), message: `is logged only with the half-kneeling landmine press, not with ${findExercise(compoundId)?.name.toLowerCase() ?? compoundId}` });
    }
  }
  const c = e.compound.calibration;
  if (!c) return;
  if (c.repsToFailure < c.repsAtCall) {
    ctx.addIssue({ code: 'custom', path: [...at('calibration'), 'repsToFailure'], message: 'must be at least repsAtCall: failure comes at or after the call' });
  }
  if (e.compound.reps !== c.repsToFailure) {
    ctx.addIssue({ code: 'custom', path: at('reps'), message: 'must equal calibration.repsToFailure: a calibration set is logged as done, to failure' });
  }
  if (e.compound.rir !== 0) ctx.addIssue({ code: 'custom', path: at('rir'), message: 'must be 0 on a calibration set, which goes to failure' });
}

/** Every set of a round has an id of its own. */
function distinctIds(e: { compound: { id: string }; shrug: { id: string }; rampUp?: { id: string }[] | undefined }, ctx: z.RefinementCtx): void {
  const ids: [string, (string | number)[]][] = [
    ...(e.rampUp ?? []).map((r, i): [string, (string | number)[]] => [r.id, ['rampUp', i, 'id']]),
    [e.compound.id, ['compound', 'id']],
    [e.shrug.id, ['shrug', 'id']],
  ];
  const seen = new Set<string>();
  for (const [id, path] of ids) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: 'is the id of another set in this round' });
    seen.add(id);
  }
}

/** A round in a log file (docs/log-format.md): no ids; the file gives unit and bodyweight once. */
export const roundEntrySchema = z
  .strictObject({ date: isoDate, ...roundFields, compound: entryCompound, shrug, rampUp: z.array(rampSet).max(ROUND.rampUpSets).optional() })
  .superRefine((e, ctx) => {
    roundRules(e, ctx);
    compoundRules(e, ctx);
  });

const withIds = {
  ...roundFields,
  compound: compound.extend({ id: uuid.describe('Your id for this set.'), ...compoundExtras }),
  shrug: shrug.extend({ id: uuid }),
  rampUp: z.array(rampSet.extend({ id: uuid })).max(ROUND.rampUpSets).optional(),
  unit: unitSchema.optional().describe('Defaults to your profile’s unit (on an edit: the round’s).'),
  bodyweight: bodyweight.optional().describe('Bodyweight on the day, in the round’s unit; for bodyweight lifts it defaults to your profile’s.'),
};

/** PUT /combos/{id}: the round whole, without the ids and date that stay. */
export const roundEditSchema = z.strictObject(withIds).superRefine((e, ctx) => {
  roundRules(e, ctx);
  compoundRules(e, ctx);
  distinctIds(e, ctx);
});

/** POST /combos. */
export const roundBodySchema = z
  .strictObject({ id: uuid.describe('Your id for this round; sending it again is a safe retry.'), sessionId: uuid, date: isoDate, ...withIds })
  .superRefine((e, ctx) => {
    roundRules(e, ctx);
    compoundRules(e, ctx);
    distinctIds(e, ctx);
  });

/** A stored round as the API answers it, in the shape the client sends so it can be edited and sent back. */
export const roundSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  date: z.string(),
  position: z.number(),
  combo: z.string(),
  compound: z.object({
    id: z.string(),
    exercise: z.string(),
    load: z.number(),
    reps: z.number(),
    rir: z.number(),
    calibration: calibrationSchema.optional().describe('On a calibration set only: the RIR you called, the reps then, and the reps at failure.'),
    band: bandSchema.optional().describe('On a landmine press done with a band only: the band, and what it added at lockout in the round’s unit.'),
  }),
  shrug: z.object({ id: z.string(), exercise: z.string(), load: z.number(), reps: z.number(), toFailure: z.boolean() }),
  secondsBetween: z.number(),
  rampUp: z.array(z.object({ id: z.string(), load: z.number(), reps: z.number() })),
  restSeconds: z.number().nullable(),
  notes: z.string().nullable(),
  unit: unitSchema,
  bodyweight: z.number().nullable(),
  createdAt: z.string(),
  feedback: feedbackSchema.nullable().optional().describe('Your ratings of the session of this combo, when given; null when not.'),
});

export type RoundEntry = z.infer<typeof roundEntrySchema>;
export type RoundBody = z.infer<typeof roundBodySchema>;
export type RoundEdit = z.infer<typeof roundEditSchema>;
export type Round = z.infer<typeof roundSchema>;

/** A CLI log file: one unit and bodyweight for all its rounds. */
export const logFileSchema = z.strictObject({
  unit: unitSchema,
  bodyweight: bodyweight.optional(),
  logs: z.array(roundEntrySchema).min(1, 'must hold at least one logged combo'),
}).superRefine((f, ctx) => {
  if (f.bodyweight === undefined) return;
  const problem = numberProblem(f.bodyweight, BODYWEIGHT[f.unit]);
  if (problem) ctx.addIssue({ code: 'custom', path: ['bodyweight'], message: problem });
});

export type LogFile = z.infer<typeof logFileSchema>;
