import { describe, expect, it } from 'vitest';
import { ApiError, request } from './client.js';

const answering = (res: Response) => async () => res;

describe('the API client', () => {
  it('turns the server’s error shape into an ApiError naming the fields', async () => {
    const body = { error: { code: 'bad_request', message: 'Some fields need fixing', fields: [{ field: 'bodyweight', message: 'must be above 0' }] } };
    const err = await request('PUT', '/profile', {}, { fetch: answering(Response.json(body, { status: 400 })) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 400, code: 'bad_request', message: 'Some fields need fixing' });
    expect((err as ApiError).field('bodyweight')).toBe('must be above 0');
  });

  it('reports no connection as an offline error', async () => {
    const err = (await request('GET', '/me', undefined, { fetch: async () => Promise.reject(new TypeError('Failed to fetch')) }).catch((e: unknown) => e)) as ApiError;
    expect(err.offline).toBe(true);
  });

  it('refuses the service worker’s kept copy when a live answer is required', async () => {
    const kept = () => Response.json({ profile: null }, { headers: { 'x-bladework-from-cache': '1' } });
    expect(await request('GET', '/profile', undefined, { fetch: async () => kept() })).toEqual({ profile: null });
    const err = (await request('GET', '/profile', undefined, { fetch: async () => kept(), fresh: true }).catch((e: unknown) => e)) as ApiError;
    expect(err.offline).toBe(true);
  });

  it('keeps the status when an error page is not JSON', async () => {
    const err = (await request('GET', '/plan', undefined, { fetch: answering(new Response('<html>Bad gateway</html>', { status: 502 })) }).catch((e: unknown) => e)) as ApiError;
    expect(err).toMatchObject({ status: 502, code: 'internal' });
  });
});
