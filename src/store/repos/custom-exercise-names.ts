// The names of a lifter's own exercises, for read-outs that hold only their
// ids (a history page's imported sets), looked up for those ids alone.
import type { Db } from '../tx.js';

/** Name by id for the ids that are this lifter's own exercises; catalog and unknown ids are left out. */
export async function customExerciseNames(db: Db, userId: string, ids: Iterable<string>): Promise<Map<string, string>> {
  // Own exercises always carry the "custom:" prefix (custom-exercises.ts): catalog ids need no query.
  const wanted = [...new Set(ids)].filter((id) => id.startsWith('custom:'));
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('custom_exercises').select(['id', 'name']).where('user_id', '=', userId).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
