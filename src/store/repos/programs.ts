// Programs are append-only: generating, editing or a coach assigning one adds
// a row, and the newest row is the current program. History is never rewritten.
import { randomUUID } from 'node:crypto';
import type { ProgramInput, WeekPlan } from '../../engine/model.js';
import type { ProgramKind, ProgramsTable } from '../schema.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { lockUserRow } from './users.js';

export interface Program {
  id: string;
  userId: string;
  createdBy: string;
  kind: ProgramKind;
  input: ProgramInput;
  plan: WeekPlan;
  createdAt: string;
  parentId: string | null;
}

function toProgram(row: ProgramsTable): Program {
  return {
    id: row.id,
    userId: row.user_id,
    createdBy: row.created_by,
    kind: row.kind,
    input: JSON.parse(row.input) as ProgramInput,
    plan: JSON.parse(row.plan) as WeekPlan,
    createdAt: row.created_at,
    parentId: row.parent_id,
  };
}

/** Adds a program for userId (createdBy is the coach when assigned). It becomes the current one. */
export async function insertProgram(
  db: Db,
  input: { userId: string; createdBy: string; kind: ProgramKind; input: ProgramInput; plan: WeekPlan; parentId?: string | null },
  now: Date = new Date(),
): Promise<Program> {
  return inTransaction(db, async (trx) => {
    // Keep created_at strictly increasing per user, so "newest" is never a tie
    // even for two saves in the same millisecond (or a clock stepping back).
    const last = await trx
      .selectFrom('programs')
      .select('created_at')
      .where('user_id', '=', input.userId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const lastMs = last ? Date.parse(last.created_at) : -Infinity;
    const row: ProgramsTable = {
      id: randomUUID(),
      user_id: input.userId,
      created_by: input.createdBy,
      kind: input.kind,
      input: JSON.stringify(input.input),
      plan: JSON.stringify(input.plan),
      created_at: new Date(Math.max(now.getTime(), lastMs + 1)).toISOString(),
      parent_id: input.parentId ?? null,
    };
    await trx.insertInto('programs').values(row).execute();
    await bumpRevision(trx, input.userId);
    return toProgram(row);
  });
}

export async function currentProgram(db: Db, userId: string): Promise<Program | undefined> {
  const row = await db
    .selectFrom('programs')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toProgram(row);
}

/**
 * The current program, read for a change to it: on PostgreSQL the lifter's
 * row stays locked until the transaction ends, so two saves of the same plan
 * (two devices, a coach and the lifter, two server processes) take turns and
 * the second sees the first's program. SQLite has one writer at a time already.
 */
export async function currentProgramForUpdate(trx: Db, userId: string): Promise<Program | undefined> {
  await lockUserRow(trx, userId);
  return currentProgram(trx, userId);
}

/** Newest first; all of them unless `limit` is given. */
export async function programHistory(db: Db, userId: string, limit?: number): Promise<Program[]> {
  let q = db.selectFrom('programs').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc');
  if (limit !== undefined) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map(toProgram);
}
