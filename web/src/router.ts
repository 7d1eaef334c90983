// A hash router: "#/plan" is the path "/plan". Hash routes need nothing from
// the server and keep working from the service worker's cached index.html.
// Patterns may hold ":name" segments ("/history/:sessionId").
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  /** "/plan", never with the query. */
  path: string;
  query: URLSearchParams;
}

export function readLocation(hash = globalThis.location?.hash ?? ''): Location {
  const raw = hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

/** Goes to a path such as "/plan" or "/plan?welcome=1". `replace` leaves no history entry (redirects). */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const hash = `#${to}`;
  if (opts.replace) {
    history.replaceState(history.state, '', hash);
    // replaceState fires no hashchange; tell the app ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else location.hash = hash;
}

/** The params of `path` under `pattern`, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(g);
    else if (w !== g) return null;
  }
  return params;
}

/** The current location; re-renders on every change. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(readLocation);
  useEffect(() => {
    const update = () => setLoc(readLocation());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return loc;
}
