// What comes next and how it is going: the next prescription per combo from the
// lifter's last rounds, and analytics over the whole log.
import { z } from 'zod';
import { findCombo } from '../../engine/catalog/index.js';
import type { ComboLog } from '../../engine/model.js';
import { nextPrescription, ProgressionError } from '../../engine/progression.js';
import { rirBiasOf } from '../../engine/rir-bias.js';
import { checkHistory } from '../../engine/rules/index.js';
import { allComboLogs, profiles } from '../../store/index.js';
import type { App } from '../app.js';
import { sendJsonView } from '../json-view.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import { errors, isoDate } from '../../contract/common.js';
import { unitSchema } from '../../contract/profile.js';
import { analyticsSchema, prescriptionSchema } from '../../contract/session.js';
import { analyticsJson } from '../views/analytics-view.js';
import type { RouteDeps } from './deps.js';
import { NO_PROFILE } from './plan.js';

/** Rounds per combo variant, oldest first (allComboLogs already is). */
function byVariant(logs: ComboLog[]): ComboLog[][] {
  const groups = new Map<string, ComboLog[]>();
  for (const l of logs) {
    const key = `${l.comboId}/${l.compoundId}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups.values()];
}

export function registerProgressRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.get('/api/v1/next', {
    // sendJsonView compresses the view itself (see today.ts).
    compress: false,
    decompress: false,
    schema: {
      tags: ['progress'],
      summary: 'Your next load and reps for a combo (or every combo you have logged), with why, and what your log says against the system',
      querystring: z.strictObject({
        combo: z.string().max(80).refine((id) => findCombo(id) !== undefined, 'is not a combo id from the catalog').optional(),
        compound: z.string().min(1).max(120).optional().describe('Only this variant of the combo, e.g. pull_up.'),
      }),
      response: {
        200: z.object({
          prescriptions: z.array(prescriptionSchema),
          skipped: z.array(z.object({ comboId: z.string(), compoundId: z.string(), reason: z.string() })),
        }),
        ...errors(400, 401, 404, 409),
      },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const { combo, compound } = req.query;
    const json = await deps.views.get(user.id, req.revision, `next|${combo ?? ''}|${compound ?? ''}`, async () => {
    const [profile, logs] = await Promise.all([profiles.getProfile(db, user.id), allComboLogs(db, user.id)]);
    if (!profile) throw new ApiError('conflict', NO_PROFILE);
    const groups = byVariant(logs).filter((g) => (!combo || g[0]!.comboId === combo) && (!compound || g[0]!.compoundId === compound));
    if (combo && groups.length === 0) {
      const what = `${findCombo(combo)!.name}${compound ? ` with ${compound}` : ''}`;
      throw new ApiError('not_found', `You have not logged ${what} yet: do one round and log it, and the next one follows from it.`);
    }
    const rirBias = rirBiasOf(logs).bias;
    const prescriptions: z.infer<typeof prescriptionSchema>[] = [];
    const skipped: { comboId: string; compoundId: string; reason: string }[] = [];
    for (const group of groups) {
      const last = group[group.length - 1]!;
      try {
        // In the profile's unit, built from its equipment, even for rounds logged in the other unit.
        const p = nextPrescription(last, { inventory: profile.document.inventory, previous: group.slice(0, -1), unit: profile.document.unit, rirBias });
        // p.warnings already holds checkLog(last); the history rules look across the rounds.
        prescriptions.push({ ...p, name: findCombo(last.comboId)?.name ?? last.comboId, lastLogged: last.date, warnings: [...p.warnings, ...checkHistory(group)] });
      } catch (err) {
        if (!(err instanceof ProgressionError)) throw err;
        skipped.push({ comboId: last.comboId, compoundId: last.compoundId, reason: 'nothing in your equipment builds a load for it: update your equipment in your profile' });
      }
    }
    return { prescriptions, skipped };
    });
    return sendJsonView(req, reply, json);
  });

  app.get('/api/v1/analytics', {
    // sendJsonView compresses the view itself (see today.ts).
    compress: false,
    decompress: false,
    schema: {
      tags: ['progress'],
      summary: 'How your training is going: weekly sets per blade movement and muscle, e1RM trends, shrug reps at each load, records and neglected movements',
      description: 'Counts your combo rounds and your imported sessions. Imported warm-up sets and your own exercises are left out; an imported set without RPE is taken as done to failure, so its e1RM is a low estimate.',
      querystring: z.strictObject({
        asOf: isoDate.optional().describe('Count logs up to this date (default: today, UTC).'),
        weeks: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(52, 'must be at most 52').optional().describe('Coverage window (default 4).'),
        unit: unitSchema.optional().describe('Default: your profile’s unit, else kg.'),
        from: isoDate
          .optional()
          .describe('Only series points (weekly, e1rmTrends, shrugSeries) from this date on; counts, records and coverage still cover the whole log. The answer then carries from.'),
      }),
      response: { 200: z.object({ analytics: analyticsSchema }), ...errors(400, 401) },
    },
  }, async (req, reply) => {
    const user = requireUser(req);
    const { weeks, unit, from } = req.query;
    const asOf = req.query.asOf ?? now().toISOString().slice(0, 10);
    const json = await analyticsJson(deps, user.id, req.revision, { asOf, weeks, unit, from });
    return sendJsonView(req, reply, json);
  });
}
