// What an import answers: how each row of a CSV export went, or what a JSON
// export document brought back.
import { z } from 'zod';

/** Skipped rows listed in an answer; skippedCount counts them all. */
export const SKIPPED_SHOWN = 100;

export const importFormatSchema = z.object({
  id: z.string().describe('What POST /import takes as ?format='),
  app: z.string().describe('The app that writes it: Strong, Hevy…'),
  label: z.string().describe('How to offer it: the app, and which of its exports when it has several'),
});

export const importFormatsSchema = z.object({ formats: z.array(importFormatSchema) });

export const csvReportSchema = z.object({
  format: z.string().describe('The export the file was read as (see GET /import/formats).'),
  formatLabel: z.string().describe("That format's label, as GET /import/formats gives it"),
  rowsRead: z.number(),
  rowsImported: z.number(),
  restsKept: z.number().describe("Strong's Rest Timer rows, kept as the rest after the set before them"),
  skipped: z.array(z.object({ row: z.number(), reason: z.string() })).describe(`The first ${SKIPPED_SHOWN} skipped rows`),
  skippedCount: z.number(),
  sessions: z.number(),
  sessionsInserted: z.number(),
  sessionsAlreadyThere: z.number(),
  customExercises: z.array(z.string()).describe('Exercise names outside the catalog; each is (or was already) one of your own'),
  customExercisesCreated: z.number(),
});

export const jsonReportSchema = z.object({
  profile: z.boolean(),
  customExercisesCreated: z.number(),
  programsInserted: z.number(),
  sessionsInserted: z.number(),
  sessionsAlreadyThere: z.number(),
  deletedLeftOut: z.number().describe('Rounds and sets in the document that the account has deleted since: left deleted.'),
  deletionsApplied: z.number().describe('Rounds and sets the account held that the document says were deleted: deleted now.'),
});

export type ImportFormatInfo = z.infer<typeof importFormatSchema>;
export type ImportFormatList = z.infer<typeof importFormatsSchema>;
export type CsvImportReport = z.infer<typeof csvReportSchema>;
export type JsonImportReport = z.infer<typeof jsonReportSchema>;
