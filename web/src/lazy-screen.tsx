// Shows a route's screen, loading its code on first visit. A failed load (offline
// before the service worker had cached it) says so and offers a retry.
import { useEffect, useState } from 'preact/hooks';
import type { RouteDef, ScreenComponent, ScreenProps } from './routes.js';
import { Notice } from './ui/notice.js';

const loaded = new WeakMap<RouteDef, ScreenComponent>();

export function LazyScreen({ route, ...props }: ScreenProps & { route: RouteDef }) {
  const [component, setComponent] = useState<ScreenComponent | null>(() => loaded.get(route) ?? null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const known = loaded.get(route);
    if (known) return setComponent(() => known);
    let live = true;
    setComponent(null);
    setFailed(false);
    route.load().then(
      (c) => {
        loaded.set(route, c);
        if (live) setComponent(() => c);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [route, attempt]);

  if (failed) {
    return (
      <Notice tone="danger" title="This screen did not load">
        <p>It may not be saved on this phone yet. Check your connection and try again.</p>
        <button type="button" class="btn" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </Notice>
    );
  }
  if (!component) return <p class="splash" role="status">Loading…</p>;
  const Screen = component;
  return <Screen {...props} />;
}
