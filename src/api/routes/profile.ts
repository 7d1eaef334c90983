// The lifter's profile (bodyweight, week, gym) and the public exercise catalog.
import { z } from 'zod';
import { CATALOG } from '../../engine/catalog/index.js';
import { profiles } from '../../store/index.js';
import type { App } from '../app.js';
import { requireUser } from '../auth.js';
import { errors } from '../../contract/common.js';
import { catalogSchema, profileBodySchema, profileSchema, toProfileDocument } from '../../contract/profile.js';
import { generateChecked } from '../generate-checked.js';
import { toProfileView } from '../wire.js';
import type { RouteDeps } from './deps.js';

export function registerProfileRoutes(app: App, deps: RouteDeps): void {
  const { db, now } = deps;

  app.get('/api/v1/profile', {
    schema: {
      tags: ['profile'],
      summary: 'Your profile: units, bodyweight, experience, training week and equipment (null until you set it up)',
      response: { 200: z.object({ profile: profileSchema.nullable() }), ...errors(401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const found = await profiles.getProfile(db, user.id);
    return { profile: found ? toProfileView(found) : null };
  });

  app.put('/api/v1/profile', {
    schema: {
      tags: ['profile'],
      summary: 'Set up or change your profile; a split and days that cannot make a week are refused, naming the field',
      body: profileBodySchema,
      response: { 200: z.object({ profile: profileSchema }), ...errors(400, 401) },
    },
  }, async (req) => {
    const user = requireUser(req);
    const doc = toProfileDocument(req.body);
    // Build the week once so a split and days that cannot work are never stored.
    generateChecked({ split: doc.split, days: doc.days, customDays: doc.customDays, inventory: doc.inventory, experience: doc.experience });
    const stored = await profiles.putProfile(db, user.id, doc, now());
    return { profile: toProfileView(stored) };
  });

  app.get('/api/v1/catalog', {
    schema: {
      tags: ['profile'],
      summary: 'Everything the system knows: the six blade movements, muscles, equipment, exercises and the seven combos (no login needed)',
      response: { 200: catalogSchema },
    },
  }, async (_req, reply) => {
    // The catalog only changes with a release.
    reply.header('cache-control', 'public, max-age=3600');
    return CATALOG;
  });
}
