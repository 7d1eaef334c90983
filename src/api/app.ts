// Builds the HTTP app around a store. No listening here: server.ts does that,
// and tests drive the app with inject() or a real port.
import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { constants as zlibConstants } from 'node:zlib';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Store } from '../store/index.js';
import { identify } from './auth.js';
import type { ServerConfig } from '../services/config.js';
import { PASSWORD_COST, type ScryptCost } from '../services/passwords.js';
import { answerClientError } from './client-error.js';
import { declaresBody } from './declared-body.js';
import { refuseControlCharacters } from './control-characters.js';
import { installErrorHandler } from './error-handler.js';
import { ApiError } from './errors.js';
import { IdentityCache } from './identity-cache.js';
import { answerRepeatsFirst, RepeatAnswers } from './repeat-answers.js';
import { ViewCache } from './view-cache.js';
import { registerRoutes } from './routes/index.js';

export type App = FastifyInstance<any, any, any, FastifyBaseLogger, ZodTypeProvider>;

export interface AppDeps {
  store: Store;
  config: Pick<ServerConfig, 'secureCookies'> & Partial<Pick<ServerConfig, 'trustProxy'>>;
  /** The one clock of the server; tests pass their own. */
  now?: () => Date;
  logger?: boolean | { level: string };
  /** Largest request body in bytes (imports may be larger: see routes/interop). */
  bodyLimit?: number;
  /** Log-in and sign-up attempts one address may make a minute (routes/auth). */
  signInsPerMinute?: number;
  /** The scrypt cost of new password hashes: PASSWORD_COST unless a test asks for a cheaper one. */
  passwordCost?: ScryptCost;
  /** The built web app's folder; dist/web by default. */
  webRoot?: string;
}

export const API_VERSION = '1.0.0';

// Per address, in each process's memory: a brake on one client trying many
// accounts, beside the per-account backoff that the database keeps for all
// processes (services/sign-in-throttle). A gym's shared wifi stays far below it (a session lasts 30 days).
const SIGN_INS_PER_MINUTE = 30;

/**
 * The URL with the value of every `token` query parameter replaced. Names are
 * compared decoded, as the query parser reads them: `%74oken=` and `tok%65n=`
 * reach the route as `token`, so they are hidden too. A name that does not
 * decode is hidden as well, rather than guessed at.
 */
export function redactedUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const pairs = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    let name: string | null;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      name = null;
    }
    return name !== null && name.trim().toLowerCase() !== 'token' ? pair : `${rawName}=[redacted]`;
  });
  return `${url.slice(0, q + 1)}${pairs.join('&')}`;
}

