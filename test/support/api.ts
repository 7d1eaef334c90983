// Builds the real app on a fresh, migrated database of each backend, and gives
// tests a small client that keeps each user's session cookie.
import { afterAll, beforeAll } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App, type AppDeps } from '../../src/api/app.js';
import { SESSION_COOKIE } from '../../src/api/auth.js';
import { migrateToLatest, type Store } from '../../src/store/index.js';
import type { ScryptCost } from '../../src/services/passwords.js';
import type { Backend } from './backends.js';

type AppConfig = AppDeps['config'];

/**
 * The scrypt cost of passwords in test apps: far below the server's (2^17,
 * about a third of a second a hash here), as test files sign up hundreds of
 * lifters. The server's own cost is tested in src/services/passwords.test.ts.
 */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export interface TestApi {
  app: App;
  store: Store;
}

/** Registers hooks that give the calling describe block an app on `backend`. */
export function useApp(backend: Backend, opts: { now?: () => Date; signInsPerMinute?: number; config?: Partial<AppConfig>; passwordCost?: ScryptCost } = {}): () => TestApi {
  let handle: { store: Store; drop(): Promise<void> } | undefined;
  let app: App | undefined;
  beforeAll(async () => {
    handle = await backend.fresh();
    await migrateToLatest(handle.store);
    // Test files sign up far more lifters a minute than any address would.
    app = await buildApp({
      store: handle.store,
      config: { secureCookies: false, ...opts.config },
      signInsPerMinute: opts.signInsPerMinute ?? 100_000,
      passwordCost: opts.passwordCost ?? TEST_PASSWORD_COST,
      ...(opts.now ? { now: opts.now } : {}),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await handle?.drop();
  });
  return () => ({ app: app!, store: handle!.store });
}

export interface Client {
  email: string;
  userId: string;
  cookie: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

let counter = 0;

/** Registers a new user and returns a client logged in as them. */
export async function newClient(app: App, name = 'lifter'): Promise<Client> {
  const email = `${name}-${Date.now()}-${counter++}@example.org`;
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email, password: 'correct horse battery' } });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const userId = res.json().user.id as string;
  return {
    email,
    userId,
    cookie,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        cookies: { [SESSION_COOKIE]: cookie },
        headers,
        ...(body === undefined ? {} : typeof body === 'string' ? { payload: body } : { payload: body as object }),
      }),
  };
}
