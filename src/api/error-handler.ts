// The one place errors become HTTP answers: { error: { code, message, fields? } }.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ConflictError, GoneError, NotFoundError } from '../store/index.js';
import { ApiError, type FieldError } from './errors.js';

const CONTEXT: Record<string, string> = { body: '', querystring: '', params: '', headers: 'header ' };

/** "/sets/2/reps" → "sets[2].reps" */
function fieldName(context: string | undefined, instancePath: string): string {
  let out = '';
  for (const part of instancePath.split('/').filter(Boolean)) out += /^\d+$/.test(part) ? `[${part}]` : `${out ? '.' : ''}${part}`;
  return `${CONTEXT[context ?? ''] ?? ''}${out || (context === 'body' ? '(body)' : '(query)')}`;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const ctx = (err as FastifyError).validationContext;
    const fields: FieldError[] = err.validation.flatMap((v) => {
      // Unknown fields are refused one by one, each named.
      const keys = v.keyword === 'unrecognized_keys' ? ((v.params as { keys?: string[] }).keys ?? []) : [];
      if (keys.length > 0) return keys.map((k) => ({ field: fieldName(ctx, `${v.instancePath}/${k}`), message: 'is not a field this endpoint takes' }));
      // No body, or JSON that is not an object: zod's own words name types, ours say what to send.
      if (ctx === 'body' && (v.instancePath === '/' || v.instancePath === '') && v.keyword === 'invalid_type') return [{ field: '(body)', message: 'must be a JSON object of the fields this endpoint takes' }];
      return [{ field: fieldName(ctx, v.instancePath), message: v.message ?? 'is not valid' }];
    });
    return new ApiError('bad_request', `Some fields need fixing: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  if (err instanceof NotFoundError) return new ApiError('not_found', err.message);
  if (err instanceof ConflictError) return new ApiError('conflict', err.message);
  if (err instanceof GoneError) return new ApiError('gone', err.message, undefined, err.deletedAt);
  const fe = err as FastifyError;
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiError('payload_too_large', 'The request body is too large.');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new ApiError('bad_request', `Unsupported content type: ${fe.message}`);
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe instanceof SyntaxError) {
    return new ApiError('bad_request', 'The request body is not valid JSON.');
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = fe.statusCode === 404 ? 'not_found' : fe.statusCode === 429 ? 'too_many_requests' : fe.statusCode === 413 ? 'payload_too_large' : 'bad_request';
    return new ApiError(code, fe.message);
  }
  return new ApiError('internal', 'Something went wrong on our side; nothing was saved half-way. Try again.');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const api = toApiError(err);
    if (api.status >= 500) req.log.error({ err }, 'request failed');
    return reply.status(api.status).send(api.toJSON());
  });
  app.setNotFoundHandler((req, reply) => {
    const api = new ApiError('not_found', `No such endpoint: ${req.method} ${req.url.split('?')[0]}`);
    return reply.status(404).send(api.toJSON());
  });
}
