// The lifter's training endpoints, registered together: profile, catalog and
// own exercises, plan, today's session, combo rounds and loose sets, sessions,
// history, next prescription, analytics, the block and the landmine curve.
import type { App } from '../app.js';
import { registerBlockRoutes } from './block.js';
import { registerComboRoutes } from './combos.js';
import type { RouteDeps } from './deps.js';
import { registerExerciseRoutes } from './exercises.js';
import { registerHistoryRoutes } from './history.js';
import { registerLandmineRoutes } from './landmine.js';
import { registerPlanRoutes } from './plan.js';
import { registerProfileRoutes } from './profile.js';
import { registerProgressRoutes } from './progress.js';
import { registerSessionRoutes } from './sessions.js';
import { registerSetRoutes } from './sets.js';
import { registerTodayRoutes } from './today.js';

export function registerTrainingRoutes(app: App, deps: RouteDeps): void {
  registerProfileRoutes(app, deps);
  registerExerciseRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerTodayRoutes(app, deps);
  registerComboRoutes(app, deps);
  registerSetRoutes(app, deps);
  registerSessionRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerBlockRoutes(app, deps);
  registerLandmineRoutes(app, deps);
}
