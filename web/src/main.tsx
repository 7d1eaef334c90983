// Start-up: open the phone's database, find out who is logged in, start the
// sync loop, draw the app, and register the service worker that caches it.
import { render } from 'preact';
import { App } from './app.js';
import { createServices, ServicesContext } from './services.js';
import './styles/tokens.css';
import './styles/base.css';

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  let services;
  try {
    services = await createServices();
  } catch {
    // Private browsing in some browsers has no IndexedDB: the app cannot keep a log safely.
    root.innerHTML = '<p class="splash">bladework needs this browser’s storage to keep your log safe. Leave private browsing and open it again.</p>';
    return;
  }
  render(
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>,
    root,
  );
  services.sync.start();
  await services.session.restore();
}

void start();

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // Without the worker the app still works online; nothing to tell the lifter.
    });
  });
}
