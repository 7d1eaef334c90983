// A cached view (view-cache.ts) sent compressed, compressed once: the same
// bytes go to every phone that asks until the lifter's data changes, so the
// brotli or gzip copy is kept with them instead of made again per answer
// (on the fly, a 2.6 MB analytics view cost ~45 ms of brotli each time), and
// a big one is compressed off the event loop (OFF_THREAD_FROM).
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body of a view's answer, once sent: it may be sent again as it is (repeat-answers.ts). */
    repeatable: Buffer | null;
    /** The server's clock when an API request came in (app.ts). */
    arrivedAt: Date | null;
  }
}

const JSON_UTF8 = 'application/json; charset=utf-8';
/** As @fastify/compress does for other answers (app.ts): smaller ones go as they are. */
const THRESHOLD = 1024;

type Encoding = 'br' | 'gzip';
const copies = new WeakMap<Buffer, Partial<Record<Encoding, Buffer>>>();

/** br if the client takes it, else gzip, else none; a q of 0 refuses. */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  const taken = new Set<string>();
  for (const part of text.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) taken.add(name);
  }
  if (taken.has('br')) return 'br';
  if (taken.has('gzip') || taken.has('x-gzip') || taken.has('*')) return 'gzip';
  return null;
}

/**
 * Views this big are compressed on libuv's thread pool: brotli of a 10-year
 * log's whole analytics (2.6 MB) takes 13-29 ms, which on the event loop
 * every other lifter's request would wait behind. Smaller ones (a day's
 * session is a few kB) cost less than the hand-off and stay synchronous.
 */
export const OFF_THREAD_FROM = 256 * 1024;

/**
 * From this size a view is compressed lighter. On a 10-year log's whole
 * analytics (2.6 MB), measured on one busy machine: brotli quality 5 took
 * 35 ms for 182 kB, quality 4 22 ms for 197 kB, quality 3 13 ms for 209 kB.
 * 27 kB more costs a phone less than 22 ms of waiting on a fair connection,
 * and the server's thread pool is free sooner: quality 3. Gzip (for the
 * few clients without brotli) likewise: level 1, 10 ms for 311 kB, where
 * level 3 took 19 ms for 284 kB.
 */
export const LIGHTER_FROM = 1024 * 1024;
/**
 * Off the event loop, the thread pool hands output back in chunks of this
 * size (zlib's default of 16 kB made a big view's compression a dozen round
 * trips: 29 against 23 ms). Synchronous compressions keep the default.
 */
const OFF_THREAD_CHUNK = 256 * 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const brotliOptions = (json: Buffer) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: json.length >= LIGHTER_FROM ? 3 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
});
const gzipOptions = (json: Buffer) => ({ level: json.length >= LIGHTER_FROM ? 1 : 6 });
const offThread = { chunkSize: OFF_THREAD_CHUNK };

/**
 * zlib's output can be a slice of its whole output buffer: a 435-byte copy
 * kept that way held 16 kB (256 kB with the bigger chunk) for as long as the
 * view is cached. A copy that fills less than half of what it holds is copied out.
 */
const tight = (out: Buffer): Buffer => (out.buffer.byteLength > 2 * out.length ? Buffer.from(out) : out);

/** The compressed copy kept with a view's bytes (made on first ask). Exported for tests. */
export function compressed(json: Buffer, encoding: Encoding): Buffer | Promise<Buffer> {
  let kept = copies.get(json);
  if (!kept) copies.set(json, (kept = {}));
  const done = kept[encoding];
  if (done !== undefined) return done;
  if (json.length < OFF_THREAD_FROM) return (kept[encoding] = tight(encoding === 'br' ? brotliCompressSync(json, brotliOptions(json)) : gzipSync(json, gzipOptions(json))));
  let pending = working.get(json)?.[encoding];
  if (pending === undefined) {
    const running = working.get(json) ?? {};
    working.set(json, running);
    // Kept only once made: a failed compression is tried again by the next answer.
    pending = running[encoding] = (encoding === 'br' ? brotliAsync(json, { ...brotliOptions(json), ...offThread }) : gzipAsync(json, { ...gzipOptions(json), ...offThread }))
      .then((out) => (kept[encoding] = tight(out)))
      .finally(() => delete running[encoding]);
  }
  return pending;
}

/** Compressions running off the event loop, shared by the answers that wait on them. */
const working = new WeakMap<Buffer, Partial<Record<Encoding, Promise<Buffer>>>>();

/**
 * Sends a view's JSON bytes, compressed as the client takes them. Its route
 * turns the compress plugin off: nothing may change the answer after the
 * app's own onSend hook, which keeps it to send again (repeat-answers.ts).
 * A big view not yet compressed answers a promise of the reply: return it
 * from the handler.
 *
 * The view must follow from the lifter's revision, the URL and the UTC day
 * alone: until one of them changes, its answer may be sent again as it is.
 */
export function sendJsonView(req: FastifyRequest, reply: FastifyReply, json: Buffer): FastifyReply | Promise<FastifyReply> {
  reply.type(JSON_UTF8);
  const send = (body: Buffer) => {
    req.repeatable = body;
    return reply.send(body);
  };
  if (json.length < THRESHOLD) return send(json);
  reply.header('vary', 'accept-encoding');
  const encoding = acceptedEncoding(req.headers['accept-encoding']);
  if (!encoding) return send(json);
  const body = compressed(json, encoding);
  if (!(body instanceof Promise)) {
    reply.header('content-encoding', encoding);
    return send(body);
  }
  // Should the thread pool fail to compress, the lifter still gets their view, as it is.
  return body.then(
    (b) => {
      reply.header('content-encoding', encoding);
      return send(b);
    },
    () => reply.send(json),
  );
}
