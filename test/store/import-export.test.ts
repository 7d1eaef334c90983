import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Inventory, ProgramInput, WeekPlan } from '../../src/engine/model.js';
import { NotFoundError } from '../../src/store/errors.js';
import { exportAll } from '../../src/store/repos/export.js';
import { importSessions } from '../../src/store/repos/import-sessions.js';
import { logCombo } from '../../src/store/repos/log-combo.js';
import { insertProgram } from '../../src/store/repos/programs.js';
import { putProfile, type ProfileDocument } from '../../src/store/repos/profiles.js';
import type { ImportSession } from '../../src/store/repos/training-types.js';
import { history } from '../../src/store/repos/training-history.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { counts, inclineRow, inputFor, newUser } from '../support/store-fixtures.js';

function strongSessions(n: number, setsEach: number): ImportSession[] {
  return Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
    name: 'Push day',
    source: 'import:strong' as const,
    sets: Array.from({ length: setsEach }, (_, j) => ({
      id: randomUUID(),
      kind: 'normal' as const,
      exerciseId: 'bench_press',
      load: 60 + j * 2.5,
      unit: 'kg' as const,
      reps: 8,
    })),
  }));
}

const inventory: Inventory = { unit: 'kg', has: [], barWeight: 20, plates: [], dumbbells: [], machineSteps: [], bands: [] };

describe.each(backends)('import and export on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('imports 300 sessions of 4 sets in batches, then skips them when imported again', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const sessions = strongSessions(300, 4);
    const before = await counts(db);
    expect(await importSessions(db, ana.id, sessions)).toEqual({ inserted: 300, skipped: 0 });
    const after = await counts(db);
    expect(after.training_sessions! - before.training_sessions!).toBe(300);
    expect(after.sets! - before.sets!).toBe(1200);
    expect(await importSessions(db, ana.id, sessions)).toEqual({ inserted: 0, skipped: 300 });
    expect(await counts(db)).toEqual(after);
    const page = await history(db, ana.id, { limit: 1 });
    expect(page.sessions[0]?.sets.map((s) => s.load)).toEqual([60, 62.5, 65, 67.5]);
  });

  it("imports nothing when one session id is another lifter's", async () => {
    const { db } = store();
    const ana = await newUser(db);
    const ben = await newUser(db);
    const anas = strongSessions(1, 1);
    await importSessions(db, ana.id, anas);
    const before = await counts(db);
    await expect(importSessions(db, ben.id, [...strongSessions(3, 2), ...anas])).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts(db)).toEqual(before);
  });

  it('exports profile, programs and every session with rounds and sets, and no secrets', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const profile: ProfileDocument = { unit: 'kg', bodyweight: 70, experience: 'intermediate', split: 'full_body', days: ['mon', 'thu'], inventory };
    await putProfile(db, ana.id, profile);
    const input: ProgramInput = { split: 'full_body', days: ['mon', 'thu'], inventory, experience: 'intermediate' };
    const plan: WeekPlan = { split: 'full_body', experience: 'intermediate', days: [], omitted: [], drillWeeks: 0, warnings: [] };
    await insertProgram(db, { userId: ana.id, createdBy: ana.id, kind: 'generated', input, plan });
    await importSessions(db, ana.id, strongSessions(2, 3));
    await logCombo(db, ana.id, inputFor(inclineRow));

    const doc = await exportAll(db, ana.id);
    expect(doc.user.id).toBe(ana.id);
    expect(doc.profile?.document).toEqual(profile);
    expect(doc.programs.map((p) => p.plan)).toEqual([plan]);
    expect(doc.sessions).toHaveLength(3);
    expect(doc.sessions.flatMap((s) => s.sets)).toHaveLength(6);
    expect(doc.sessions.flatMap((s) => s.comboLogs.map((l) => l.sets.length))).toEqual([2]);
    expect(JSON.stringify(doc)).not.toMatch(/password|token/i);
  });
});
