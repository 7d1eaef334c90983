// The phone asks for the same view again and again between two logged rounds
// (Today while resting, Progress): until something is written, its answer is
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
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { presentedToken } from './auth.js';
import type { IdentityCache } from './identity-cache.js';

/** Answers bigger than this are not kept: the point is the small hot reads, and a big one's time is in sending it. */
export const MAX_KEPT_BODY = 32 * 1024;
const DAY_MS = 24 * 3600 * 1000;

interface Kept {
  token: string;
  userId: string;
  revision: number;
  /** The end of the UTC day the answer was made on. */
  untilMs: number;
  headers: OutgoingHttpHeaders;
  /**
   * The body's bytes as a latin1 string, a character a byte: node sends a
   * string answer in one write with its headers, where a Buffer goes as a
   * second chunk of a gathered write. On the bench's GET /today that was a
   * sixth more answers a second.
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

/** A GET that says it carries a body is left to the framework, which reads and refuses it as usual. */
function bodiless(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] === undefined && (length === undefined || length === '0');
}

export class RepeatAnswers {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly identities: IdentityCache,
    /** The store's change mark, or null where it cannot tell (PostgreSQL): nothing is kept then. */
    private readonly mark: () => string | null,
    private readonly max = 1024,
  ) {}

  get size(): number {
    return this.kept.size;
  }

  /** Keeps an answer as it goes out: `headers` are all the answer's headers but its length. */
  keep(req: IncomingMessage, who: AnsweredFor, headers: Record<string, string | number | string[] | undefined>, body: Buffer, now: Date): void {
    if (req.method !== 'GET' || !bodiless(req) || body.length > MAX_KEPT_BODY || this.mark() === null) return;
    const token = presentedToken(req.headers);
    if (token === null) return;
    const key = keyOf(req);
    // Re-inserted at the end: the oldest kept answer is the first to go.
    this.kept.delete(key);
    if (this.kept.size >= this.max) this.kept.delete(this.kept.keys().next().value!);
    const t = now.getTime();
    const sent: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value;
    sent['content-length'] = body.length;
    this.kept.set(key, {
      token,
      userId: who.userId,
      revision: who.revision,
      untilMs: t - (t % DAY_MS) + DAY_MS,
      headers: sent,
      body: body.toString('latin1'),
    });
  }

  /** Sends the kept answer to this request if it still holds; false leaves the request to the framework. */
  answer(req: IncomingMessage, res: ServerResponse, now: Date): boolean {
    if (req.method !== 'GET' || this.kept.size === 0) return false;
    const key = keyOf(req);
    const kept = this.kept.get(key);
    if (kept === undefined || !bodiless(req)) return false;
    const mark = this.mark();
    const identity = mark === null ? undefined : this.identities.get(kept.token, mark, now);
    if (identity === undefined || identity.found.user.id !== kept.userId || identity.found.revision !== kept.revision || now.getTime() >= kept.untilMs) {
      this.kept.delete(key);
      return false;
    }
    res.writeHead(200, kept.headers);
    res.end(kept.body, 'latin1');
    return true;
  }
}
