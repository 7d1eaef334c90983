// Moving history in and out: CSV from other apps, the lossless JSON document,
// a CSV of every set and an iCalendar feed of the plan.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { csvLines } from '../../interop/export-csv.js';
import { exportIcs, IcsOptionsError } from '../../interop/export-ics.js';
import { ImportFormatError } from '../../interop/detect.js';
import { IMPORT_FORMATS, IMPORT_FORMAT_IDS, appList, formatLabel, importFormat } from '../../interop/formats/index.js';
import { SKIPPED_SHOWN, csvReportSchema as csvReport, importFormatsSchema, jsonReportSchema as jsonReport } from '../../contract/interop.js';
import { exportAll, programs } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { calendarUser } from '../interop/calendar-user.js';
import { spool } from '../interop/upload-spool.js';
import { exportDocumentSchema } from '../../contract/document-schema.js';
import { setsForCsv } from '../../services/export-sets.js';
import { importHistory } from '../../services/import-history.js';
import { warmAnalytics } from '../views/analytics-view.js';
import { importDocument } from '../../services/restore.js';
import { errors, isoDate } from '../../contract/common.js';
import { unitSchema } from '../../contract/profile.js';
import type { RouteDeps } from './deps.js';

// A few years of daily training from any app is a few MB; 50 MB leaves room.
const IMPORT_LIMIT = 50 * 1024 * 1024;
/** Imports up to this many rows warm the lifter's analytics at once (a 100k-row file: about a decade of daily training). */
const WARM_UP_TO_ROWS = 100_000;

const attachment = (name: string) => `attachment; filename="${name}"`;

const isReadable = (body: unknown): body is Readable => body instanceof Readable;
const tooLarge = () => new ApiError('payload_too_large', `The file is over ${IMPORT_LIMIT / 1024 / 1024} MB: export a shorter range and import it in parts.`);

/** The body's bytes as they arrive, refused once they pass the limit (nothing is stored: the import writes only after the whole file is read). */
async function* limited(body: Readable, limit: number): AsyncGenerator<Buffer> {
  let seen = 0;
  // Not destroyed when reading stops: that would close the socket before the
  // 413 could be sent. The answer says "Connection: close" (app.ts), so the
  // unread rest is not read at all: the connection closes after the answer.
  for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    seen += chunk.length;
    if (seen > limit) throw tooLarge();
    yield chunk;
  }
}

