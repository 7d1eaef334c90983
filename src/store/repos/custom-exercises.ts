// A lifter's own exercises (their gym's odd machine). Ids carry a "custom:"
// prefix so they can never collide with a catalog id in a logged set.
import { randomUUID } from 'node:crypto';
import type { Pattern } from '../../engine/types.js';
import { ConflictError, isUniqueViolation } from '../errors.js';
import type { CustomExercisesTable } from '../schema.js';
import type { Db } from '../tx.js';

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
  try {
    await db.insertInto('custom_exercises').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('custom exercise', `you already have an exercise called "${row.name}"`);
    throw err;
  }
  return toCustomExercise(row);
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
