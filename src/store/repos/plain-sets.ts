// Every set outside a combo (imported Strong, Hevy or FitNotes history), in the
// engine's PlainSet shape for analytics. The engine decides what counts: warm-ups
// come back too, and the lifter's own exercises with their custom ids.
import type { PlainSet, PlainSetKind } from '../../engine/model.js';
import { PLAIN_SET_KINDS } from '../../contract/sets.js';
import type { Db } from '../tx.js';

export { PLAIN_SET_KINDS };

/** Oldest first, in logged order within a session. One narrow query: a 10-year import is ~100k sets. */
export async function allPlainSets(db: Db, userId: string): Promise<PlainSet[]> {
  const rows = await db
    .selectFrom('sets as k')
    .innerJoin('training_sessions as s', 's.id', 'k.session_id')
    .select(['s.date', 'k.exercise_id', 'k.unit', 'k.load', 'k.reps', 'k.rir', 'k.kind'])
    .where('k.user_id', '=', userId)
    .where('k.combo_log_id', 'is', null)
    .where('k.kind', 'in', PLAIN_SET_KINDS)
    .orderBy('s.date')
    .orderBy('s.created_at')
    .orderBy('k.session_id')
    .orderBy('k.position')
    .execute();
  const out: PlainSet[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    // The kind filter above makes the narrowing safe.
    out[i] = { date: r.date, exerciseId: r.exercise_id, unit: r.unit, load: r.load, reps: r.reps, rir: r.rir, kind: r.kind as PlainSetKind };
  }
  return out;
}
