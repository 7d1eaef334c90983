// The app shell: log in first, then set up (until a profile exists), then the
// tabbed app with the sync indicator always in view.
import { useEffect, useRef } from 'preact/hooks';
import type { User } from './api/types.js';
import { LazyScreen } from './lazy-screen.js';
import { useStore } from './lib/store.js';
import { SyncIndicator } from './offline/sync-indicator.js';
import { navigate, useLocation } from './router.js';
import { findRoute, HOME, SETUP } from './routes.js';
import { AuthScreen } from './screens/auth/auth-screen.js';
import { warmAnalytics } from './screens/progress/use-analytics.js';
import { useServices } from './services.js';
import { Notice } from './ui/notice.js';
import { Screen } from './ui/screen.js';
import { TabBar } from './ui/tab-bar.js';

export function App() {
  const { session } = useServices();
  const state = useStore(session);
  if (state.status === 'loading') return <p class="splash" role="status">Opening bladework…</p>;
  if (state.status === 'signed-out') return <AuthScreen {...(state.reason ? { reason: state.reason } : {})} />;
  return <SignedIn user={state.user} />;
}

// Long enough for the first screen to have its data before Progress's is asked for.
const WARM_AFTER_MS = 1500;

function SignedIn({ user }: { user: User }) {
  const { data, db } = useServices();
  const { data: local, loading, error } = useStore(data);
  const { path, query } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    // After the first screen, moving to a screen focuses its heading (ui/screen.tsx).
    if (!first.current) document.body.dataset['navigated'] = 'true';
    first.current = false;
  }, [path]);

  // Progress's numbers onto the phone in the background, so it works in a gym
  // with no signal even if the lifter never opened it while online.
  const unit = local?.profile?.unit;
  useEffect(() => {
    if (!unit) return;
    const timer = setTimeout(() => {
      if (navigator.onLine) warmAnalytics(db, user.id, unit).catch(() => {});
    }, WARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [db, user.id, unit]);

  const needsSetup = local !== null && local.profile === null;
  useEffect(() => {
    if (needsSetup && path !== SETUP) navigate(SETUP, { replace: true });
    else if (local?.profile && path === '/') navigate(HOME, { replace: true });
  }, [needsSetup, path, local?.profile]);

  const found = findRoute(path);
  let content;
  if (local === null && loading) content = <p class="splash" role="status">Loading your training…</p>;
  else if (local === null && error) {
    content = (
      <Screen title="Not on this phone yet">
        <Notice tone="warning">
          <p>{error.offline ? 'You are offline, and your training has not been saved on this phone yet. Connect once and it will be kept here for the gym.' : error.message}</p>
        </Notice>
        <button type="button" class="btn btn-primary btn-block" onClick={() => void data.refresh({ force: true })}>
          Try again
        </button>
      </Screen>
    );
  } else if (!found) {
    content = (
      <Screen title="Nothing here">
        <p>
          This page does not exist. <a href={`#${HOME}`}>Go to today</a>.
        </p>
      </Screen>
    );
  } else content = <LazyScreen key={found.route.pattern} route={found.route} params={found.params} query={query} />;

  const tabs = !found?.route.bare;
  return (
    <div class={tabs ? 'app has-tabs' : 'app'}>
      <header class="topbar">
        <span class="brand" aria-hidden="true">
          bladework
        </span>
        <SyncIndicator userId={user.id} />
      </header>
      <main class="main" id="main">
        {content}
      </main>
      {tabs && <TabBar current={found?.route.tab} />}
    </div>
  );
}
