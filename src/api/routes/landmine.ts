// The landmine press's resistance curve, with the band from the lifter's
// equipment that best evens it out or loads the shrug's top. The phone works
// this out itself; the route is for other clients.
import { errors } from '../../contract/common.js';
import { landmineQuerySchema, landmineSchema } from '../../contract/landmine.js';
import { LOOP_BAND } from '../../engine/loads/landmine-curve.js';
import { landmineView } from '../../engine/loads/landmine-view.js';
import { inventoryInUnit } from '../../engine/inventory-presets.js';
import { profiles } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';
import type { RouteDeps } from './deps.js';
import { NO_PROFILE } from './plan.js';

export function registerLandmineRoutes(app: App, deps: RouteDeps): void {
  app.get('/api/v1/landmine', {
    schema: {
      tags: ['training'],
      summary: 'How hard the half-kneeling landmine press is along its path, plates alone and with a band, and which of your resistance bands suits it best',
      querystring: landmineQuerySchema,
      response: { 200: landmineSchema, ...errors(400, 401, 409) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const profile = await profiles.getProfile(deps.db, user.id);
    if (!profile) throw new ApiError('conflict', NO_PROFILE);
    const { unit } = profile.document;
    const q = req.query;
    const restLength = q.bandRest ?? LOOP_BAND.restLength;
    const band = q.noBand === 'true' ? null : q.band === undefined ? undefined : { tension: q.band, restLength, atStretch: q.bandStretch ?? restLength };
    const v = landmineView({
      unit,
      load: q.load,
      bands: inventoryInUnit(profile.document.inventory, unit).resistanceBands ?? [],
      anchor: q.anchor,
      goal: q.goal,
      ...(band === undefined ? {} : { band }),
      ...(q.points === undefined ? {} : { pointCount: q.points }),
    });
    const { points, bottom, middle, lockout, shrugTop, flatness } = v.curve;
    return {
      unit,
      load: q.load,
      band: v.band,
      points,
      key: { bottom, middle, lockout, shrugTop, flatness, flatnessWithoutBand: v.bare.flatness, bandShareAtLockout: v.bandShareAtLockout },
      suggestion: { band: v.suggestion.band, index: v.suggestion.index, reason: v.suggestion.reason },
    };
  });
}
