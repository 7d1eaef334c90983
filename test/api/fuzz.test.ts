// Property-based fuzzing of every operation in the OpenAPI document: whatever
// arrives, the answer is never a 5xx. Bodies are random JSON, and valid-looking
// documents with one field knocked out of shape, control characters included
// (NUL was a 500 on PostgreSQL).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newClient, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const weird = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 31),
  fc.string(),
  fc.constantFrom('', ' ', '2026-02-30', '0000-00-00', 'mon', 'kg', 'deadlift_elevation', '../../etc/passwd', '\u0000', '💪'),
  // Every control character, alone and inside text.
  fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => `a${String.fromCharCode(c)}b`),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

/** Valid-ish bodies to mutate, by route, so the fuzzer gets past the first check. */
const SEEDS: Record<string, Record<string, unknown>> = {
  'POST /api/v1/combos': {
    id: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a01', sessionId: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a02', date: '2026-11-20', combo: 'deadlift_elevation', unit: 'kg',
    compound: { id: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a03', load: 140, reps: 8, rir: 2 },
    shrug: { id: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a04', load: 140, reps: 12, toFailure: true }, secondsBetween: 1,
  },
  'POST /api/v1/sets': {
    id: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a05', sessionId: '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1a06', date: '2025-03-03', exerciseId: 'lat_pulldown',
    kind: 'normal', load: 60, unit: 'kg', reps: 10, rir: 2, restSeconds: 90, notes: 'slow',
  },
  'POST /api/v1/exercises': { name: 'Fuzz Press', pattern: 'vertical_press' },
  'PATCH /api/v1/exercises/{id}': { name: 'Fuzz Row Renamed', pattern: null },
  'PATCH /api/v1/sessions/{id}': { name: 'Fuzz day', notes: 'felt fine' },
  'PUT /api/v1/profile': { unit: 'kg', bodyweight: 80, experience: 'intermediate', split: 'push_pull_legs', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], equipment: { preset: 'commercial' } },
  'POST /api/v1/auth/register': { email: 'fuzz@example.org', password: 'long enough password' },
  'POST /api/v1/auth/login': { email: 'fuzz@example.org', password: 'long enough password' },
  'POST /api/v1/auth/password': { currentPassword: 'correct horse battery', newPassword: 'another long password' },
  'POST /api/v1/tokens': { name: 'fuzz phone' },
  'POST /api/v1/coach/accept': { code: 'not-a-real-invite-code' },
};

function mutate(seed: Record<string, unknown>) {
  const keys = Object.keys(seed);
  return fc.record({ key: fc.constantFrom(...keys, '__extra__'), value: weird, nested: fc.boolean() }).map(({ key, value, nested }) => {
    const copy = structuredClone(seed) as Record<string, unknown>;
    const target = copy[key];
    if (nested && target && typeof target === 'object' && !Array.isArray(target)) {
      const inner = target as Record<string, unknown>;
      const k = Object.keys(inner)[0];
      if (k) inner[k] = value;
    } else copy[key] = value;
    return copy;
  });
}

for (const backend of backends) {
  describe(`fuzzing bodies on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('never answers 5xx to any body or query on any endpoint', async () => {
      const { app } = ctx();
      const user = await newClient(app, 'fuzz');
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
      const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
      expect(routes.length).toBeGreaterThan(10);
      // Path ids the lifter owns (an exercise; a session and a loose set under one
      // uuid), so bodies get past the lookup and reach the writes.
      const ID = '7b0e1a8e-6a57-4c55-9d0e-5f0f4f7a1aff';
      const exercise = (await user.request('POST', '/api/v1/exercises', { name: 'Fuzz Row' })).json().exercise.id as string;
      const owned = await user.request('POST', '/api/v1/sets', { id: ID, sessionId: ID, date: '2025-03-03', exerciseId: exercise, kind: 'normal', load: 40, unit: 'kg', reps: 12 });
      expect(owned.statusCode).toBe(201);
      const fill = (path: string) => path.replace(/\{[^}]+\}/g, path.startsWith('/api/v1/exercises/') ? exercise : ID);
      // Logging out and changing the password end the fuzzing session: they go last.
      const last = (p: string) => p.endsWith('/auth/logout') || p.endsWith('/auth/password');
      routes.sort((a, b) => Number(last(a.path)) - Number(last(b.path)));
      for (const { method, path } of routes) {
        const seed = SEEDS[`${method} ${path}`];
        const bodies = seed ? fc.oneof(mutate(seed), fc.jsonValue()) : fc.jsonValue();
        await fc.assert(
          fc.asyncProperty(bodies, fc.dictionary(fc.constantFrom('day', 'date', 'limit', 'before', 'combo', 'asOf', 'weeks', 'unit', 'format', 'start'), fc.string({ maxLength: 12 })), async (body, query) => {
            const qs = new URLSearchParams(query).toString();
            const res = await user.request(method, `${fill(path)}${qs ? `?${qs}` : ''}`, method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body), { 'content-type': 'application/json' });
            if (res.statusCode >= 500) throw new Error(`${method} ${path}?${qs} with ${JSON.stringify(body)} → ${res.statusCode} ${res.body}`);
          }),
          { numRuns: method === 'GET' ? 15 : 40, seed: 4242 },
        );
      }
    }, 120_000);
  });
}
