// Starts the real server: open the database, apply migrations, listen, and print
// the URL to open as the very first line. SIGTERM/SIGINT close gracefully.
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { migrateToLatest, openDatabase, tokens, type Store } from '../store/index.js';
import { pruneSignInThrottle } from '../services/sign-in-throttle.js';
import { buildApp, type App } from './app.js';
import type { ServerConfig } from '../services/config.js';

/** Holds log lines until the URL has been printed, so the URL is line one. */
class HeldStdout extends Writable {
  private held: Buffer[] | null = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    if (this.held) this.held.push(chunk);
    else process.stdout.write(chunk);
    done();
  }
  release(): void {
    for (const c of this.held ?? []) process.stdout.write(c);
    this.held = null;
  }
}

export interface RunningServer {
  app: App;
  store: Store;
  url: string;
  close(): Promise<void>;
}

const HOUR = 3600_000;

/**
 * Shutdown ends within 10 s, whatever the clients do. Idle keep-alive
 * connections are closed at once (server.close() does that), and answers given
 * while closing carry "Connection: close" (app.ts), so a busy connection closes
 * after its answer. Now and then the idle ones are closed again: a connection
 * whose answer had begun before close() still comes back idle. Past the
 * deadline every connection is cut, a request still running included.
 */
const SWEEP_IDLE_MS = 250;
const CLOSE_DEADLINE_MS = 8_000;
/** Past this, `bladework serve` exits even if the database will not close. */
const EXIT_DEADLINE_MS = 9_500;

export interface StartOptions {
  /** When close() cuts the connections still open; tests shorten it. */
  closeDeadlineMs?: number;
}

export async function startServer(config: ServerConfig, options: StartOptions = {}): Promise<RunningServer> {
  const closeDeadlineMs = options.closeDeadlineMs ?? CLOSE_DEADLINE_MS;
  const logs = new HeldStdout();
  const store = await openDatabase(config.database);
  const applied = await migrateToLatest(store);
  const app = await buildApp({
    store,
    config,
    logger: config.logLevel === 'silent' ? false : ({ level: config.logLevel, stream: logs } as never),
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  process.stdout.write(`${url}\n`);
  logs.release();
  app.log.info({ database: store.kind, migrationsApplied: applied }, 'bladework is ready');

  // Old sign-in failures and waits, addresses not signed in from for long, and
  // expired sessions are pruned now and then.
  const prune = setInterval(() => {
    const now = new Date();
    void Promise.all([pruneSignInThrottle(store.db, now), tokens.deleteExpiredTokens(store.db, now)]).catch((err) =>
      app.log.warn({ err }, 'pruning failed'),
    );
  }, HOUR);
  prune.unref();

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      clearInterval(prune);
      const sweep = setInterval(() => app.server.closeIdleConnections(), SWEEP_IDLE_MS);
      const deadline = setTimeout(() => {
        app.log.warn({ afterMs: closeDeadlineMs }, 'shutting down: cutting the connections still open');
        app.server.closeAllConnections();
      }, closeDeadlineMs);
      sweep.unref();
      deadline.unref();
      try {
        await app.close(); // stops accepting, lets in-flight requests finish
      } finally {
        clearInterval(sweep);
        clearTimeout(deadline);
      }
      await store.close();
    })());
  return { app, store, url, close };
}

/**
 * How far V8 lets the heap grow past what a full collection left live before
 * it collects again. By default up to 4×: during a 50 MB import (half a
 * million rows parsed and stored, nearly all of it garbage within a batch)
 * that let the server grow by 190 MB with 46-66 MB live; at 1.5× it grew
 * 105-122 MB in the same time (bench/api.ts, importUnderLoad). V8 reads the
 * flag at each collection, so setting it once the process runs takes effect.
 */
const HEAP_GROWING_PERCENT = 50;

/** An operator's own setting (node --heap-growing-percent=…, or in NODE_OPTIONS) wins. */
const heapGrowthSetByOperator = () => [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));

/** For `bladework serve`: run until SIGTERM/SIGINT, then shut down cleanly. */
export async function runUntilSignalled(config: ServerConfig): Promise<void> {
  // Only the server process: tests and the CLI keep V8's defaults.
  if (!heapGrowthSetByOperator()) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const server = await startServer(config);
  const stop = (signal: string) => {
    server.app.log.info({ signal }, 'shutting down: finishing requests in flight');
    setTimeout(() => {
      server.app.log.error({ afterMs: EXIT_DEADLINE_MS }, 'shutdown did not finish; exiting anyway');
      process.exit(1);
    }, EXIT_DEADLINE_MS).unref();
    server.close().then(
      () => process.exit(0),
      (err) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
