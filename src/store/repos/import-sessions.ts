// Bulk insert for importers (Strong, Hevy, FitNotes, JSON): plain sessions of
// sets, no combos. All or nothing, in one transaction.
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors.js';
import type { SetsTable, TrainingSessionsTable } from '../schema.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { toSetRow } from './training-rows.js';
import { insertSession, insertSets } from './training-statements.js';
import type { ImportSession } from './training-types.js';

// Ids per lookup of the sessions already stored (PostgreSQL allows 65,535 parameters).
const BATCH = 2000;

export interface ImportResult {
  inserted: number;
  /** Sessions already imported earlier (same id, same lifter): left as they are. */
  skipped: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Which of these session ids are the lifter's own: imports made before the
 * per-lifter import key (migration 0007) derived ids from the user id, and a
 * file imported then is recognised by those ids.
 */
export async function ownSessionIds(db: Db, userId: string, ids: string[]): Promise<Set<string>> {
  const own = new Set<string>();
  for (const part of chunks(ids, BATCH)) {
    const rows = await db.selectFrom('training_sessions').select('id').where('id', 'in', part).where('user_id', '=', userId).execute();
    for (const r of rows) own.add(r.id);
  }
  return own;
}

export async function importSessions(db: Db, userId: string, sessions: ImportSession[], now: Date = new Date()): Promise<ImportResult> {
  return inTransaction(db, async (trx) => {
    const known = new Set<string>();
    for (const ids of chunks(sessions.map((s) => s.id), BATCH)) {
      const rows = await trx.selectFrom('training_sessions').select(['id', 'user_id']).where('id', 'in', ids).execute();
      if (rows.some((r) => r.user_id !== userId)) throw new NotFoundError('session');
      for (const r of rows) known.add(r.id);
    }
    const fresh: ImportSession[] = [];
    for (const s of sessions) {
      if (known.has(s.id)) continue;
      known.add(s.id); // a session listed twice in one file goes in once
      fresh.push(s);
    }
    const createdAt = now.toISOString();
    const sessionRows: TrainingSessionsTable[] = fresh.map((s) => ({
      id: s.id,
      user_id: userId,
      date: s.date,
      started_at: s.startedAt ?? null,
      name: s.name ?? null,
      source: s.source,
      notes: s.notes ?? null,
      created_at: createdAt,
    }));
    const setRows: SetsTable[] = fresh.flatMap((s) =>
      s.sets.map((set, position) =>
        toSetRow(set, { userId, sessionId: s.id, comboLogId: null, position: set.position ?? position, exerciseId: set.exerciseId, unit: set.unit }),
      ),
    );
    // Precompiled statements: building 50 inserts of 2,000 rows through
    // Kysely's query builder was a third of the import's time.
    try {
      for (const row of sessionRows) await insertSession(trx, row);
      await insertSets(trx, setRows);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('set', 'a set id in the import is already stored');
      throw err;
    }
    if (fresh.length > 0) await bumpRevision(trx, userId);
    return { inserted: fresh.length, skipped: sessions.length - fresh.length };
  });
}
