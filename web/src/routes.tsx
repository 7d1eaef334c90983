// Every screen of the app, by path. To add one: write screens/<area>/<name>-screen.tsx
// exporting a component that takes ScreenProps, and add a line here. Screens
// load on first visit (dynamic import), so the first paint stays small.
import type { ComponentType } from 'preact';
import { matchPath } from './router.js';
import { comingSoon } from './screens/coming-soon.js';
import type { TabId } from './ui/tab-bar.js';

export interface ScreenProps {
  /** ":name" segments of the pattern. */
  params: Record<string, string>;
  query: URLSearchParams;
}

export type ScreenComponent = ComponentType<ScreenProps>;

export interface RouteDef {
  pattern: string;
  /** The tab shown as current. */
  tab?: TabId;
  /** No tab bar: a task to finish first (setting up). */
  bare?: boolean;
  load: () => Promise<ScreenComponent>;
}

const ready = (c: ScreenComponent) => () => Promise.resolve(c);

export const ROUTES: RouteDef[] = [
  { pattern: '/today', tab: 'today', load: () => import('./screens/today/today-screen.js').then((m) => m.TodayScreen) },
  { pattern: '/plan', tab: 'plan', load: () => import('./screens/plan/plan-screen.js').then((m) => m.PlanScreen) },
  { pattern: '/history', tab: 'history', load: () => import('./screens/history/history-screen.js').then((m) => m.HistoryScreen) },
  { pattern: '/progress', tab: 'progress', load: () => import('./screens/progress/progress-screen.js').then((m) => m.ProgressScreen) },
  { pattern: '/settings', tab: 'settings', load: () => import('./screens/settings/settings-screen.js').then((m) => m.SettingsScreen) },
  { pattern: '/learn', load: () => import('./screens/learn/how-it-works-screen.js').then((m) => m.HowItWorksScreen) },
  { pattern: '/learn/:comboId', load: () => import('./screens/learn/how-it-works-screen.js').then((m) => m.HowItWorksScreen) },
  { pattern: '/welcome', bare: true, load: () => import('./screens/onboarding/onboarding-screen.js').then((m) => m.OnboardingScreen) },
];

export const HOME = '/today';
export const SETUP = '/welcome';

export function findRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}
