// The export document (GET /export.json) as POST /import/json takes it back.
// Ranges are wider than the logging endpoints' on purpose: the document holds
// whatever the store holds, including history imported from other apps.
import { z } from 'zod';
import { findExercise } from '../engine/catalog/index.js';
import { BODYWEIGHT, LIMITS, ROUND, atMostChars } from './limits.js';
import { SESSION_SOURCE_PATTERN, SET_KINDS, type SessionSource } from './sets.js';
import { dayCompoundSchema, unitSchema } from './profile.js';
import { profileDocumentSchema, programInputSchema, weekPlanSchema } from './plan-schemas.js';
import { bandSchema, calibrationSchema, feedbackSchema } from './round.js';

const id = z.string().min(1).max(120);
const text = (max: number) => z.string().max(max, atMostChars(max));
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time like 2024-03-05T18:02:11.000Z' });
const date = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
const unit = unitSchema;
const num = (min: number, max: number) => z.number({ error: 'must be a number' }).min(min).max(max);

const setSchema = z.strictObject({
  id,
  position: z.number().int().min(0).max(LIMITS.position),
  kind: z.enum(SET_KINDS as [string, ...string[]]) as z.ZodType<(typeof SET_KINDS)[number]>,
  exerciseId: id,
  load: num(-LIMITS.load, LIMITS.load),
  unit,
  reps: z.number().int('must be a whole number').min(0).max(LIMITS.reps),
  rir: num(ROUND.rir.min, ROUND.rir.max).nullable(),
  toFailure: z.boolean(),
  seconds: num(0, LIMITS.seconds).nullable(),
  distance: num(0, LIMITS.distance).nullable(),
  notes: text(LIMITS.setNotes).nullable(),
  restSeconds: num(0, LIMITS.restSeconds).nullable().optional().describe('Rest after the set, from an imported file; absent in older documents'),
});

const comboLogSchema = z
  .strictObject({
    id,
    sessionId: id,
    date,
    position: z.number().int().min(0).max(LIMITS.position),
    comboId: id,
    compoundExerciseId: id,
    shrugExerciseId: id,
    unit,
    bodyweight: num(0, BODYWEIGHT.lb.max).nullable(),
    secondsBetween: num(ROUND.secondsBetween.min, ROUND.secondsBetween.max),
    restSeconds: num(ROUND.restSeconds.min, ROUND.restSeconds.max).nullable(),
    notes: text(LIMITS.setNotes).nullable(),
    createdAt: instant,
    sets: z.array(setSchema).max(2 + ROUND.rampUpSets),
    // Absent in documents written before ratings were kept.
    feedback: feedbackSchema.nullable().optional(),
    // Absent in documents written before calibration sets and bands were kept.
    calibration: calibrationSchema.nullable().optional(),
    band: bandSchema.nullable().optional(),
  })
  .superRefine((log, ctx) => {
    // The store keeps exactly one compound set (with its RIR) and one shrug set per round.
    const compound = log.sets.filter((s) => s.kind === 'compound');
    if (compound.length !== 1 || log.sets.filter((s) => s.kind === 'shrug').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['sets'], message: 'a combo round holds exactly one compound set and one shrug set' });
    } else if (compound[0]!.rir === null) {
      ctx.addIssue({ code: 'custom', path: ['sets', log.sets.indexOf(compound[0]!), 'rir'], message: 'the compound set needs its reps in reserve' });
    } else if (log.calibration) {
      // As the API takes one: logged as done, to failure, at or after the call.
      const c = log.calibration;
      if (c.repsToFailure < c.repsAtCall || compound[0]!.reps !== c.repsToFailure || compound[0]!.rir !== 0) {
        ctx.addIssue({ code: 'custom', path: ['calibration'], message: 'a calibration set is logged as done: its compound set holds repsToFailure reps at RIR 0, at or after the call' });
      }
    }
  });

const sessionSchema = z.strictObject({
  id,
  date,
  startedAt: text(40).nullable(),
  name: text(LIMITS.sessionName).nullable(),
  // Any well-formed source, not only the formats this server reads: a document
  // from a newer server (with a format added) restores whole, and the source
  // only says where the session came from ("Imported" when no format here names it).
  source: z.string().regex(SESSION_SOURCE_PATTERN, 'must be app, or import: and a lowercase format id such as import:strong') as z.ZodType<SessionSource>,
  notes: text(LIMITS.sessionNotes).nullable(),
  createdAt: instant,
  comboLogs: z.array(comboLogSchema).max(LIMITS.roundsPerSession),
  sets: z.array(setSchema).max(LIMITS.setsPerSession),
});

export const exportDocumentSchema = z
  .strictObject({
    exportedAt: instant,
    /** The exporting account: ignored on import (the document goes into the caller's account). */
    user: z.object({ id: z.string().max(120), email: z.string().max(254), displayName: z.string().max(200), createdAt: z.string().max(40) }).optional(),
    profile: z.strictObject({ userId: id, document: profileDocumentSchema, updatedAt: instant }).nullable(),
    customExercises: z
      .array(
        z.strictObject({
          id: id.startsWith('custom:', 'must start with "custom:"'),
          name: z.string().trim().min(1).max(LIMITS.exerciseName),
          pattern: dayCompoundSchema.shape.pattern.unwrap().nullable(),
          createdAt: instant,
        }),
      )
      .max(LIMITS.customExercises),
    programs: z
      .array(
        z.strictObject({
          id,
          userId: id,
          createdBy: id,
          kind: z.enum(['generated', 'edited', 'assigned']),
          input: programInputSchema,
          plan: weekPlanSchema,
          createdAt: instant,
          parentId: id.nullable(),
        }),
      )
      .max(LIMITS.programs),
    sessions: z.array(sessionSchema).max(LIMITS.sessions),
    // Tombstones: what the lifter deleted, so a restore or another device keeps it deleted.
    // Absent in documents written before deletions were kept.
    deletions: z
      .array(z.strictObject({ kind: z.enum(['round', 'set']), id, deletedAt: instant }))
      .optional()
      .describe('Rounds and sets the lifter deleted (their ids): an import never brings them back.'),
  })
  .superRefine((doc, ctx) => {
    // Every exercise a set names is in the catalog or among the document's own.
    const own = new Set(doc.customExercises.map((e) => e.id));
    const known = (x: string) => own.has(x) || (!x.startsWith('custom:') && findExercise(x) !== undefined);
    doc.sessions.forEach((s, i) => {
      s.sets.forEach((set, j) => {
        if (!known(set.exerciseId)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'sets', j, 'exerciseId'], message: `"${set.exerciseId}" is neither a catalog exercise nor one of customExercises` });
      });
      s.comboLogs.forEach((log, j) => {
        for (const key of ['compoundExerciseId', 'shrugExerciseId'] as const) {
          if (!known(log[key])) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'comboLogs', j, key], message: `"${log[key]}" is neither a catalog exercise nor one of customExercises` });
        }
        log.sets.forEach((set, k) => {
          if (!known(set.exerciseId)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'comboLogs', j, 'sets', k, 'exerciseId'], message: `"${set.exerciseId}" is neither a catalog exercise nor one of customExercises` });
        });
      });
    });
  });

export type ExportDocumentInput = z.infer<typeof exportDocumentSchema>;
