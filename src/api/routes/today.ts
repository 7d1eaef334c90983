// Today's session: warm-up drills, then each planned combo with its target
// loads and ramp-up sets. A hot read: one round of parallel queries, then the engine.
import { z } from 'zod';
import { WEEKDAYS, type Weekday } from '../../engine/model.js';
import { buildSession } from '../../engine/session.js';
import { drillWeekSince, holdBackCombos } from '../../engine/program/index.js';
import { blockOn, inBlockWeek } from '../../engine/block/index.js';
import { allComboLogs, profiles, programs } from '../../store/index.js';
import type { App } from '../app.js';
import { sendJsonView } from '../json-view.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, isoDate } from '../../contract/common.js';
import { weekdaySchema } from '../../contract/profile.js';
import { sessionSchema } from '../../contract/session.js';
import type { RouteDeps } from './deps.js';
import { NO_PLAN, NO_PROFILE } from './plan.js';

/** Weekday of a YYYY-MM-DD date (the date names a calendar day, so no time zone applies). */
function weekdayOf(date: string): Weekday {
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

export function registerTodayRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.get('/api/v1/today', {
    // sendJsonView compresses the view itself, once per revision; the plugin's
    // per-request hooks would only look and step aside (a GET has no body to inflate).
    compress: false,
    decompress: false,
    schema: {
      tags: ['training'],
      summary: "A day's session: warm-up drills, then each combo with target loads, plates and ramp-up sets. Without day or date it is today by the server's clock (UTC); send your own date to be sure",
      querystring: z.strictObject({
        day: weekdaySchema.optional().describe('Which training day; wins over date.'),
        date: isoDate.optional().describe('Your local date, YYYY-MM-DD.'),
        combos: z.enum(['anyway'], { error: 'must be "anyway"' }).optional().describe('In a beginner’s drill weeks the loaded combos are held back; "anyway" starts them now.'),
      }),
      response: {
        200: z.object({
          weekday: weekdaySchema,
          date: z.string().nullable(),
          trainingDays: z.array(weekdaySchema),
          drillWeek: z
            .object({ week: z.number(), of: z.number(), weeksAfter: z.number(), combosFrom: z.string() })
            .nullable()
            .describe('A beginner’s drill weeks: which one this is and when the combos start; null outside them. In one, the combos are held back (listed in session.skipped) unless combos=anyway.'),
          session: sessionSchema.nullable().describe('null on a rest day'),
        }),
        ...errors(400, 401, 409),
      },
    },
  }, (req, reply) => {
    const user = requireUser(req);
    const date = req.query.date ?? (req.query.day ? null : now().toISOString().slice(0, 10));
    const weekday = req.query.day ?? weekdayOf(date!);
    // A hot read: cached per revision of the lifter's data, computed on the first ask.
    // The phone asks often between two logged rounds: a cached answer goes out at once.
    // The day it is counts too (drill and block weeks are counted to it), so a ?day= view made yesterday is not served today.
    const asOf = date ?? now().toISOString().slice(0, 10);
    const view = `today|${weekday}|${date ?? ''}|${asOf}|${req.query.combos ?? ''}`;
    const cached = deps.views.peek(user.id, req.revision, view);
    if (cached) {
      const sent = sendJsonView(req, reply, cached);
      // A promise only for a view big enough to compress off the event loop; the usual day's view goes out at once.
      return sent instanceof Promise ? sent.then(() => undefined) : undefined;
    }
    return deps.views.get(user.id, req.revision, view, async () => {
      const [profile, program, history] = await Promise.all([
        profiles.getProfile(db, user.id),
        programs.currentProgram(db, user.id),
        allComboLogs(db, user.id),
      ]);
      if (!profile) throw new ApiError('conflict', NO_PROFILE);
      if (!program) throw new ApiError('conflict', NO_PLAN);
      const plan = program.plan;
      const trainingDays = plan.days.map((d) => d.weekday);
      // Counted from when the plan was made (or the first round logged), to the day asked or the server's today.
      const drillWeek = drillWeekSince(plan.drillWeeks, program.createdAt.slice(0, 10), history.map((l) => l.date), asOf);
      if (!trainingDays.includes(weekday)) return { weekday, date, trainingDays, drillWeek, session: null };
      const { unit, bodyweight, experience, inventory } = profile.document;
      const built = buildSession({ plan, weekday, profile: { unit, bodyweight, experience }, inventory, history });
      // Rounds per combo as this week of the training block has them (GET /api/v1/block).
      const inBlock = blockOn({ plan, inventory, planMadeOn: program.createdAt.slice(0, 10), history, date: asOf });
      const session = inBlock ? inBlockWeek(built, inBlock.block.weeks[inBlock.week - 1]!, inBlock.block.weeks.length) : built;
      return { weekday, date, trainingDays, drillWeek, session: drillWeek && req.query.combos !== 'anyway' ? holdBackCombos(session, drillWeek) : session };
    })
      .then((json) => sendJsonView(req, reply, json))
      .then(() => undefined);
  });
}
