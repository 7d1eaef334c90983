import type { App } from '../app.js';
import { registerAuthRoutes } from './auth.js';
import { registerCoachRoutes } from './coach.js';
import type { RouteDeps } from './deps.js';
import { registerDocsRoutes } from './docs.js';
import { registerHealthRoutes } from './health.js';
import { registerInteropRoutes } from './interop.js';
import { registerTrainingRoutes } from './training.js';
import { registerWebRoutes } from './web.js';

export async function registerRoutes(app: App, deps: RouteDeps): Promise<void> {
  registerHealthRoutes(app, deps);
  registerDocsRoutes(app);
  registerAuthRoutes(app, deps);
  registerTrainingRoutes(app, deps);
  registerCoachRoutes(app, deps);
  await registerInteropRoutes(app, deps);
  await registerWebRoutes(app, deps.webRoot);
}
