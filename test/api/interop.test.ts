import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { commercialGym } from '../../src/engine/inventory-presets.js';
import type { ProgramInput } from '../../src/engine/model.js';
import { generatePlan } from '../../src/engine/program/index.js';
import { customExercises, history, logCombo, profiles, programs, type ExportDocument } from '../../src/store/index.js';
import { newClient, useApp, type Client } from '../support/api.js';
import { backends } from '../support/backends.js';
import { inclineRow, inputFor } from '../support/store-fixtures.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');
const csv = { 'content-type': 'text/csv' };
const importFile = (c: Client, name: string, query = '') => c.request('POST', `/api/v1/import${query}`, fixture(name), csv);

const FIXTURES = [
  { file: 'strong-semicolon-kg.csv', app: 'Strong', query: '', format: 'strong', rowsRead: 17, rowsImported: 12, sessions: 2, skipped: 3, custom: ['Face Pull (Cable)', 'Plank'], reason: { row: 7, reason: 'note row, not a set (added to the session notes)' } },
  { file: 'strong-comma-lb.csv', app: 'Strong', query: '?unit=lb', format: 'strong-comma', rowsRead: 10, rowsImported: 8, sessions: 2, skipped: 2, custom: ['Rowing (Machine)'], reason: { row: 9, reason: 'RPE 12 is outside 1-10' } },
  { file: 'strong-legacy-units.csv', app: 'Strong', query: '', format: 'strong-legacy', rowsRead: 7, rowsImported: 5, sessions: 2, skipped: 2, custom: ['Farmer Walk', 'Running'], reason: { row: 5, reason: 'Weight Unit "stone" is neither kg nor lb' } },
  { file: 'hevy-kg.csv', app: 'Hevy', query: '', format: 'hevy', rowsRead: 12, rowsImported: 10, sessions: 2, skipped: 2, custom: ['Treadmill'], reason: { row: 8, reason: 'set_type "superset" is not warmup, normal, failure or dropset' } },
  { file: 'hevy-lb.csv', app: 'Hevy', query: '?format=hevy', format: 'hevy', rowsRead: 5, rowsImported: 5, sessions: 1, skipped: 0, custom: ['Walking', 'Band Pullaparts'], reason: null },
  { file: 'fitnotes-kg.csv', app: 'FitNotes', query: '', format: 'fitnotes', rowsRead: 8, rowsImported: 6, sessions: 2, skipped: 2, custom: ['Plank', 'Running (Outdoor)'], reason: { row: 9, reason: 'Reps "six" is not a number' } },
] as const;

const programInput: ProgramInput = { split: 'upper_lower', days: ['mon', 'tue', 'thu', 'fri'], inventory: commercialGym('kg'), experience: 'intermediate' };

/** The export with the fields that belong to one account (see src/services/restore.ts) taken out. */
function comparable(doc: ExportDocument) {
  const names = new Map(doc.customExercises.map((e) => [e.id, e.name]));
  const ex = (id: string) => (names.has(id) ? `custom:${names.get(id)}` : id);
  const programTime = new Map(doc.programs.map((p) => [p.id, p.createdAt]));
  const set = ({ id: _, ...s }: ExportDocument['sessions'][number]['sets'][number]) => ({ ...s, exerciseId: ex(s.exerciseId) });
  return {
    profile: doc.profile && { document: doc.profile.document, updatedAt: doc.profile.updatedAt },
    customExercises: doc.customExercises.map(({ id: _, ...e }) => e),
    programs: doc.programs.map(({ id: _, userId: _u, createdBy: _c, parentId, ...p }) => ({ ...p, parent: parentId && programTime.get(parentId) })),
    sessions: doc.sessions
      .map(({ id: _, comboLogs, sets, ...s }) => ({
        ...s,
        sets: sets.map(set),
        comboLogs: comboLogs.map(({ id: _i, sessionId: _s, sets: logSets, ...l }) => ({ ...l, compoundExerciseId: ex(l.compoundExerciseId), shrugExerciseId: ex(l.shrugExerciseId), sets: logSets.map(set) })),
      }))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
    deletions: (doc.deletions ?? []).map(({ id: _, ...d }) => d),
  };
}

