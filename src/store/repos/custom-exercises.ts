// A lifter's own exercises (their gym's odd machine). Ids carry a "custom:"
// prefix so they can never collide with a catalog id in a logged set.
import { randomUUID } from 'node:crypto';
import { LIMITS } from '../../contract/limits.js';
import type { Pattern } from '../../engine/types.js';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors.js';
import type { CustomExercisesTable } from '../schema.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { customExerciseForWrite } from './training-statements.js';
import { lockUserRow } from './users.js';

export interface CustomExercise {
  id: string;
  name: string;
  pattern: Pattern | null;
  createdAt: string;
}

function toCustomExercise(row: CustomExercisesTable): CustomExercise {
  return { id: row.id, name: row.name, pattern: row.pattern as Pattern | null, createdAt: row.created_at };
}

/** Names are unique per lifter, ignoring case. */
export async function createCustomExercise(
  db: Db,
  userId: string,
  input: { name: string; pattern?: Pattern | null },
  now: Date = new Date(),
): Promise<CustomExercise> {
  const row: CustomExercisesTable = {
    id: `custom:${randomUUID()}`,
    user_id: userId,
    name: input.name.trim(),
    pattern: input.pattern ?? null,
    created_at: now.toISOString(),
  };
  await inTransaction(db, async (trx) => {
    await lockUserRow(trx, userId);
    const { n } = await trx.selectFrom('custom_exercises').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    if (Number(n) >= LIMITS.customExercises) {
      throw new ConflictError('custom exercise', `you have ${Number(n)} exercises of your own, the most one lifter keeps; rename or delete one you no longer use`);
    }
    await refusingTakenName(row.name, () => trx.insertInto('custom_exercises').values(row).execute());
    await bumpRevision(trx, userId);
  });
  return toCustomExercise(row);
}

/** Renames or re-patterns one of the lifter's exercises; the sets that use it keep its id. */
export async function updateCustomExercise(
  db: Db,
  userId: string,
  id: string,
  patch: { name?: string; pattern?: Pattern | null },
): Promise<CustomExercise> {
  return inTransaction(db, async (trx) => {
    const current = (await customExerciseForWrite(trx, id, userId)).rows[0];
    if (!current) throw new NotFoundError('custom exercise', 'exercise not found');
    const row = { ...current, ...(patch.name !== undefined ? { name: patch.name.trim() } : {}), ...(patch.pattern !== undefined ? { pattern: patch.pattern } : {}) };
    await refusingTakenName(row.name, () => trx.updateTable('custom_exercises').set({ name: row.name, pattern: row.pattern }).where('id', '=', id).execute());
    await bumpRevision(trx, userId);
    return toCustomExercise(row);
  });
}

/** Deletes one of the lifter's exercises, refused while any logged set uses it, so nothing logged loses its exercise. */
export async function deleteCustomExercise(db: Db, userId: string, id: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const current = (await customExerciseForWrite(trx, id, userId)).rows[0];
    if (!current) throw new NotFoundError('custom exercise', 'exercise not found');
    const { n } = await trx
      .selectFrom('sets')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', userId)
      .where('exercise_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) {
      const sets = Number(n) === 1 ? '1 logged set uses it' : `${Number(n)} logged sets use it`;
      throw new ConflictError('custom exercise', `"${current.name}" cannot be deleted: ${sets}. Delete those sets first, or rename the exercise instead.`);
    }
    await trx.deleteFrom('custom_exercises').where('id', '=', id).execute();
    await bumpRevision(trx, userId);
  });
}

/** Names are unique per lifter ignoring case (migration 0001's index on lower(name)). */
async function refusingTakenName(name: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('custom exercise', `you already have an exercise called "${name}"`);
    throw err;
  }
}

export async function listCustomExercises(db: Db, userId: string): Promise<CustomExercise[]> {
  const rows = await db.selectFrom('custom_exercises').selectAll().where('user_id', '=', userId).orderBy('name').execute();
  return rows.map(toCustomExercise);
}

/** Name by id for those of `ids` that are this lifter's own exercises; catalog and unknown ids are left out. */
export async function customExerciseNames(db: Db, userId: string, ids: Iterable<string>): Promise<Map<string, string>> {
  // Own exercises always carry the "custom:" prefix: catalog ids need no query.
  const wanted = [...new Set(ids)].filter((id) => id.startsWith('custom:'));
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('custom_exercises').select(['id', 'name']).where('user_id', '=', userId).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
