// GET /api/v1/history as the API documents it: sessions newest first, each
// with its combo rounds and any sets outside a combo (imported workouts), and
// the names of the lifter's own exercises those sets use.
import { z } from 'zod';
import { LIMITS, ONE_LINE, ONE_LINE_MESSAGE, atMostChars } from './limits.js';
import { roundSchema } from './round.js';
import { unitSchema } from './profile.js';

export const historySetSchema = z.object({
  id: z.string(),
  position: z.number(),
  kind: z.string(),
  exerciseId: z.string(),
  load: z.number(),
  unit: unitSchema,
  reps: z.number(),
  rir: z.number().nullable(),
  toFailure: z.boolean(),
  seconds: z.number().nullable(),
  distance: z.number().nullable(),
  notes: z.string().nullable(),
  restSeconds: z.number().nullable().describe('Rest taken after the set, when the imported file recorded it'),
});

export const historySessionSchema = z.object({
  id: z.string(),
  date: z.string(),
  startedAt: z.string().nullable(),
  name: z.string().nullable(),
  source: z.string().describe('app, or the app it was imported from (import:strong, import:hevy, …; GET /import/formats).'),
  // Optional only for the app's sake: sessions it builds from its own rounds
  // (offline, or not yet sent) carry none. The server always sends it.
  sourceLabel: z.string().optional().describe('Where it came from, as the app shows it: "Logged in bladework", "Imported from Strong".'),
  notes: z.string().nullable(),
  combos: z.array(roundSchema),
  sets: z.array(historySetSchema).describe('Sets outside any combo, such as imported workouts.'),
});

export const exerciseNamesSchema = z
  .record(z.string(), z.string())
  .describe('The name of each of your own exercises (ids starting custom:) that a set here uses, by id. Catalog exercises are not listed.');

export const historyPageSchema = z.object({
  sessions: z.array(historySessionSchema),
  nextCursor: z.string().nullable(),
  exerciseNames: exerciseNamesSchema,
});

export type HistorySet = z.infer<typeof historySetSchema>;
export type HistorySession = z.infer<typeof historySessionSchema>;
export type HistoryPage = z.infer<typeof historyPageSchema>;

const text = () => z.string({ error: 'must be text or null' });
const atMost = (max: number) => [max, atMostChars(max)] as const;

export const sessionPatchSchema = z.strictObject({
  name: text().trim().min(1, 'must not be empty (send null to clear it)').max(...atMost(LIMITS.sessionName)).regex(ONE_LINE, ONE_LINE_MESSAGE).nullable().optional().describe('null clears it.'),
  notes: text().max(...atMost(LIMITS.sessionNotes)).nullable().optional().describe('null clears them.'),
});
