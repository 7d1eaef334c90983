// Reads an export document back into the caller's account (POST /import/json).
//
// Export -> import into a fresh account -> export gives the same document except
// for these account-specific fields:
//   exportedAt, user                          the exporting account and moment
//   profile.userId                            the importing account
//   customExercises[].id                      new ids; sets refer to the new ones
//   programs[].id, userId, createdBy, parentId  new ids; createdBy is the importer
//                                             (a coach's account may not exist here)
//   sessions[].id, comboLogs[].id/sessionId, sets[].id, deletions[].id   new ids
// Timestamps (createdAt, updatedAt), order, positions, sources, notes and
// numbers are kept (an app session of rounds only is created with its first
// round, at that round's createdAt, as the app itself does).
// New ids are derived from the importer's secret import key and the old id, so
// importing the same document twice adds nothing the second time; into the
// account that exported it, ids are kept. Either way the document's deletions
// are kept as the account's own, and nothing the account deleted comes back.
import { loggedBand } from '../engine/loads/landmine-band.js';
import { customExercises, deleteComboLog, deleteLooseSet, deletions, importSessions, inTransaction, logCombo, NotFoundError, ownSessionIds, programs, profiles, users, type Db, type ImportSession, type SetInput } from '../store/index.js';
import type { Unit } from '../engine/types.js';
import type { ExportDocumentInput } from '../contract/document-schema.js';
import { derivedId } from './ids.js';

type Doc = ExportDocumentInput;
type DocSet = Doc['sessions'][number]['sets'][number];

export interface RestoreReport {
  profile: boolean;
  customExercisesCreated: number;
  programsInserted: number;
  sessionsInserted: number;
  sessionsAlreadyThere: number;
  /** Rounds and sets of the document the account has deleted: left deleted. */
  deletedLeftOut: number;
  /** Rounds and sets the account held that the document says were deleted: deleted now. */
  deletionsApplied: number;
}

export async function importDocument(db: Db, userId: string, doc: Doc): Promise<RestoreReport> {
  // Back into the account that wrote it (a restore): keep the ids, so what is still there is skipped.
  const own = doc.user?.id === userId;
  return inTransaction(db, async (trx) => {
    const key = own ? '' : await users.importKey(trx, userId);
    const newId = (old: string) => (own ? old : derivedId(key, `json:${old}`));
    // Before the import key, ids came from the user id: a session imported then is
    // found by that id, and everything in it keeps ids made the same way.
    const legacyId = (old: string) => derivedId(userId, `json:${old}`);
    const legacy = own ? new Set<string>() : await ownSessionIds(trx, userId, doc.sessions.map((s) => legacyId(s.id)));
    const idsFor = (s: { id: string }) => (legacy.has(legacyId(s.id)) ? legacyId : newId);
    if (doc.profile) await profiles.putProfile(trx, userId, doc.profile.document, new Date(doc.profile.updatedAt));

    // Custom exercises are matched by name, as the lifter sees them.
    const mine = new Map((await customExercises.listCustomExercises(trx, userId)).map((e) => [e.name.toLowerCase(), e.id]));
    const exerciseIds = new Map<string, string>();
    let customExercisesCreated = 0;
    for (const e of doc.customExercises) {
      let id = mine.get(e.name.toLowerCase());
      if (id === undefined) {
        id = (await customExercises.createCustomExercise(trx, userId, { name: e.name, pattern: e.pattern }, new Date(e.createdAt))).id;
        mine.set(e.name.toLowerCase(), id);
        customExercisesCreated++;
      }
      exerciseIds.set(e.id, id);
    }
    const exercise = (id: string) => exerciseIds.get(id) ?? id;

    const programsInserted = await restorePrograms(trx, userId, doc.programs);

    const deletionsApplied = await applyDeletions(trx, userId, doc.deletions ?? [], own ? [newId] : [newId, legacyId]);
    const deleted = new Set((await deletions.listDeletions(trx, userId)).map((d) => d.id));
    const { inserted: sessionsInserted, deletedLeftOut } = await restoreSessions(trx, userId, doc.sessions, { idsFor, exercise, deleted });
    return { profile: doc.profile !== null, customExercisesCreated, programsInserted, sessionsInserted, sessionsAlreadyThere: doc.sessions.length - sessionsInserted, deletedLeftOut, deletionsApplied };
  });
}

