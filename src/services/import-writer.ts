// A CSV import written to the store as it is read. The collector hands each set
// to this sink, which keeps one batch and writes it at the parser's next pause
// (interop/import.ts, onTurn), all inside the import's one transaction. So a
// 50 MB file is never held in memory as sets, the event loop turns between
// batches, and the import is still all or nothing.
import type { SessionInfo, SessionSink } from '../interop/collect-sessions.js';
import type { ImportedSet } from '../interop/types.js';
import { NotFoundError, customExercises, sessionOwners, setImportedNotes, writeImportBatch, bumpImportRevision, type Db, type ImportBatch, type SessionSource } from '../store/index.js';
import { derivedId } from './ids.js';

export class ImportWriter implements SessionSink {
  /** Where the file came from, once its header is read (each app's sessions are stored under its source). */
  source: SessionSource | null = null;
  customExercisesCreated = 0;

  private newSessions: SessionInfo[] = [];
  private sets: { key: string; set: ImportedSet }[] = [];
  private rests: { key: string; position: number; seconds: number }[] = [];
  /** Session id by key, for every session written so far. */
  private readonly ids = new Map<string, string>();
  /** Notes each session was written with: the file's later note rows may add to them (finish). */
  private readonly notesWritten = new Map<string, string | null>();
  /** Sessions this lifter had imported before: left as they are, their rows skipped. */
  private readonly alreadyThere = new Set<string>();
  /** `custom:<slug>` → the lifter's own exercise. */
  private readonly customIds = new Map<string, string>();
  private ownByName: Map<string, string> | null = null;

  constructor(
    private readonly db: Db,
    private readonly userId: string,
    /** The lifter's secret import key: session ids derive from it, so nobody can take them first. */
    private readonly importKey: string,
    private readonly now: Date,
  ) {}

  session(info: SessionInfo): void {
    this.newSessions.push(info);
  }

  set(key: string, set: ImportedSet): void {
    this.sets.push({ key, set });
  }

  rest(key: string, position: number, seconds: number): void {
    // A rest timer row follows its set closely: most often the set is still in this batch.
    for (let i = this.sets.length - 1; i >= 0; i--) {
      const p = this.sets[i]!;
      if (p.key === key && p.set.position === position) {
        p.set.restSeconds = seconds;
        return;
      }
    }
    this.rests.push({ key, position, seconds });
  }

  /** Writes what was read since the last flush. */
  async flush(): Promise<void> {
    if (this.newSessions.length === 0 && this.sets.length === 0 && this.rests.length === 0) return;
    const source = this.source;
    if (!source) throw new Error('ImportWriter: the file\'s source is not known yet');
    const batch: ImportBatch = { sessions: [], sets: [], rests: [] };
    await this.placeSessions(batch, source);
    for (const { key, set } of this.sets) {
      const sessionId = this.ids.get(key);
      if (sessionId === undefined) continue; // already there
      // Only the lifter's own exercises need the store; a catalog set costs no await.
      const exerciseId = set.custom ? await this.exerciseId(set) : set.exerciseId;
      batch.sets.push(toSet(sessionId, exerciseId, set));
    }
    for (const r of this.rests) {
      const sessionId = this.ids.get(r.key);
      if (sessionId !== undefined) batch.rests.push({ setId: setId(sessionId, r.position), seconds: r.seconds });
    }
    this.newSessions = [];
    this.sets = [];
    this.rests = [];
    await writeImportBatch(this.db, this.userId, batch, this.now);
  }

  /** After the last flush: notes completed by later rows, and the counts. */
  async finish(sessions: SessionInfo[]): Promise<{ inserted: number; alreadyThere: number }> {
    await this.flush();
    for (const s of sessions) {
      const id = this.ids.get(s.key);
      if (id !== undefined && this.notesWritten.get(s.key) !== s.notes) await setImportedNotes(this.db, this.userId, id, s.notes);
    }
    if (this.ids.size > 0) await bumpImportRevision(this.db, this.userId);
    return { inserted: this.ids.size, alreadyThere: this.alreadyThere.size };
  }

  /** New sessions get their ids; those this lifter imported before (under today's ids or the old ones) are skipped. */
  private async placeSessions(batch: ImportBatch, source: SessionSource): Promise<void> {
    if (this.newSessions.length === 0) return;
    const ids = this.newSessions.map((s) => derivedId(this.importKey, `csv:${s.key}`));
    // Imports made before the per-lifter import key (migration 0007) derived ids from the user id.
    const legacy = this.newSessions.map((s) => derivedId(this.userId, `csv:${s.key}`));
    const owners = await sessionOwners(this.db, [...ids, ...legacy]);
    this.newSessions.forEach((s, i) => {
      const id = ids[i]!;
      const owner = owners.get(id);
      if (owner !== undefined && owner !== this.userId) throw new NotFoundError('session');
      if (owner === this.userId || owners.get(legacy[i]!) === this.userId) {
        this.alreadyThere.add(s.key);
        return;
      }
      this.ids.set(s.key, id);
      this.notesWritten.set(s.key, s.notes);
      batch.sessions.push({ id, date: s.date, startedAt: s.startedAt, name: s.name, source, notes: s.notes });
    });
  }

  /** The importer names unmatched exercises `custom:<slug>`; each becomes (or finds, by name) one of the lifter's own. */
  private async exerciseId(set: ImportedSet): Promise<string> {
    if (!set.custom) return set.exerciseId;
    const known = this.customIds.get(set.exerciseId);
    if (known !== undefined) return known;
    this.ownByName ??= new Map((await customExercises.listCustomExercises(this.db, this.userId)).map((e) => [e.name.toLowerCase(), e.id]));
    const name = set.exerciseName.trim();
    let id = this.ownByName.get(name.toLowerCase());
    if (id === undefined) {
      id = (await customExercises.createCustomExercise(this.db, this.userId, { name }, this.now)).id;
      this.ownByName.set(name.toLowerCase(), id);
      this.customExercisesCreated++;
    }
    this.customIds.set(set.exerciseId, id);
    return id;
  }
}

const setId = (sessionId: string, position: number) => derivedId(sessionId, `set:${position}`);

/** One literal of one shape: a spread of it into another object made every imported set ~1 kB of garbage. */
function toSet(sessionId: string, exerciseId: string, set: ImportedSet): ImportBatch['sets'][number] {
  return {
    id: setId(sessionId, set.position),
    sessionId,
    exerciseId,
    position: set.position,
    kind: set.kind,
    // A timed or distance set (a plank, a run) has no load or reps: stored as 0.
    load: set.load ?? 0,
    unit: set.unit,
    reps: set.reps ?? 0,
    // RIR = 10 - RPE on the RIR-based RPE scale (Zourdos et al. 2016).
    rir: set.rpe === null ? null : Math.min(10, Math.max(0, 10 - set.rpe)),
    toFailure: set.kind === 'failure',
    seconds: set.seconds,
    distance: set.distance,
    notes: set.notes,
    restSeconds: set.restSeconds,
  };
}
