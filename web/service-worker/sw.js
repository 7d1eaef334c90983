// bladework's service worker. VERSION and PRECACHE are prepended at build time
// (web/build/pwa-plugin.ts). Plain JavaScript: it runs as a classic worker.
//
// - install: cache the app shell and every built file, lazy screens included.
// - navigations: the cached index.html (the app routes on the client), so the
//   app opens in a gym with no signal.
// - GET /api/*: network first; the last good JSON answer when offline.
// - anything but GET (logging a round, saving a plan): straight to the network,
//   never cached. Offline writes are the app's outbox's job, not ours.
// A new version waits until every tab of the old one is closed, so a page
// never loads a lazy screen its cache no longer holds; the app may post
// { type: 'skip-waiting' } to switch at once.
/* global VERSION, PRECACHE */
const SHELL = `bladework-shell-${VERSION}`;
const API = 'bladework-api';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('bladework-shell-') && key !== SHELL) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

async function networkFirst(event) {
  const request = event.request;
  const cache = await caches.open(API);
  try {
    const response = await fetch(request);
    const json = (response.headers.get('content-type') || '').includes('application/json');
    // The page gets the answer as it streams in; the copy is written alongside
    // (waiting for it held a 1.3 MB analytics answer back by ~60 ms).
    if (response.ok && json) event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
    return response;
  } catch (err) {
    const cached = await cache.match(request);
    if (!cached) throw err; // the page sees "no connection", as without a worker
    const headers = new Headers(cached.headers);
    headers.set('x-bladework-from-cache', '1');
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
}

async function appShell(request) {
  const cached = await caches.match('/index.html');
  if (cached) return cached;
  return fetch(request);
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  return cached || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/')) {
    // The readable API docs are pages, not data: leave them to the network.
    if (request.mode !== 'navigate') event.respondWith(networkFirst(event));
    return;
  }
  if (request.mode === 'navigate') event.respondWith(appShell(request));
  else event.respondWith(cacheFirst(request));
});

// Tapping the "rest is over" notification brings the app back (or opens it).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const [open] = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      if (open) return open.focus();
      return self.clients.openWindow('/');
    })(),
  );
});