/** Oldest first, so the document's newest program is the current one afterwards. Programs already here (same time, same plan) are skipped. */
async function restorePrograms(db: Db, userId: string, list: Doc['programs']): Promise<number> {
  const have = new Set((await programs.programHistory(db, userId)).map((p) => `${p.createdAt}|${JSON.stringify(p.plan)}`));
  const newIds = new Map<string, string>();
  let inserted = 0;
  for (const p of [...list].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))) {
    if (have.has(`${p.createdAt}|${JSON.stringify(p.plan)}`)) continue;
    const parentId = p.parentId === null ? null : (newIds.get(p.parentId) ?? null);
    const row = await programs.insertProgram(db, { userId, createdBy: userId, kind: p.kind, input: p.input, plan: p.plan, parentId }, new Date(p.createdAt));
    newIds.set(p.id, row.id);
    inserted++;
  }
  return inserted;
}

/**
 * The document's deletions become the account's: a round or set it still holds
 * under any id the document's could have become (`mappings`) is deleted now, and
 * each is kept as deleted, so this import and any later one leave it out.
 */
async function applyDeletions(db: Db, userId: string, list: NonNullable<Doc['deletions']>, mappings: ((old: string) => string)[]): Promise<number> {
  let applied = 0;
  for (const d of list) {
    const at = new Date(d.deletedAt);
    for (const id of new Set(mappings.map((m) => m(d.id)))) {
      if (await deletions.deletionOf(db, userId, id)) continue;
      try {
        await (d.kind === 'round' ? deleteComboLog(db, userId, id, at) : deleteLooseSet(db, userId, id, at));
        applied++;
      } catch (err) {
        if (!(err instanceof NotFoundError)) throw err;
      }
    }
    await deletions.recordDeletion(db, userId, { ...d, id: mappings[0]!(d.id) });
  }
  return applied;
}

/** Plain sessions go in batches (one per createdAt: an imported file shares one); then every combo round. */
async function restoreSessions(
  db: Db,
  userId: string,
  sessions: Doc['sessions'],
  { idsFor, exercise, deleted }: { idsFor: (s: { id: string }) => (old: string) => string; exercise: (id: string) => string; deleted: Set<string> },
): Promise<{ inserted: number; deletedLeftOut: number }> {
  let deletedLeftOut = 0;
  const kept = <T extends { id: string }>(items: T[], newId: (old: string) => string) => {
    const out = items.filter((x) => !deleted.has(newId(x.id)));
    deletedLeftOut += items.length - out.length;
    return out;
  };
  const setOf = (newId: (old: string) => string) => (s: DocSet): SetInput & { exerciseId: string; unit: Unit } => ({ ...s, id: newId(s.id), exerciseId: exercise(s.exerciseId) });
  // App sessions of rounds only come into being with their first combo round,
  // as the app makes them; any other session is written first, with its loose sets.
  const viaApp = (s: Doc['sessions'][number]) => s.source === 'app' && s.sets.length === 0 && s.notes === null && s.comboLogs.length > 0;
  const batches = new Map<string, ImportSession[]>();
  for (const s of sessions) {
    if (viaApp(s)) continue;
    const newId = idsFor(s);
    const row: ImportSession = { id: newId(s.id), date: s.date, startedAt: s.startedAt, name: s.name, source: s.source, notes: s.notes, sets: kept(s.sets, newId).map(setOf(newId)) };
    batches.set(s.createdAt, [...(batches.get(s.createdAt) ?? []), row]);
  }
  let inserted = 0;
  for (const [createdAt, rows] of batches) inserted += (await importSessions(db, userId, rows, new Date(createdAt))).inserted;

  for (const s of sessions) {
    const newId = idsFor(s);
    for (const [i, log] of kept(s.comboLogs, newId).entries()) {
      // A round already stored with the same content is left alone; with other content it is a conflict (409).
      const { status } = await logCombo(db, userId, {
        sessionId: newId(s.id),
        sessionDate: s.date,
        sessionName: s.name,
        sessionStartedAt: s.startedAt,
        comboLogId: newId(log.id),
        comboId: log.comboId,
        compoundExerciseId: exercise(log.compoundExerciseId),
        shrugExerciseId: exercise(log.shrugExerciseId),
        unit: log.unit,
        bodyweight: log.bodyweight,
        secondsBetween: log.secondsBetween,
        restSeconds: log.restSeconds,
        notes: log.notes,
        feedback: log.feedback ?? null,
        calibration: log.calibration ?? null,
        // What the band added at lockout is worked out again from the round's load, as the API does.
        band: log.band ? loggedBand(log.band, log.sets.find((x) => x.kind === 'compound')!.load, log.unit) : null,
        position: log.position,
        sets: log.sets.map(setOf(newId)),
      }, new Date(log.createdAt));
      if (i === 0 && status === 'created' && viaApp(s)) inserted++;
    }
  }
  return { inserted, deletedLeftOut };
}
