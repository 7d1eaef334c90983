// What an import answers: how each row of a CSV export went, or what a JSON
// export document brought back.
import { z } from 'zod';

/** Skipped rows listed in an answer; skippedCount counts them all. */
export const SKIPPED_SHOWN = 100;

export const csvReportSchema = z.object({
  format: z.string().describe('The export the file was read as (see GET /import/formats).'),
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
});

export type CsvImportReport = z.infer<typeof csvReportSchema>;
export type JsonImportReport = z.infer<typeof jsonReportSchema>;