/** Request log lines without secrets: the calendar feed carries a token in its URL. */
function redactedRequest(req: { method: string; url: string; ip?: string }) {
  return { method: req.method, url: redactedUrl(req.url), remoteAddress: req.ip };
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The app and the docs page: their own scripts only, inline styles (the docs page, chart sizes), no framing. */
const HTML_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** Everything else (JSON, files): nothing to run or fetch, unless the route set its own (routes/web.ts, the service worker). */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * A request whose body is still (partly) unread when its answer goes: an early
 * refusal (413 for a body declared over the limit, 401 before an upload). Node
 * would otherwise read the whole rest to keep the connection, however big.
 */
function bodyUnread(raw: { complete?: boolean; headers: Record<string, string | string[] | undefined> }): boolean {
  if (raw.complete !== false) return false; // read whole, or inject()'s request (no such field)
  return declaresBody(raw.headers);
}

/** A hop count trusts the nearest n proxies (what proxy-addr does with a number; Fastify's types take only the function). */
function trustProxyOption(trust: boolean | number | string): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

/**
 * A write with the session cookie from another site's page is refused: the
 * cookie is SameSite=Lax, but a bodiless POST could still ride it. Tokens
 * (Authorization) are not sent by browsers on their own, so they pass.
 */
function crossSiteWrite(req: FastifyRequest): ApiError | null {
  if (!UNSAFE_METHODS.has(req.method) || req.headers.authorization) return null;
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let host: string | null = null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  // Both through URL, so a default port (":80", ":443") counts the same whether said or not.
  let own: string | null = null;
  try {
    own = new URL(`${req.protocol}://${req.host}`).host;
  } catch {
    own = null;
  }
  if (host !== null && host === own) return null;
  return new ApiError('forbidden', `A write from another site (${origin}) is refused: use the app, or a personal token.`);
}

export async function buildApp(deps: AppDeps): Promise<App> {
  let closing = false;
  /** Answers sent again before the framework (repeat-answers.ts); set up below, once the identity cache is. */
  let repeats: RepeatAnswers | undefined;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: deps.logger ? { ...(typeof deps.logger === 'object' ? deps.logger : {}), serializers: { req: redactedRequest } } : false,
    bodyLimit: deps.bodyLimit ?? 256 * 1024,
    // Graceful close: stop accepting, let in-flight requests finish (their
    // answers then close the connection: see the onSend hook below).
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Refusals by node's HTTP parser (431, 400, 408) say "Connection: close".
    clientErrorHandler: answerClientError,
    trustProxy: trustProxyOption(deps.config.trustProxy ?? false),
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();

  // Many clients send "Content-Type: application/json" on every request, a
  // DELETE or a log-out included; an empty body then means no body, not bad JSON.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '') return done(null, undefined);
    json(req, body as string, (err, value) => {
      if (err) return done(err);
      done(refuseControlCharacters(body as string, value), value);
    });
  });

  app.setValidatorCompiler(validatorCompiler);
  // Responses are documented by their zod schemas but sent with plain
  // JSON.stringify: re-validating every response would cost the hot paths.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandler(app);

  // A phone on a gym's weak signal downloads a third of the bytes: brotli or
  // gzip for anything over 1 kB, JSON answers and the app's files alike. Brotli
  // at quality 5 keeps most of the gain at a small cost per answer.
  await app.register(compress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  // Only the routes that ask for it (log-in, sign-up) are limited; see routes/auth.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new ApiError('too_many_requests', `Too many sign-in attempts from your address; wait ${Math.ceil(ctx.ttl / 1000)} seconds and try again.`),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'bladework API',
        version: API_VERSION,
        description:
          'Plans, loads and logs for post-exhaustion scapular training. Authenticate with the session cookie from /api/v1/auth/login, or a personal token as "Authorization: Bearer <token>". Errors are { error: { code, message, fields? } }.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'bladework_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.decorateRequest('user', null);
  app.decorateRequest('tokenHash', null);
  app.decorateRequest('revision', 0);
  app.decorateRequest('repeatable', null);
  app.decorateRequest('arrivedAt', null);
  // Once close() has begun, each answer closes its connection after it, so a
  // keep-alive client's socket does not sit open until the keep-alive timeout.
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  // Safe defaults for a server on the internet, on every answer.
  app.addHook('onSend', (req, reply, payload, done) => {
    // An answer before the body was read closes the connection instead of reading the rest.
    if (closing || bodyUnread(req.raw)) reply.header('connection', 'close');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const type = String(reply.getHeader('content-type') ?? '');
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', type.startsWith('text/html') ? HTML_CSP : DATA_CSP);
    // A lifter's own data is never kept by a shared cache or the browser's disk cache.
    if (req.url.startsWith('/api/v1/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    // Last, with every header in place: a view's answer may be sent again as it is.
    // It lasts to the end of the UTC day the request came in on: never later
    // than the day the view was made for, should midnight pass meanwhile.
    if (repeats !== undefined && req.repeatable !== null && req.repeatable === payload && req.user && req.arrivedAt && reply.statusCode === 200 && !reply.hasHeader('connection')) {
      repeats.keep(req.raw, { userId: req.user.id, revision: req.revision }, reply.getHeaders(), req.repeatable, req.arrivedAt);
    }
    done(null, payload);
  });
  const identities = new IdentityCache();
  // A request logged line by line must reach the framework, which logs it.
  const requestsLogged = ['info', 'debug', 'trace'].includes(app.log.level);
  if (deps.store.kind === 'sqlite' && !requestsLogged) {
    const store = deps.store;
    repeats = new RepeatAnswers(identities, () => store.changeMark());
    // While closing, every request goes to the framework, which refuses new ones.
    answerRepeatsFirst(app.server, repeats, () => closing, now);
  }
  // One hook for every request, not one per concern: each hook Fastify runs
  // costs a cached read as much as the check itself. A callback hook, not an
  // async one: a remembered token then costs no promise.
  app.addHook('onRequest', (req, _reply, done) => {
    if (!req.url.startsWith('/api/')) return done();
    const refused = crossSiteWrite(req);
    if (refused) return done(refused);
    if (!req.url.startsWith('/api/v1/')) return done();
    // The clock the request is answered by is never earlier (a view's answer is kept to the end of this day).
    const at = (req.arrivedAt = now());
    const looking = identify(req, deps.store, identities, at);
    if (looking) looking.then(() => done(), done);
    else done();
  });

  await registerRoutes(app, {
    db: deps.store.db,
    store: deps.store,
    secureCookies: deps.config.secureCookies,
    now,
    views: new ViewCache(),
    signInsPerMinute: deps.signInsPerMinute ?? SIGN_INS_PER_MINUTE,
    passwordCost: deps.passwordCost ?? PASSWORD_COST,
    ...(deps.webRoot ? { webRoot: deps.webRoot } : {}),
  });
  return app;
}
