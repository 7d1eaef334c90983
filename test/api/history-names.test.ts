// The history page names the lifter's own exercises its imported sets use,
// so the app can show "Face Pull (Cable)" instead of an id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/engine/catalog/index.js';
import { customExercises } from '../../src/store/index.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';

const strong = readFileSync(new URL('../fixtures/import/strong-semicolon-kg.csv', import.meta.url), 'utf8');
const importStrong = (c: Client) => c.request('POST', '/api/v1/import', strong, { 'content-type': 'text/csv' });

interface Page {
  sessions: { sets: { exerciseId: string }[] }[];
  exerciseNames: Record<string, string>;
}

for (const backend of backends) {
  describe(`history exercise names on ${backend.name}`, () => {
    const ctx = useApp(backend);

    it('names every own exercise the page’s sets use, and no catalog one', async () => {
      const { app, store } = ctx();
      const ana = await newClient(app, 'ana');
      expect((await importStrong(ana)).statusCode).toBe(200);
      const page = (await ana.request('GET', '/api/v1/history')).json() as Page;
      const own = new Map((await customExercises.listCustomExercises(store.db, ana.userId)).map((e) => [e.id, e.name]));
      expect([...own.values()].sort()).toEqual(['Face Pull (Cable)', 'Plank']);

      const used = new Set(page.sessions.flatMap((s) => s.sets.map((set) => set.exerciseId)));
      for (const id of used) {
        if (findExercise(id)) expect(page.exerciseNames[id]).toBeUndefined();
        else expect(page.exerciseNames[id]).toBe(own.get(id));
      }
      expect(Object.values(page.exerciseNames).sort()).toEqual(['Face Pull (Cable)', 'Plank']);
    });

    it('gives an empty map for a page without own exercises, and never another lifter’s names', async () => {
      const { app } = ctx();
      const ana = await newClient(app, 'ana');
      const ben = await newClient(app, 'ben');
      await importStrong(ana);
      expect((await ben.request('GET', '/api/v1/history')).json()).toMatchObject({ sessions: [], exerciseNames: {} });
      // A page one session long holds that session's own exercises only.
      const first = (await ana.request('GET', '/api/v1/history?limit=1')).json() as Page;
      const used = new Set(first.sessions.flatMap((s) => s.sets.map((set) => set.exerciseId)));
      expect(Object.keys(first.exerciseNames).every((id) => used.has(id))).toBe(true);
    });
  });
}
