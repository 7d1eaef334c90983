// The same view is asked for again and again between two logged rounds (the
// app's Progress; Today and the next prescriptions by clients of the API):
// until something is written, its answer is
// the one already sent, byte for byte. Here that answer is sent again straight
// from node's HTTP server, before routing, hooks and the reply pipeline, which
// cost a cached read more than making its answer did (in the bench, GET /today
// went from about half of a bare node server's rate to two thirds or more).
//
// What is kept: only answers of views cached per revision (sendJsonView), with
// the headers that went out. What must hold to send one again, else the
// request goes the usual way (where its answer is kept anew):
// - the same URL, credentials (Authorization and Cookie as sent) and accepted
//   encodings, on a GET with no body;
// - the identity cache still holding the caller under the store's current
//   change mark, at the same revision: no write anywhere since, no log-out, no
//   expiry, no last-used stamp due (identity-cache.ts);
// - the same UTC day: a view counts weeks to today's date unless asked for a day.
// Only on the embedded database (on PostgreSQL another process may write
// unseen), and only when requests are not logged one by one (a repeated
// answer would be missing from the log).
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { presentedToken } from './auth.js';
import { declaresBody } from './declared-body.js';
import type { IdentityCache } from './identity-cache.js';

/** Answers bigger than this are not kept: the point is the small hot reads, and a big one's time is in sending it. */
export const MAX_KEPT_BODY = 32 * 1024;
/** All kept answers together, their keys (which hold the credentials as sent) included. */
export const MAX_KEPT_BYTES = 16 * 2 ** 20;
const DAY_MS = 24 * 3600 * 1000;

interface Kept {
  token: string;
  userId: string;
  revision: number;
  /** The end of the UTC day the answer was made on. */
  untilMs: number;
  headers: OutgoingHttpHeaders;
  /** What it holds against MAX_KEPT_BYTES: its key and body. */
  bytes: number;
  /**
   * The body's bytes as a latin1 string, a character a byte: node sends a
   * string answer in one write with its headers, where a Buffer goes as a
   * second chunk of a gathered write. On the bench's GET /today that was a
   * fifth more answers a second.
   */
  body: string;
}

/** The identity an answer was made for: the caller and their revision when it was made. */
export interface AnsweredFor {
  userId: string;
  revision: number;
}

function keyOf(req: IncomingMessage): string {
  const h = req.headers;
  return `${req.url}\u0000${h.authorization ?? ''}\u0000${h.cookie ?? ''}\u0000${h['accept-encoding'] ?? ''}`;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts `repeats` before the server's own request listener (the framework's):
 * a kept answer that still holds goes out, anything else to the framework.
 * The framework's server stays as it made it, its timeouts and addresses too.
 */
export function answerRepeatsFirst(server: EventEmitter, repeats: RepeatAnswers, closing: () => boolean, now: () => Date): void {
  const listeners = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  server.on('request', repeatsFirst(listeners, repeats, closing, now));
}

/** The listener answerRepeatsFirst installs. Exported for tests. */
export function repeatsFirst(listeners: Listener[], repeats: RepeatAnswers, closing: () => boolean, now: () => Date): Listener {
  return (req, res) => {
    if (!closing()) {
      try {
        if (repeats.answer(req, res, now)) return;
      } catch {
        // Say the store could not be asked for its change mark: the framework's
        // way meets the same trouble and answers it as an error, where a throw
        // here, outside it, would end the process.
      }
    }
    for (const listener of listeners) listener(req, res);
  };
}

export class RepeatAnswers {
  /** In the order last used: the first is the first to go. */
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;

  constructor(
    private readonly identities: IdentityCache,
    /** The store's change mark, or null where it cannot tell (PostgreSQL): nothing is kept then. */
    private readonly mark: () => string | null,
    private readonly max = 1024,
    private readonly maxBytes = MAX_KEPT_BYTES,
  ) {}

  get size(): number {
    return this.kept.size;
  }

  private drop(key: string): void {
    const kept = this.kept.get(key);
    if (kept === undefined) return;
    this.kept.delete(key);
    this.bytes -= kept.bytes;
  }

  /**
   * Keeps an answer as it goes out: `headers` are all the answer's headers but
   * its length. It lasts to the end of the UTC day of `madeAt`, which must be
   * no later than the clock the view was made by.
   */
  keep(req: IncomingMessage, who: AnsweredFor, headers: Record<string, string | number | string[] | undefined>, body: Buffer, madeAt: Date): void {
    if (req.method !== 'GET' || declaresBody(req.headers) || body.length > MAX_KEPT_BODY || this.mark() === null) return;
    const token = presentedToken(req.headers);
    if (token === null) return;
    const key = keyOf(req);
    const bytes = key.length + body.length;
    this.drop(key);
    while (this.kept.size > 0 && (this.kept.size >= this.max || this.bytes + bytes > this.maxBytes)) this.drop(this.kept.keys().next().value!);
    const t = madeAt.getTime();
    const sent: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value;
    sent['content-length'] = body.length;
    this.kept.set(key, {
      token,
      userId: who.userId,
      revision: who.revision,
      untilMs: t - (t % DAY_MS) + DAY_MS,
      headers: sent,
      bytes,
      body: body.toString('latin1'),
    });
    this.bytes += bytes;
  }

  /**
   * Sends the kept answer to this request if it still holds; false leaves the
   * request to the framework. The clock is read only for a kept answer.
   */
  answer(req: IncomingMessage, res: ServerResponse, clock: () => Date): boolean {
    if (req.method !== 'GET' || this.kept.size === 0) return false;
    const key = keyOf(req);
    const kept = this.kept.get(key);
    if (kept === undefined || declaresBody(req.headers)) return false;
    const now = clock();
    const mark = this.mark();
    const identity = mark === null ? undefined : this.identities.get(kept.token, mark, now);
    if (identity === undefined || identity.found.user.id !== kept.userId || identity.found.revision !== kept.revision || now.getTime() >= kept.untilMs) {
      this.drop(key);
      return false;
    }
    // Last used, so last to go.
    this.kept.delete(key);
    this.kept.set(key, kept);
    res.writeHead(200, kept.headers);
    res.end(kept.body, 'latin1');
    return true;
  }
}
