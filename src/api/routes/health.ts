import { z } from 'zod';
import type { App } from '../app.js';
import { ping } from '../../store/index.js';
import type { RouteDeps } from './deps.js';

export function registerHealthRoutes(app: App, deps: RouteDeps): void {
  app.get('/healthz', {
    schema: {
      tags: ['service'],
      summary: 'Liveness and database reachability',
      response: { 200: z.object({ ok: z.literal(true), database: z.enum(['sqlite', 'postgres']) }), 503: z.object({ ok: z.literal(false), error: z.string() }) },
    },
  }, async (_req, reply) => {
    try {
      await ping(deps.db);
      return { ok: true as const, database: deps.store.kind };
    } catch (e) {
      return reply.status(503).send({ ok: false as const, error: (e as Error).message });
    }
  });
}
