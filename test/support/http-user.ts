// A user of a running server over real HTTP: register, then a Bearer token.
import { randomUUID } from 'node:crypto';

export interface HttpUser {
  token: string;
  cookie: string;
  call(base: string, method: string, path: string, body?: unknown): Promise<Response>;
}

export async function registerOverHttp(base: string): Promise<HttpUser> {
  const email = `crash-${randomUUID()}@example.org`;
  const reg = await fetch(new URL('/api/v1/auth/register', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery' }),
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${await reg.text()}`);
  const cookie = (reg.headers.get('set-cookie') ?? '').split(';')[0]!;
  const tok = await fetch(new URL('/api/v1/tokens', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'test' }),
  });
  const { token } = (await tok.json()) as { token: string };
  return {
    token,
    cookie,
    call: (b, method, path, body) =>
      fetch(new URL(path, b), {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** One deadlift combo round with fresh client ids. */
export function comboBody(sessionId: string, date: string, n: number) {
  return {
    id: randomUUID(),
    sessionId,
    date,
    combo: 'deadlift_elevation',
    unit: 'kg',
    compound: { id: randomUUID(), load: 100 + (n % 20) * 2.5, reps: 8, rir: 2 },
    shrug: { id: randomUUID(), load: 100 + (n % 20) * 2.5, reps: 12, toFailure: true },
    secondsBetween: 1,
  };
}
