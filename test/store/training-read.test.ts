import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ComboLog } from '../../src/engine/model.js';
import { ConflictError, GoneError, NotFoundError } from '../../src/store/errors.js';
import { deleteComboLog, getComboLog, updateComboLog } from '../../src/store/repos/combo-edits.js';
import { logCombo } from '../../src/store/repos/log-combo.js';
import { analyze } from '../../src/engine/analytics/index.js';
import { allComboLogs, analyticsRoundOf, analyticsRounds, history, lastRoundPlace } from '../../src/store/repos/training-history.js';
import { logSet } from '../../src/store/repos/loose-sets.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

const deadlift: ComboLog = {
  date: '2025-03-06',
  comboId: 'deadlift_elevation',
  compoundId: 'barbell_deadlift',
  shrugId: 'barbell_shrug',
  unit: 'lb',
  rampUp: [
    { load: 135, reps: 5 },
    { load: 225, reps: 3 },
  ],
  compound: { load: 0.1 + 0.2 + 314.7, reps: 6, rir: 2.5 },
  shrug: { load: 315, reps: 11, toFailure: false },
  secondsBetween: 12.5,
  restSeconds: 180,
  bodyweight: 181.4,
  notes: 'grip went first',
};

describe.each(backends)('training log reads and edits on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('gives back every round as the engine ComboLog it was logged from, oldest first', async () => {
    const { db } = store();
    const ana = await newUser(db);
    await logCombo(db, ana.id, inputFor(deadlift));
    await logCombo(db, ana.id, inputFor(inclineRow));
    expect(await allComboLogs(db, ana.id)).toEqual([inclineRow, deadlift]);
    expect(await allComboLogs(db, (await newUser(db)).id)).toEqual([]);
  });

  it('reads for analytics only what analyze uses, and analyze over it equals analyze over the full rounds after edits and deletions', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const kept = inputFor(deadlift);
    const edited = inputFor(inclineRow);
    const deleted = inputFor({ ...inclineRow, date: '2025-03-05' });
    for (const input of [kept, edited, deleted]) await logCombo(db, ana.id, input);
    const edit = inputFor({ ...inclineRow, compound: { load: 35, reps: 9, rir: 1 }, shrug: { load: 35, reps: 14, toFailure: true } });
    await updateComboLog(db, ana.id, edited.comboLogId, edit);
    await deleteComboLog(db, ana.id, deleted.comboLogId);
    const full = await allComboLogs(db, ana.id);
    const lean = await analyticsRounds(db, ana.id);
    expect(lean).toEqual(
      full.map((l) => ({
        date: l.date,
        comboId: l.comboId,
        compoundId: l.compoundId,
        shrugId: l.shrugId,
        unit: l.unit,
        ...(l.bodyweight !== undefined ? { bodyweight: l.bodyweight } : {}),
        compound: { load: l.compound.load, reps: l.compound.reps, rir: l.compound.rir },
        shrug: { load: l.shrug.load, reps: l.shrug.reps },
      })),
    );
    for (const unit of ['kg', 'lb'] as const) expect(analyze(lean, { asOf: '2025-12-31', unit })).toEqual(analyze(full, { asOf: '2025-12-31', unit }));
    expect(await analyticsRounds(db, (await newUser(db)).id)).toEqual([]);
  });

  it('says where the last round sorts, and reads a logged round back as analytics read it', async () => {
    const { db } = store();
    const ana = await newUser(db);
    expect(await lastRoundPlace(db, ana.id)).toBeNull();
    const [early, late] = [randomUUID(), randomUUID()];
    // Two sessions on the last date: the one created later sorts last, whatever its id.
    await logCombo(db, ana.id, inputFor({ ...inclineRow, date: '2025-03-02' }));
    await logCombo(db, ana.id, inputFor({ ...inclineRow, date: '2025-03-04' }, { id: late }), new Date('2025-03-04T09:00:00Z'));
    await logCombo(db, ana.id, inputFor({ ...inclineRow, date: '2025-03-04' }, { id: early }), new Date('2025-03-04T08:00:00Z'));
    await logCombo(db, ana.id, inputFor({ ...deadlift, date: '2025-03-04' }, { id: late }), new Date('2025-03-04T10:00:00Z'));
    const last = await logCombo(db, ana.id, inputFor({ ...deadlift, date: '2025-03-04' }, { id: late }), new Date('2025-03-04T10:05:00Z'));
    // A later session of plain sets only holds no round.
    await logSet(db, ana.id, { id: randomUUID(), sessionId: randomUUID(), sessionDate: '2025-03-09', exerciseId: 'bench_press', unit: 'kg', kind: 'normal', load: 60, reps: 8 }, { maxPerSession: Infinity });
    expect(await lastRoundPlace(db, ana.id)).toEqual(last.created!.place);
    expect(last.created!.place).toEqual({ date: '2025-03-04', sessionCreatedAt: '2025-03-04T09:00:00.000Z', sessionId: late, position: 2 });
    expect((await analyticsRounds(db, ana.id)).at(-1)).toEqual(analyticsRoundOf(last.log));
  });

  it('pages history newest first and returns every session exactly once', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const logged = new Set<string>();
    // 11 sessions over 4 dates, so pages split inside a date.
    for (let i = 0; i < 11; i++) {
      const input = inputFor({ ...inclineRow, date: `2025-04-0${(i % 4) + 1}` });
      await logCombo(db, ana.id, input);
      logged.add(input.comboLogId);
    }
    const seen: string[] = [];
    const dates: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await history(db, ana.id, { limit: 3, ...(cursor ? { before: cursor } : {}) });
      for (const s of page.sessions) {
        dates.push(s.date);
        seen.push(...s.comboLogs.map((l) => l.id));
      }
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(11);
    expect(new Set(seen)).toEqual(logged);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('rejects a made-up cursor', async () => {
    const { db } = store();
    await expect(history(db, 'x', { limit: 5, before: 'not-a-cursor' })).rejects.toBeInstanceOf(RangeError);
  });

  it('replaces a round and its sets on update, keeping the session', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow);
    await logCombo(db, ana.id, input);
    const edited = inputFor({ ...inclineRow, shrug: { load: 30, reps: 16, toFailure: true } });
    edited.sets[0]!.id = input.sets[0]!.id; // the compound set keeps its id
    const updated = await updateComboLog(db, ana.id, input.comboLogId, edited);
    expect(updated.sessionId).toBe(input.sessionId);
    expect(await getComboLog(db, ana.id, input.comboLogId)).toEqual(updated);
    expect(updated.sets.map((s) => [s.kind, s.load, s.reps])).toEqual([
      ['compound', 32.5, 10],
      ['shrug', 30, 16],
    ]);
    const orphan = await db.selectFrom('sets').select('id').where('id', '=', input.sets[1]!.id).executeTakeFirst();
    expect(orphan).toBeUndefined();
  });

  it("refuses to update or delete another lifter's round", async () => {
    const { db } = store();
    const ana = await newUser(db);
    const ben = await newUser(db);
    const input = inputFor(inclineRow);
    await logCombo(db, ana.id, input);
    await expect(updateComboLog(db, ben.id, input.comboLogId, inputFor(inclineRow))).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteComboLog(db, ben.id, input.comboLogId)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getComboLog(db, ben.id, input.comboLogId)).toBeUndefined();
    expect(await getComboLog(db, ana.id, input.comboLogId)).toBeDefined();
  });

  it('rolls an update back when a new set id belongs to another round', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const a = inputFor(inclineRow);
    const b = inputFor(inclineRow);
    await logCombo(db, ana.id, a);
    await logCombo(db, ana.id, b);
    const before = await getComboLog(db, ana.id, a.comboLogId);
    const clash = inputFor({ ...inclineRow, secondsBetween: 99 });
    clash.sets[1]!.id = b.sets[1]!.id;
    await expect(updateComboLog(db, ana.id, a.comboLogId, clash)).rejects.toBeInstanceOf(ConflictError);
    expect(await getComboLog(db, ana.id, a.comboLogId)).toEqual(before);
  });

  it('deletes a round with its sets, keeping its id as deleted', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input = inputFor(inclineRow, { id: randomUUID() });
    await logCombo(db, ana.id, input);
    await deleteComboLog(db, ana.id, input.comboLogId);
    expect(await getComboLog(db, ana.id, input.comboLogId)).toBeUndefined();
    const sets = await db.selectFrom('sets').select('id').where('session_id', '=', input.sessionId).execute();
    expect(sets).toEqual([]);
    // Deleted again (a repeated request): done already. A round never logged: not found.
    await expect(deleteComboLog(db, ana.id, input.comboLogId)).resolves.toBeUndefined();
    await expect(deleteComboLog(db, ana.id, randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(logCombo(db, ana.id, input)).rejects.toBeInstanceOf(GoneError);
  });
});
