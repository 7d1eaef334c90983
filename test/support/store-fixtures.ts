// Small builders for store tests: users, combo rounds, row counts.
import { randomUUID } from 'node:crypto';
import type { ComboLog } from '../../src/engine/model.js';
import type { Db } from '../../src/store/tx.js';
import { createUser, type User } from '../../src/store/repos/users.js';
import type { LogComboInput } from '../../src/store/repos/training-types.js';

export async function newUser(db: Db, name = 'Ana'): Promise<User> {
  return createUser(db, { email: `${name}-${randomUUID()}@example.org`, passwordHash: 'x', displayName: name });
}

/** The upload the app would send for one engine ComboLog, with fresh ids. */
export function inputFor(log: ComboLog, session: { id: string } = { id: randomUUID() }): LogComboInput {
  return {
    sessionId: session.id,
    sessionDate: log.date,
    comboLogId: randomUUID(),
    comboId: log.comboId,
    compoundExerciseId: log.compoundId,
    shrugExerciseId: log.shrugId,
    unit: log.unit,
    bodyweight: log.bodyweight ?? null,
    secondsBetween: log.secondsBetween,
    restSeconds: log.restSeconds ?? null,
    notes: log.notes ?? null,
    sets: [
      ...(log.rampUp ?? []).map((s) => ({ id: randomUUID(), kind: 'ramp' as const, load: s.load, reps: s.reps })),
      { id: randomUUID(), kind: 'compound', load: log.compound.load, reps: log.compound.reps, rir: log.compound.rir },
      { id: randomUUID(), kind: 'shrug', load: log.shrug.load, reps: log.shrug.reps, toFailure: log.shrug.toFailure },
    ],
  };
}

export const inclineRow: ComboLog = {
  date: '2025-03-04',
  comboId: 'incline_row_retraction',
  compoundId: 'incline_db_row',
  shrugId: 'incline_retraction_shrug',
  unit: 'kg',
  compound: { load: 32.5, reps: 10, rir: 2 },
  shrug: { load: 32.5, reps: 14, toFailure: true },
  secondsBetween: 5,
};

/** Rows per table, to prove a call wrote nothing. */
export async function counts(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['training_sessions', 'combo_logs', 'sets'] as const) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}
