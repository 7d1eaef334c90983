// Node's HTTP parser refuses a request before Fastify sees it: a head over the
// size limit (431), a garbled request (400), a request too slow to arrive
// (408). The answer says "Connection: close" and the connection is then closed
// gracefully: the answer goes out before the FIN, and what the client still
// sends is read and dropped for a moment, so closing does not reset the
// connection and take the answer with it.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors.js';

/** How long a refused connection is drained before it is dropped. */
const LINGER_MS = 2_000;

function refusal(err: { code?: string }): ApiError {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new ApiError('headers_too_large', 'The request head (its line and headers) is over the 16 kB limit.');
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return new ApiError('payload_too_large', 'The chunk extensions of the request body are too large.');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new ApiError('request_timeout', 'The request took too long to arrive.');
    default:
      return new ApiError('bad_request', 'The request is not valid HTTP.');
  }
}

/** Fastify's `clientErrorHandler`: answers once, then closes the connection. */
export function answerClientError(this: FastifyInstance, err: Error & { code?: string }, duplex: Duplex): void {
  const socket = duplex as Socket & { _httpMessage?: { headersSent?: boolean } | null };
  // A reset connection has no one to answer; a refused one gets one answer only
  // (the parser reports each chunk that still comes while it drains).
  if (err.code === 'ECONNRESET' || socket.destroyed || socket.writableEnded) return;
  this.log.debug({ err }, 'refused a request the HTTP parser could not take');
  // An answer already under way on this connection cannot be followed by another.
  if (!socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const api = refusal(err);
  const body = JSON.stringify(api.toJSON());
  socket.end(
    `HTTP/1.1 ${api.status} ${STATUS_CODES[api.status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  const linger = setTimeout(() => socket.destroy(), LINGER_MS);
  linger.unref();
  socket.once('close', () => clearTimeout(linger));
}
