// One error type for the API, one code→status table, one JSON shape:
// { error: { code, message, fields? } } (contract/common.ts).
import type { FieldError } from '../contract/common.js';

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  request_timeout: 408,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  headers_too_large: 431,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type { FieldError };

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    /** With 'gone': when the lifter deleted it. */
    readonly deletedAt?: string,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}), ...(this.deletedAt ? { deletedAt: this.deletedAt } : {}) } };
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found`);
