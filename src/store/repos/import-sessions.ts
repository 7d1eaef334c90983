// Bulk insert for importers (Strong, Hevy, FitNotes, JSON): plain sessions of
// sets, no combos. All or nothing, in one transaction.
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors.js';
import type { SetsTable } from '../schema.js';
import { inTransaction, type Db } from '../tx.js';
import { bumpRevision } from './revision.js';
import { toSetRow } from './training-rows.js';
import { insertSession, insertSets } from './training-statements.js';
import type { Unit } from '../../engine/types.js';
import type { ImportSession, SetInput } from './training-types.js';

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

/**
 * Sessions to import: their ids up front (to find those already stored), each
 * session built only when its turn comes, so a big file's rows are never all
 * held twice. An array of sessions is one too (`sessionsOf`).
 */
export interface SessionsToImport {
  ids: readonly string[];
  session(index: number): ImportSession;
}

export const sessionsOf = (sessions: readonly ImportSession[]): SessionsToImport => ({ ids: sessions.map((s) => s.id), session: (i) => sessions[i]! });

/** Sets written between two turns of the event loop: an import never holds the server for long. */
export const SETS_PER_TURN = 2000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function importSessions(db: Db, userId: string, given: readonly ImportSession[] | SessionsToImport, now: Date = new Date()): Promise<ImportResult> {
  const sessions = Array.isArray(given) ? sessionsOf(given as readonly ImportSession[]) : (given as SessionsToImport);
  return inTransaction(db, async (trx) => {
    const known = new Set<string>();
    for (const ids of chunks([...sessions.ids], BATCH)) {
      const rows = await trx.selectFrom('training_sessions').select(['id', 'user_id']).where('id', 'in', ids).execute();
      if (rows.some((r) => r.user_id !== userId)) throw new NotFoundError('session');
      for (const r of rows) known.add(r.id);
    }
    const createdAt = now.toISOString();
    let inserted = 0;
    let setRows: SetsTable[] = [];
    // Precompiled statements: building 50 inserts of 2,000 rows through
    // Kysely's query builder was a third of the import's time.
    try {
      for (let i = 0; i < sessions.ids.length; i++) {
        const id = sessions.ids[i]!;
        if (known.has(id)) continue;
        known.add(id); // a session listed twice in one file goes in once
        const s = sessions.session(i);
        await insertSession(trx, { id: s.id, user_id: userId, date: s.date, started_at: s.startedAt ?? null, name: s.name ?? null, source: s.source, notes: s.notes ?? null, created_at: createdAt });
        inserted++;
        s.sets.forEach((set, position) =>
          setRows.push(toSetRow(set, { userId, sessionId: s.id, comboLogId: null, position: set.position ?? position, exerciseId: set.exerciseId, unit: set.unit })),
        );
        if (setRows.length >= SETS_PER_TURN) {
          await insertSets(trx, setRows);
          setRows = [];
          // The transaction stays open, but other requests run between turns (and read beside it: split-sqlite-driver.ts).
          await nextTurn();
        }
      }
      await insertSets(trx, setRows);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError('set', 'a set id in the import is already stored');
      throw err;
    }
    if (inserted > 0) await bumpRevision(trx, userId);
    return { inserted, skipped: sessions.ids.length - inserted };
  });
}

/**
 * For an import written as it is read (services/import-writer.ts): which of
 * these session ids are stored, and whose. The caller's transaction holds it all.
 */
export async function sessionOwners(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>();
  for (const part of chunks([...ids], BATCH)) {
    const rows = await db.selectFrom('training_sessions').select(['id', 'user_id']).where('id', 'in', part).execute();
    for (const r of rows) owners.set(r.id, r.user_id);
  }
  return owners;
}

/** One batch of an import read as it comes: new sessions (before their sets), sets, and rests for sets of earlier batches. */
export interface ImportBatch {
  sessions: Omit<ImportSession, 'sets'>[];
  sets: Array<SetInput & { sessionId: string; exerciseId: string; unit: Unit; position: number }>;
  rests: { setId: string; seconds: number }[];
}

export async function writeImportBatch(db: Db, userId: string, batch: ImportBatch, now: Date): Promise<void> {
  const createdAt = now.toISOString();
  try {
    for (const s of batch.sessions) {
      await insertSession(db, { id: s.id, user_id: userId, date: s.date, started_at: s.startedAt ?? null, name: s.name ?? null, source: s.source, notes: s.notes ?? null, created_at: createdAt });
    }
    await insertSets(db, batch.sets.map((set) => toSetRow(set, { userId, sessionId: set.sessionId, comboLogId: null, position: set.position, exerciseId: set.exerciseId, unit: set.unit })));
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('set', 'a set id in the import is already stored');
    throw err;
  }
  for (const r of batch.rests) await db.updateTable('sets').set({ rest_seconds: r.seconds }).where('id', '=', r.setId).where('user_id', '=', userId).execute();
}

/** A session's notes once the whole file is read (Strong's note rows come after its sets). */
export async function setImportedNotes(db: Db, userId: string, id: string, notes: string | null): Promise<void> {
  await db.updateTable('training_sessions').set({ notes }).where('id', '=', id).where('user_id', '=', userId).execute();
}

/** After an import that stored anything: every view of the lifter's data is stale. */
export async function bumpImportRevision(db: Db, userId: string): Promise<void> {
  await bumpRevision(db, userId);
}
