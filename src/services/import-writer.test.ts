// A CSV import written as it is read must store exactly what reading the file
// whole gives (importCsv, the reference): sessions split across the file, rest
// timers and note rows that land after their set's batch was written, notes
// given on a later row, custom exercises. And it stays all or nothing.
import { describe, expect, it } from 'vitest';
import { importCsv, ROWS_PER_TURN } from '../interop/import.js';
import { customExercises, exportAll, users } from '../store/index.js';
import { backends, useMigratedStore } from '../../test/support/backends.js';
import { importHistory } from './import-history.js';

const HEADER = '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"';
const line = (w: { n: number; day: string; notes?: string }, exercise: string, order: string, weight = '', reps = '', seconds = '', note = '') =>
  `"${w.n}";"${w.day} 18:00:00";"Pull";"3600";"${exercise}";"${order}";"${weight}";"${reps}";"";"";"${seconds}";"${note}";"${w.notes ?? ''}"`;

/**
 * Workouts A and B alternate row by row (each is split across the file), a set
 * sits on the last row before the first pause and its rest timer on the first
 * row after it, A's workout notes first appear late, and note rows for A and a
 * custom exercise come at the end, long after A's first sets were written.
 */
function trickyFile(): string {
  const A = { n: 1, day: '2024-03-04' };
  const B = { n: 2, day: '2024-03-05' };
  const rows: string[] = [];
  for (let i = 0; rows.length < 3 * ROWS_PER_TURN; i++) {
    const w = i % 2 === 0 ? A : B;
    const ex = ['Deadlift (Barbell)', 'Shrug (Barbell)', 'Zercher Carry'][i % 3]!;
    // File row = index + 2 (the header is row 1); the parser pauses after row ROWS_PER_TURN.
    if (rows.length === ROWS_PER_TURN - 2) {
      rows.push(line(B, 'Deadlift (Barbell)', String(i), '140', '5'));
      rows.push(line(B, 'Deadlift (Barbell)', 'Rest Timer', '', '', '150'));
      continue;
    }
    rows.push(line(rows.length > 2 * ROWS_PER_TURN ? { ...w, notes: w === A ? 'felt strong' : '' } : w, ex, i % 7 === 0 ? 'W' : String(i), String(60 + (i % 9) * 2.5).replace('.', ','), String(5 + (i % 6))));
    if (i % 5 === 0) rows.push(line(w, ex, 'Rest Timer', '', '', String(60 + i)));
  }
  rows.push(line(A, 'Deadlift (Barbell)', 'Note', '', '', '', 'straps from the third set'));
  rows.push(line(A, 'Zercher Carry', 'Note', '', '', '', 'grip gave out'));
  return `${HEADER}\n${rows.join('\n')}\n`;
}

for (const backend of backends) {
  describe(`an import written as it is read, on ${backend.name}`, () => {
    const ctx = useMigratedStore(backend);

    it('stores exactly what reading the whole file gives, batch boundaries and late rows included', async () => {
      const { db } = ctx();
      const user = await users.createUser(db, { email: 'streamed@example.org', passwordHash: 'x', displayName: 'streamed' });
      const file = trickyFile();
      const report = await importHistory(db, user.id, file, { format: 'strong' });
      const reference = await importCsv(file, { format: 'strong' });
      expect(report).toMatchObject({ rowsRead: reference.report.rowsRead, rowsImported: reference.report.rowsImported, restsKept: reference.report.restsKept, sessionsInserted: 2, sessionsAlreadyThere: 0, customExercisesCreated: 1 });
      expect(reference.report.restsKept).toBeGreaterThan(0);

      const own = new Map((await customExercises.listCustomExercises(db, user.id)).map((e) => [e.name, e.id]));
      const stored = (await exportAll(db, user.id)).sessions.map((s) => ({
        startedAt: s.startedAt,
        notes: s.notes,
        sets: s.sets.map((x) => [x.position, x.exerciseId, x.kind, x.load, x.reps, x.restSeconds]),
      }));
      const expected = reference.sessions.map((s) => ({
        startedAt: s.startedAt,
        notes: s.notes,
        sets: s.sets.map((x) => [x.position, x.custom ? own.get(x.exerciseName) : x.exerciseId, x.kind, x.load ?? 0, x.reps ?? 0, x.restSeconds]),
      }));
      expect(stored.sort((a, b) => (a.startedAt! < b.startedAt! ? -1 : 1))).toEqual(expected.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1)));
      // The cases this file is built for did happen.
      expect(expected.find((s) => s.notes?.includes('felt strong'))?.notes).toBe('felt strong\nDeadlift (Barbell): straps from the third set\nZercher Carry: grip gave out');
      const b = expected.find((s) => s.startedAt.startsWith('2024-03-05'))!;
      expect(b.sets.some((x) => x[5] === 150)).toBe(true);

      // Again: nothing new, both sessions already there.
      expect(await importHistory(db, user.id, file, { format: 'strong' })).toMatchObject({ sessionsInserted: 0, sessionsAlreadyThere: 2, customExercisesCreated: 0 });
    });

    it('keeps nothing when the file fails after batches were written', async () => {
      const { db } = ctx();
      const user = await users.createUser(db, { email: 'cut-short@example.org', passwordHash: 'x', displayName: 'cut short' });
      const lines = trickyFile().split('\n');
      let read = 0;
      let readSome!: () => void;
      const someRead = new Promise<void>((resolve) => (readSome = resolve));
      // The file breaks only once the first batches are in the transaction.
      const cutShort = async function* () {
        yield Buffer.from(lines.slice(0, 2 * ROWS_PER_TURN + 100).join('\n') + '\n');
        await someRead;
        throw new Error('the disk went away');
      };
      const onProgress = (rows: number) => {
        read = rows;
        if (rows >= 2 * ROWS_PER_TURN) readSome();
      };
      await expect(importHistory(db, user.id, () => cutShort(), { format: 'strong', onProgress })).rejects.toThrow('the disk went away');
      expect(read).toBeGreaterThanOrEqual(2 * ROWS_PER_TURN);
      expect((await exportAll(db, user.id)).sessions).toEqual([]);
      expect(await customExercises.listCustomExercises(db, user.id)).toEqual([]);
    });
  });
}
