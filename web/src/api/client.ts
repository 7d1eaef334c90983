// The one way the app talks to the server: JSON over fetch with the session
// cookie. Every failure becomes an ApiError: the server's
// { error: { code, message, fields } } as it is, and "no connection" as code
// "offline" with status 0, so callers tell a refusal from a dropped network.
import type { FieldError } from '../../../src/contract/common.js';

export type { FieldError };

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    /** With 410: when the lifter deleted what the request would create again. */
    readonly deletedAt?: string,
  ) {
    super(message);
  }

  /** The request never got an answer (no network, server down): worth retrying. */
  get offline(): boolean {
    return this.status === 0;
  }

  /** The server's message for one field, if it named it. */
  field(name: string): string | undefined {
    return this.fields.find((f) => f.field === name)?.message;
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Tests pass their own. */
  fetch?: typeof fetch;
  /**
   * Only a live answer counts: a copy the service worker kept (sw.js marks it
   * x-bladework-from-cache) throws ApiError "offline" instead. For refreshing
   * the phone's own copy, which must never be overwritten by something older.
   */
  fresh?: boolean;
}

const FALLBACK: Record<number, string> = {
  401: 'Please log in again.',
  404: 'That was not found.',
  429: 'Too many tries; wait a little and try again.',
};

function toApiError(status: number, data: unknown): ApiError {
  const e = (data as { error?: { code?: unknown; message?: unknown; fields?: unknown; deletedAt?: unknown } } | null)?.error;
  if (e && typeof e.code === 'string' && typeof e.message === 'string') {
    const fields = Array.isArray(e.fields)
      ? e.fields.filter((f): f is FieldError => typeof f?.field === 'string' && typeof f?.message === 'string')
      : [];
    return new ApiError(status, e.code, e.message, fields, typeof e.deletedAt === 'string' ? e.deletedAt : undefined);
  }
  return new ApiError(status, status >= 500 ? 'internal' : 'bad_request', FALLBACK[status] ?? `The server answered ${status}; try again in a moment.`);
}

/** `path` is under /api/v1, e.g. "/profile". Resolves with the parsed JSON (undefined for 204). */
export async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await doFetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new ApiError(0, 'offline', 'No connection to the server right now.');
  }
  if (opts.fresh && res.headers.get('x-bladework-from-cache')) throw new ApiError(0, 'offline', 'No connection to the server right now.');
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: keep the status, drop the body.
  }
  if (!res.ok) throw toApiError(res.status, data);
  return data as T;
}
