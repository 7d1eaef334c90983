// A cached view (view-cache.ts) sent compressed, compressed once: the same
// bytes go to every phone that asks until the lifter's data changes, so the
// brotli or gzip copy is kept with them instead of made again per answer
// (on the fly, a 2.6 MB analytics view cost ~45 ms of brotli each time).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

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
  if (taken.has('gzip') || taken.has('*')) return 'gzip';
  return null;
}

function compressed(json: Buffer, encoding: Encoding): Buffer {
  let kept = copies.get(json);
  if (!kept) copies.set(json, (kept = {}));
  return (kept[encoding] ??=
    encoding === 'br'
      ? brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } })
      : gzipSync(json, { level: 6 }));
}

/** Sends a view's JSON bytes, compressed as the client takes them (the compress plugin leaves an encoded answer alone). */
export function sendJsonView(req: FastifyRequest, reply: FastifyReply, json: Buffer): FastifyReply {
  reply.type(JSON_UTF8);
  if (json.length < THRESHOLD) return reply.send(json);
  reply.header('vary', 'accept-encoding');
  const encoding = acceptedEncoding(req.headers['accept-encoding']);
  if (!encoding) return reply.send(json);
  return reply.header('content-encoding', encoding).send(compressed(json, encoding));
}