for (const backend of backends) {
  describe(`import and export on ${backend.name}`, () => {
    const ctx = useApp(backend);

    for (const f of FIXTURES) {
      it(`imports ${f.file}: counts, skipped rows with reasons, custom exercises, and the sessions in history`, async () => {
        const { app, store } = ctx();
        const c = await newClient(app);
        const res = await importFile(c, f.file, f.query);
        expect(res.statusCode).toBe(200);
        const { report } = res.json();
        expect(report).toMatchObject({ format: f.format, rowsRead: f.rowsRead, rowsImported: f.rowsImported, sessions: f.sessions, sessionsInserted: f.sessions, sessionsAlreadyThere: 0 });
        expect(report.skippedCount).toBe(f.skipped);
        expect(report.skipped).toHaveLength(f.skipped);
        if (f.reason) expect(report.skipped).toContainEqual(f.reason);
        expect(report.customExercises).toEqual(f.custom);
        expect(report.customExercisesCreated).toBe(f.custom.length);

        const page = await history(store.db, c.userId, { limit: 50 });
        expect(page.sessions).toHaveLength(f.sessions);
        expect(page.sessions.reduce((n, s) => n + s.sets.length, 0)).toBe(f.rowsImported);
        expect(new Set(page.sessions.map((s) => s.source))).toEqual(new Set([`import:${f.format.split('-')[0]}`]));
        // The answer names the format as GET /import/formats does, and history says where the sessions came from.
        const listed = (await c.request('GET', '/api/v1/import/formats')).json().formats.find((x: { id: string }) => x.id === f.format);
        expect(report.formatLabel).toBe(listed.label);
        expect(listed.app).toBe(f.app);
        const wire = (await c.request('GET', '/api/v1/history')).json().sessions;
        expect(wire.map((s: { sourceLabel: string }) => s.sourceLabel)).toEqual(wire.map(() => `Imported from ${f.app}`));
        // Sets of unmatched exercises point at the lifter's own custom exercises.
        const own = await customExercises.listCustomExercises(store.db, c.userId);
        expect(own.map((e) => e.name).sort()).toEqual([...f.custom].sort());
        const ids = new Set(page.sessions.flatMap((s) => s.sets.map((x) => x.exerciseId)).filter((id) => id.startsWith('custom:')));
        expect([...ids].sort()).toEqual(own.map((e) => e.id).sort());
      });
    }

    it('lists the formats it reads, without a login, and takes exactly those as ?format=', async () => {
      const { app } = ctx();
      const res = await app.inject({ method: 'GET', url: '/api/v1/import/formats' });
      expect(res.statusCode).toBe(200);
      const { formats } = res.json() as { formats: { id: string; app: string; label: string }[] };
      expect(formats.slice(0, 5)).toEqual([
        { id: 'strong', app: 'Strong', label: 'Strong (unit in the weight column’s name)' },
        { id: 'strong-comma', app: 'Strong', label: 'Strong (commas, no unit)' },
        { id: 'strong-legacy', app: 'Strong', label: 'Strong (older export with a unit column)' },
        { id: 'hevy', app: 'Hevy', label: 'Hevy' },
        { id: 'fitnotes', app: 'FitNotes', label: 'FitNotes' },
      ]);
      const c = await newClient(app);
      const unknown = await importFile(c, 'hevy-kg.csv', '?format=myfitnesspal');
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields[0].field).toBe('format');
      const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.paths['/api/v1/import'].post.parameters.find((p: { name: string }) => p.name === 'format').schema.enum).toEqual(formats.map((f) => f.id));
    });

    it('imports a StrongLifts 5×5 export: a row of sets becomes its sets, a failed set is kept, history names the app', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      const { formats } = (await c.request('GET', '/api/v1/import/formats')).json();
      expect(formats).toContainEqual({ id: 'stronglifts', app: 'StrongLifts 5×5', label: 'StrongLifts 5×5' });
      const res = await importFile(c, 'stronglifts-kg.csv');
      expect(res.statusCode).toBe(200);
      expect(res.json().report).toMatchObject({ format: 'stronglifts', formatLabel: 'StrongLifts 5×5', rowsRead: 11, rowsImported: 8, skippedCount: 3, sessions: 3, sessionsInserted: 3, customExercises: ['Chinups'], customExercisesCreated: 1 });
      const { sessions } = await history(store.db, c.userId, { limit: 10 });
      expect(sessions.map((s) => [s.date, s.startedAt, s.name, s.source, s.sets.length])).toEqual([
        ['2024-03-08', '2024-03-08T07:37:00', 'Workout A', 'import:stronglifts', 5],
        ['2024-03-06', '2024-03-06T18:10:00', 'Workout B', 'import:stronglifts', 13],
        ['2024-03-04', '2024-03-04T18:05:00', 'Workout A', 'import:stronglifts', 15],
      ]);
      const bench = sessions[2]!.sets.filter((s) => s.exerciseId === 'bench_press');
      expect(bench.map((s) => [s.kind, s.load, s.unit, s.reps, s.toFailure])).toEqual([
        ...Array(3).fill(['normal', 62.5, 'kg', 5, false]),
        ['normal', 62.5, 'kg', 3, false],
        ['failure', 62.5, 'kg', 0, true],
      ]);
      // Bodyweight chin-ups (no weight logged) are stored with load 0, under the lifter's own exercise.
      expect(sessions[1]!.sets.filter((s) => s.exerciseId.startsWith('custom:')).map((s) => [s.load, s.reps])).toEqual([[0, 10], [0, 8], [0, 6]]);
      const wire = (await c.request('GET', '/api/v1/history')).json().sessions;
      expect(wire.map((s: { sourceLabel: string }) => s.sourceLabel)).toEqual(Array(3).fill('Imported from StrongLifts 5×5'));
      expect((await importFile(c, 'stronglifts-kg.csv', '?format=stronglifts')).json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: 3 });
      expect((await importFile(c, 'fitnotes-kg.csv', '?format=stronglifts')).statusCode).toBe(400);
    });

    it('keeps kg and lb, decimal commas, warm-ups and RPE as reps in reserve', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      await importFile(c, 'strong-semicolon-kg.csv');
      const { sessions } = await history(store.db, c.userId, { limit: 10 });
      const pull = sessions.find((s) => s.name === 'Pull')!;
      expect(pull.sets.slice(0, 3).map((s) => [s.exerciseId, s.kind, s.load, s.unit, s.reps, s.rir])).toEqual([
        ['barbell_deadlift', 'warmup', 60, 'kg', 5, null],
        ['barbell_deadlift', 'warmup', 100, 'kg', 3, null],
        ['barbell_deadlift', 'normal', 142.5, 'kg', 7, 2],
      ]);
      await importFile(c, 'hevy-lb.csv');
      const upper = (await history(store.db, c.userId, { limit: 10 })).sessions.find((s) => s.name === 'Thursday - Upper')!;
      expect(upper.sets[1]).toMatchObject({ exerciseId: 'bench_press', load: 205.5, unit: 'lb', rir: 1 });
    });

    it('re-importing the same file changes nothing and says the sessions were already there', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      await importFile(c, 'strong-semicolon-kg.csv');
      const before = await history(store.db, c.userId, { limit: 50 });
      const again = (await importFile(c, 'strong-semicolon-kg.csv')).json().report;
      expect(again).toMatchObject({ sessions: 2, sessionsInserted: 0, sessionsAlreadyThere: 2, customExercisesCreated: 0 });
      expect(await history(store.db, c.userId, { limit: 50 })).toEqual(before);
      // Another file naming an exercise the lifter already has reuses it.
      expect((await importFile(c, 'fitnotes-kg.csv')).json().report.customExercisesCreated).toBe(1);
    });

    it('takes a file larger than the usual body limit, up to 50 MB', async () => {
      const c = await newClient(ctx().app);
      const head = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n';
      const rows = Array.from({ length: 6000 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')} 18:00:00,"Day ${i % 28}",1h,"Deadlift (Barbell)",${(i % 5) + 1},100,5,0,0,"","",\n`);
      const body = head + rows.join('');
      expect(body.length).toBeGreaterThan(256 * 1024);
      const res = await c.request('POST', '/api/v1/import', body, csv);
      expect(res.statusCode).toBe(200);
      expect(res.json().report).toMatchObject({ rowsImported: 6000, sessions: 28, sessionsInserted: 28 });
      const huge = await c.request('POST', '/api/v1/import', head + 'x'.repeat(50 * 1024 * 1024), csv);
      expect(huge.statusCode).toBe(413);
      expect(huge.json().error.code).toBe('payload_too_large');
    });

    it('answers 413 to a streamed file that passes 50 MB with no length given, and stores none of it', async () => {
      const c = await newClient(ctx().app);
      const head = 'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n';
      const line = Buffer.from('2024-01-02 18:00:00,"Day",1h,"Deadlift (Barbell)",1,100,5,0,0,"","",\n'.repeat(10_000));
      const chunks = Math.ceil((50 * 1024 * 1024) / line.length) + 1;
      const body = Readable.from((function* () {
        yield Buffer.from(head);
        for (let i = 0; i < chunks; i++) yield line;
      })());
      const res = await ctx().app.inject({ method: 'POST', url: '/api/v1/import', payload: body, headers: csv, cookies: { bladework_session: c.cookie } });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe('payload_too_large');
      const page = (await c.request('GET', '/api/v1/history')).json();
      expect(page.sessions).toEqual([]);
    });

    it('documents the file upload in the OpenAPI document, so the docs page shows how to send it', async () => {
      const doc = (await ctx().app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const body = doc.paths['/api/v1/import'].post.requestBody;
      expect(Object.keys(body.content)).toEqual(['text/csv']);
      expect(body.content['text/csv'].schema).toMatchObject({ type: 'string', format: 'binary' });
    });

    it('refuses a file it cannot read with 400 and the reason, and writes nothing', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      const res = await c.request('POST', '/api/v1/import', 'when,what,how much\n2024-01-01,squat,100\n', csv);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect(res.json().error.message).toMatch(/header/i);
      const wrong = await importFile(c, 'strong-semicolon-kg.csv', '?format=hevy');
      expect(wrong.statusCode).toBe(400);
      expect((await c.request('POST', '/api/v1/import', '', csv)).json().error.message).toBe('The file is empty.');
      expect((await c.request('POST', '/api/v1/import', { rows: [] })).statusCode).toBe(400);
      expect((await importFile(c, 'hevy-kg.csv', '?unit=stone')).json().error.fields).toEqual([{ field: 'unit', message: 'must be "kg" or "lb"' }]);
      expect((await history(store.db, c.userId, { limit: 5 })).sessions).toEqual([]);
    });

    it('answers 401 on every endpoint without a session', async () => {
      const { app } = ctx();
      for (const [method, url] of [['POST', '/api/v1/import'], ['POST', '/api/v1/import/json'], ['GET', '/api/v1/export.json'], ['GET', '/api/v1/export.csv'], ['GET', '/api/v1/calendar.ics']] as const) {
        const res = await app.inject({ method, url, ...(method === 'POST' ? { payload: 'Date\n', headers: csv } : {}) });
        expect([401, 400]).toContain(res.statusCode);
        if (url !== '/api/v1/import/json') expect(res.statusCode).toBe(401);
      }
    });

    it('export JSON -> import into a fresh account -> export gives the same document but for account fields', async () => {
      const { app, store } = ctx();
      const a = await newClient(app, 'exporter');
      const db = store.db;
      await profiles.putProfile(db, a.userId, { unit: 'kg', bodyweight: 82, experience: 'intermediate', split: 'upper_lower', days: programInput.days, inventory: programInput.inventory }, new Date('2025-01-02T10:00:00.000Z'));
      const first = await programs.insertProgram(db, { userId: a.userId, createdBy: a.userId, kind: 'generated', input: programInput, plan: generatePlan(programInput) }, new Date('2025-01-02T10:01:00.000Z'));
      const edited = { ...programInput, days: ['mon', 'wed', 'fri', 'sat'] } as ProgramInput;
      await programs.insertProgram(db, { userId: a.userId, createdBy: a.userId, kind: 'edited', input: edited, plan: generatePlan(edited), parentId: first.id }, new Date('2025-01-03T10:00:00.000Z'));
      await importFile(a, 'strong-semicolon-kg.csv');
      await importFile(a, 'hevy-kg.csv');
      const session = { id: crypto.randomUUID() };
      await logCombo(db, a.userId, { ...inputFor(inclineRow, session), sessionName: 'Pull day', notes: 'bench at 30 degrees' }, new Date('2025-03-04T17:00:00.000Z'));
      await logCombo(db, a.userId, inputFor({ ...inclineRow, rampUp: [{ load: 20, reps: 8 }], compound: { load: 35, reps: 9, rir: 2.5 } }, session), new Date('2025-03-04T17:05:00.000Z'));
      await logCombo(db, a.userId, inputFor({ ...inclineRow, date: '2025-03-06' }), new Date('2025-03-06T17:00:00.000Z'));

      const exported = await a.request('GET', '/api/v1/export.json');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toMatch(/^attachment; filename="bladework-.*\.json"$/);
      const doc = exported.json() as ExportDocument;
      expect(doc.sessions).toHaveLength(6);
      expect(doc.programs).toHaveLength(2);

      const b = await newClient(app, 'importer');
      const imported = await b.request('POST', '/api/v1/import/json', doc);
      expect(imported.statusCode).toBe(200);
      expect(imported.json().report).toEqual({ profile: true, customExercisesCreated: 3, programsInserted: 2, sessionsInserted: 6, sessionsAlreadyThere: 0, deletedLeftOut: 0, deletionsApplied: 0 });
      const back = (await b.request('GET', '/api/v1/export.json')).json() as ExportDocument;
      expect(comparable(back)).toEqual(comparable(doc));
      expect(back.user.id).toBe(b.userId);
      // New ids: nothing of the first account's is shared.
      const aIds = new Set(doc.sessions.flatMap((s) => [s.id, ...s.sets.map((x) => x.id), ...s.comboLogs.flatMap((l) => [l.id, ...l.sets.map((x) => x.id)])]));
      expect(back.sessions.some((s) => aIds.has(s.id) || s.sets.some((x) => aIds.has(x.id)) || s.comboLogs.some((l) => aIds.has(l.id)))).toBe(false);
      // The newest program is the current one in the new account too.
      expect((await programs.currentProgram(db, b.userId))!.input.days).toEqual(['mon', 'wed', 'fri', 'sat']);

      // Importing it again adds nothing; the first account is untouched.
      expect((await b.request('POST', '/api/v1/import/json', doc)).json().report).toMatchObject({ customExercisesCreated: 0, programsInserted: 0, sessionsInserted: 0, sessionsAlreadyThere: 6 });
      expect(comparable((await b.request('GET', '/api/v1/export.json')).json())).toEqual(comparable(doc));
      expect(comparable((await a.request('GET', '/api/v1/export.json')).json())).toEqual(comparable(doc));

      // Back into the account that wrote it (a restore): ids are kept, so nothing doubles.
      expect((await a.request('POST', '/api/v1/import/json', doc)).json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: 6, programsInserted: 0 });
      expect((await a.request('GET', '/api/v1/export.json')).json().sessions).toEqual(doc.sessions);
    });

    it('round-trips what the app writes besides rounds: a renamed own exercise, session notes, loose sets after a deletion', async () => {
      const { app, store } = ctx();
      const a = await newClient(app, 'accessories');
      const own = (await a.request('POST', '/api/v1/exercises', { name: 'Face Pull' })).json().exercise;
      expect((await a.request('PATCH', `/api/v1/exercises/${own.id}`, { name: 'Cable Face Pull', pattern: 'horizontal_pull' })).statusCode).toBe(200);
      const withRound = crypto.randomUUID();
      const round = inputFor(inclineRow, { id: withRound });
      await logCombo(store.db, a.userId, round);
      const loose = (sessionId: string, over: Record<string, unknown>) =>
        a.request('POST', '/api/v1/sets', { id: crypto.randomUUID(), sessionId, date: inclineRow.date, unit: 'kg', kind: 'normal', exerciseId: own.id, load: 20, reps: 15, ...over });
      expect((await loose(withRound, { notes: 'slow negatives' })).statusCode).toBe(201);
      const onlySets = crypto.randomUUID();
      const gone = crypto.randomUUID();
      for (const over of [{ exerciseId: 'lat_pulldown', load: 60, reps: 10, rir: 1 }, { id: gone }, { kind: 'dropset', load: 15, reps: 9, restSeconds: 120 }]) {
        expect((await loose(onlySets, over)).statusCode).toBe(201);
      }
      expect((await a.request('DELETE', `/api/v1/sets/${gone}`)).statusCode).toBe(204);
      expect((await a.request('PATCH', `/api/v1/sessions/${withRound}`, { name: 'Pull day', notes: 'bench at 30 degrees' })).statusCode).toBe(200);

      const doc = (await a.request('GET', '/api/v1/export.json')).json() as ExportDocument;
      expect(doc.customExercises.map((e) => [e.name, e.pattern])).toEqual([['Cable Face Pull', 'horizontal_pull']]);
      expect(doc.sessions.map((s) => [s.source, s.notes, s.comboLogs.length, s.sets.map((x) => x.position)])).toEqual([
        ['app', 'bench at 30 degrees', 1, [0]],
        ['app', null, 0, [0, 2]],
      ]);
      const b = await newClient(app, 'accessories-importer');
      expect((await b.request('POST', '/api/v1/import/json', doc)).json().report).toEqual({ profile: false, customExercisesCreated: 1, programsInserted: 0, sessionsInserted: 2, sessionsAlreadyThere: 0, deletedLeftOut: 0, deletionsApplied: 0 });
      const back = (await b.request('GET', '/api/v1/export.json')).json() as ExportDocument;
      expect(comparable(back)).toEqual(comparable(doc));
      // Into the account that wrote it, nothing doubles.
      expect((await a.request('POST', '/api/v1/import/json', doc)).json().report).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: 2 });
      expect((await a.request('GET', '/api/v1/export.json')).json().sessions).toEqual(doc.sessions);
    });

    it('refuses a malformed export document, naming the fields', async () => {
      const { app } = ctx();
      const c = await newClient(app);
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      const bad = {
        ...doc,
        extra: 1,
        sessions: [{ id: 's1', date: '2024-02-30', startedAt: null, name: null, source: 'import:strong', notes: null, createdAt: doc.exportedAt, comboLogs: [], sets: [{ id: 'x', position: 0, kind: 'normal', exerciseId: 'custom:nope', load: 10, unit: 'kg', reps: -1, rir: null, toFailure: false, seconds: null, distance: null, notes: null }] }],
      };
      const res = await c.request('POST', '/api/v1/import/json', bad);
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.fields.map((f: { field: string }) => f.field);
      expect(fields).toEqual(expect.arrayContaining(['extra', 'sessions[0].date', 'sessions[0].sets[0].reps']));
    });

    it('takes back sessions from a format this server does not read, and refuses a source that is not app or import:<id>', async () => {
      const { app } = ctx();
      const c = await newClient(app);
      const doc = (await c.request('GET', '/api/v1/export.json')).json();
      const session = (id: string, source: string) => ({ id, date: '2024-03-05', startedAt: null, name: 'Later app', source, notes: null, createdAt: doc.exportedAt, comboLogs: [], sets: [{ id: `${id}-set`, position: 0, kind: 'normal', exerciseId: 'bench_press', load: 60, unit: 'kg', reps: 5, rir: null, toFailure: false, seconds: null, distance: null, notes: null }] });
      const bad = await c.request('POST', '/api/v1/import/json', { ...doc, sessions: ['web', 'import:', 'import:Strong', 'import:strong; drop table'].map((source, i) => session(`bad${i}`, source)) });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field)).toEqual([0, 1, 2, 3].map((i) => `sessions[${i}].source`));
      const ok = await c.request('POST', '/api/v1/import/json', { ...doc, sessions: [session('later', 'import:some-later-app')] });
      expect(ok.statusCode).toBe(200);
      const [stored] = (await c.request('GET', '/api/v1/history')).json().sessions;
      expect(stored).toMatchObject({ source: 'import:some-later-app', sourceLabel: 'Imported' });
      expect((await c.request('GET', '/api/v1/export.json')).json().sessions[0].source).toBe('import:some-later-app');
    });

    it('exports every set as CSV: a header, then one row per set', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      await importFile(c, 'hevy-kg.csv');
      await logCombo(store.db, c.userId, inputFor({ ...inclineRow, rampUp: [{ load: 20, reps: 8 }, { load: 27.5, reps: 5 }] }));
      const res = await c.request('GET', '/api/v1/export.csv');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bladework-sets-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = res.body.split('\r\n').filter((l) => l !== '');
      expect(lines[0]).toBe('date,started_at,session,exercise,exercise_id,position,kind,load,unit,reps,rpe,seconds,distance_m,notes,session_notes,rest_seconds');
      expect(lines).toHaveLength(1 + 10 + 4);
      expect(lines.filter((l) => l.startsWith('2025-03-04,'))).toHaveLength(4);
      expect(lines.some((l) => l.includes(',Treadmill,custom:treadmill,'))).toBe(true);
    });

    it('serves the plan as iCalendar, one event per training day per week, also to a personal token in the URL', async () => {
      const { app, store } = ctx();
      const c = await newClient(app);
      expect((await c.request('GET', '/api/v1/calendar.ics')).statusCode).toBe(404);
      const plan = generatePlan(programInput);
      await programs.insertProgram(store.db, { userId: c.userId, createdBy: c.userId, kind: 'generated', input: programInput, plan });
      const res = await c.request('GET', '/api/v1/calendar.ics?weeks=3&start=2025-06-02');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(plan.days.length * 3);
      expect(res.body).toContain('DTSTART;VALUE=DATE:20250602');

      const { token } = (await c.request('POST', '/api/v1/tokens', { name: 'calendar' })).json();
      const viaToken = await app.inject({ method: 'GET', url: `/api/v1/calendar.ics?weeks=3&start=2025-06-02&token=${token}` });
      expect(viaToken.statusCode).toBe(200);
      // The same calendar; DTSTAMP is the moment of each answer, and the two may straddle a second.
      const unstamped = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP');
      expect(unstamped(viaToken.body)).toBe(unstamped(res.body));
      expect((await app.inject({ method: 'GET', url: '/api/v1/calendar.ics?token=not-a-token' })).statusCode).toBe(401);
      // A session token is not accepted in a URL.
      expect((await app.inject({ method: 'GET', url: `/api/v1/calendar.ics?token=${c.cookie}` })).statusCode).toBe(401);
      expect((await c.request('GET', '/api/v1/calendar.ics?weeks=0&start=2025-02-30')).json().error.fields.map((f: { field: string }) => f.field)).toEqual(['weeks', 'start']);
    });

    it("never shows one lifter's data to another", async () => {
      const { app, store } = ctx();
      const a = await newClient(app, 'owner');
      await importFile(a, 'strong-semicolon-kg.csv');
      await programs.insertProgram(store.db, { userId: a.userId, createdBy: a.userId, kind: 'generated', input: programInput, plan: generatePlan(programInput) });
      const b = await newClient(app, 'other');
      const doc = (await b.request('GET', '/api/v1/export.json')).json();
      expect(doc.user.id).toBe(b.userId);
      expect(doc.sessions).toEqual([]);
      expect(doc.customExercises).toEqual([]);
      expect(doc.programs).toEqual([]);
      expect((await b.request('GET', '/api/v1/export.csv')).body.split('\r\n').filter((l) => l !== '')).toHaveLength(1);
      expect((await b.request('GET', '/api/v1/calendar.ics')).statusCode).toBe(404);
      // B importing the same file gets sessions of their own, with other ids.
      const report = (await importFile(b, 'strong-semicolon-kg.csv')).json().report;
      expect(report).toMatchObject({ sessionsInserted: 2, sessionsAlreadyThere: 0 });
      const [mine, theirs] = await Promise.all([history(store.db, a.userId, { limit: 5 }), history(store.db, b.userId, { limit: 5 })]);
      expect(theirs.sessions.map((s) => s.id).some((id) => mine.sessions.some((m) => m.id === id))).toBe(false);
    });
  });
}