export async function registerInteropRoutes(app: App, deps: RouteDeps): Promise<void> {
  const { db, now } = deps;
  const today = () => now().toISOString().slice(0, 10);

  // The CSV body is taken as a stream only here, in a scope of its own: a big
  // export is parsed as it arrives instead of being held whole first.
  await app.register(async (scope: App) => {
    scope.addContentTypeParser('text/csv', (_req, payload, done) => done(null, payload));
    scope.post('/api/v1/import', {
      schema: {
        tags: ['interop'],
        summary: `Import a CSV export from ${appList()} (body: the file, Content-Type: text/csv)`,
        description:
          'Send the file exactly as the other app exported it, as the body, with Content-Type: text/csv (for example `curl --data-binary @strong.csv -H "content-type: text/csv"`). ' +
          'The format is told from the header unless given (GET /import/formats lists them). Re-importing a file skips the sessions already imported. All or nothing.',
        consumes: ['text/csv'],
        body: z.unknown().meta({ type: 'string', format: 'binary', description: `The exported CSV file, up to ${IMPORT_LIMIT / 1024 / 1024} MB` }),
        querystring: z.strictObject({ format: z.enum(IMPORT_FORMAT_IDS).optional(), unit: unitSchema.optional().describe('for files that do not name a unit; kg when not given') }),
        response: { 200: z.object({ report: csvReport }), ...errors(400, 401, 409, 413) },
      },
    }, async (req) => {
      const user = requireUser(req);
      if (!isReadable(req.body)) throw new ApiError('bad_request', 'Send the CSV file itself as the request body, with Content-Type: text/csv.');
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > IMPORT_LIMIT) throw tooLarge();
      // On disk first, so the import's transaction never waits on the network (upload-spool.ts).
      const file = await spool(limited(req.body, IMPORT_LIMIT));
      try {
        const report = await importHistory(db, user.id, () => createReadStream(file.path), { ...req.query, now: now() });
        // The lifter's next stop is usually Progress: compute it now rather than on that first look.
        // Not after a huge file: the engine's pass over it would hold every other request up for seconds; Progress computes it when opened.
        if (report.sessionsInserted > 0 && report.rowsImported <= WARM_UP_TO_ROWS) setImmediate(() => void warmAnalytics(deps, user.id).catch((err) => req.log.warn({ err }, 'warming analytics failed')));
        return { report: { ...report, formatLabel: formatLabel(importFormat(report.format)), skipped: report.skipped.slice(0, SKIPPED_SHOWN), skippedCount: report.skipped.length } };
      } catch (e) {
        if (e instanceof ImportFormatError) throw new ApiError('bad_request', e.message);
        throw e;
      } finally {
        await file.remove();
      }
    });
  });

  // Not secret and the same for everyone: no login needed.
  app.get('/api/v1/import/formats', {
    schema: { tags: ['interop'], summary: 'The CSV exports POST /import reads, in the order to offer them', response: { 200: importFormatsSchema } },
  }, async () => ({ formats: IMPORT_FORMATS.map((f) => ({ id: f.id, app: f.app, label: formatLabel(f) })) }));

  app.post('/api/v1/import/json', {
    bodyLimit: IMPORT_LIMIT,
    schema: {
      tags: ['interop'],
      summary: 'Import a bladework export document (from GET /export.json) into your account',
      description: 'New ids are made for this account; importing the same document again adds nothing.',
      body: exportDocumentSchema,
      response: { 200: z.object({ report: jsonReport }), ...errors(400, 401, 409, 413) },
    },
  }, async (req) => ({ report: await importDocument(db, requireUser(req).id, req.body) }));

  app.get('/api/v1/export.json', {
    schema: { tags: ['interop'], summary: 'Everything stored about you, as one JSON document (no password, no tokens)', response: { 200: exportDocumentSchema, ...errors(401) } },
  }, async (req, reply) => {
    const doc = await exportAll(db, requireUser(req).id, now());
    reply.header('content-disposition', attachment(`bladework-${today()}.json`));
    return doc;
  });

  app.get('/api/v1/export.csv', {
    schema: { tags: ['interop'], summary: 'Every set you logged or imported, one CSV row per set', response: { 200: z.unknown().describe('text/csv: a header, then one row per set'), ...errors(401) } },
  }, async (req, reply) => {
    const user = requireUser(req);
    const sessions = await setsForCsv(db, user.id, await exportAll(db, user.id, now()));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment(`bladework-sets-${today()}.csv`))
      .send(Readable.from(csvLines(sessions)));
  });

  app.get('/api/v1/calendar.ics', {
    schema: {
      tags: ['interop'],
      summary: 'Your current plan as an iCalendar feed, one event per training day',
      description: 'Calendar apps cannot send cookies: subscribe with ?token=<personal API token>.',
      querystring: z.strictObject({
        weeks: z.coerce.number().int('must be a whole number').min(1).max(104).default(8),
        start: isoDate.optional().describe('first day of the feed; today when not given'),
        token: z.string().min(1).max(200).optional(),
      }),
      response: { 200: z.string().describe('text/calendar'), ...errors(400, 401, 404) },
    },
  }, async (req, reply) => {
    const user = await calendarUser(req, db, req.query.token, now());
    const program = await programs.currentProgram(db, user.id);
    if (!program) throw new ApiError('not_found', 'You have no plan yet: make one, then its training days show up in your calendar.');
    try {
      const ics = exportIcs(program.plan, { start: req.query.start ?? today(), weeks: req.query.weeks, dtstamp: now(), calendarName: 'bladework' });
      return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'inline; filename="bladework.ics"').send(ics);
    } catch (e) {
      if (e instanceof IcsOptionsError) throw new ApiError('bad_request', e.message);
      throw e;
    }
  });
}
