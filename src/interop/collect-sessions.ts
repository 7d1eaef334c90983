// Gathers row outcomes, in file order, into sessions and the import report.
// Sessions are keyed by start time and name, so a workout whose rows are not
// next to each other in the file still ends up as one session.
import { matchExercise, type ExerciseMatch } from './exercise-names.js';
import { LIMITS } from '../contract/limits.js';
import type { RowOutcome, RowSet, SessionHead } from './read-row.js';
import type { ImportFormat, ImportReport, ImportedSession, ImportedSet, SkippedRow } from './types.js';

/** A session as first read: its notes may still grow (see SessionCollector.finish). */
export type SessionInfo = Omit<ImportedSession, 'sets'>;

/**
 * Where the collector puts what it reads, in file order: built into sessions
 * in memory (SessionsInMemory), or written as it comes (services/import-writer.ts),
 * so a big file's sets are never all held at once.
 */
export interface SessionSink {
  /** A session, just before its first set; sessions with no set never come. */
  session(info: SessionInfo): void;
  /** A set of the session, numbered from 1 in file order. */
  set(sessionKey: string, set: ImportedSet): void;
  /** The rest taken after the session's set at `position`. */
  rest(sessionKey: string, position: number, seconds: number): void;
}

interface SessionState {
  info: SessionInfo;
  /** Sets kept so far. */
  sets: number;
  /** Exercise notes from Strong's Note rows, added after the workout's own notes. */
  noteLines: string[];
  /** Each exercise's last set so far: where a rest timer row after it goes. */
  last: Map<string, { position: number; rested: boolean }>;
}

export class SessionCollector {
  private readonly sessions = new Map<string, SessionState>();
  /** Per exercise name as written: its match, and the name as a string of its own (see `own`). */
  private readonly matches = new Map<string, { match: ExerciseMatch; name: string }>();
  private readonly customNames = new Map<string, string>();
  private readonly skipped: SkippedRow[] = [];
  private rowsRead = 0;
  private rowsImported = 0;
  private restsKept = 0;

  constructor(
    private readonly format: ImportFormat,
    private readonly sink: SessionSink,
  ) {}

  get rows(): number {
    return this.rowsRead;
  }

  add(row: number, outcome: RowOutcome): void {
    this.rowsRead++;
    if (outcome.kind === 'skip') {
      this.skipped.push({ row, reason: outcome.reason });
      return;
    }
    const session = this.session(outcome.session);
    if (outcome.kind === 'note') {
      const lines = session.noteLines;
      const length = (session.info.notes?.length ?? 0) + lines.reduce((n, l) => n + l.length + 1, 0) + outcome.text.length + 1;
      if (length > LIMITS.sessionNotes) {
        this.skipped.push({ row, reason: `the session's notes would pass ${LIMITS.sessionNotes.toLocaleString('en')} characters` });
        return;
      }
      lines.push(own(outcome.text));
      this.skipped.push({ row, reason: outcome.reason });
      return;
    }
    if (outcome.kind === 'rest' && outcome.seconds > LIMITS.restSeconds) {
      this.skipped.push({ row, reason: `rest of ${outcome.seconds} s is more than a day` });
      return;
    }
    if (outcome.kind === 'rest') {
      // The rest follows the set it was taken after: the last one of that exercise so far.
      const before = session.last.get(outcome.exerciseName);
      // (Keys are the collector's own copies; a lookup by the row's text finds them.)
      if (!before) this.skipped.push({ row, reason: 'rest timer row with no set of its exercise before it' });
      else if (before.rested) this.skipped.push({ row, reason: 'a second rest timer row after the same set' });
      else {
        before.rested = true;
        this.sink.rest(session.info.key, before.position, outcome.seconds);
        this.restsKept++;
      }
      return;
    }
    // A row's sets go in together or not at all: the report counts rows, and a
    // row is either imported or skipped (for its first set past a limit).
    const matched = outcome.sets.map((set) => {
      const { match, name } = this.match(set.exerciseName);
      return { set: { ...set, exerciseName: name }, match };
    });
    for (const [i, { set, match }] of matched.entries()) {
      const over = pastLimit(set, session, match.custom, i);
      if (over) {
        this.skipped.push({ row, reason: over });
        return;
      }
    }
    for (const { set, match } of matched) {
      if (match.custom && !this.customNames.has(match.exerciseId)) this.customNames.set(match.exerciseId, set.exerciseName);
      if (session.sets === 0) this.sink.session(session.info);
      const position = ++session.sets;
      session.last.set(set.exerciseName, { position, rested: false });
      this.sink.set(session.info.key, {
        exerciseName: set.exerciseName,
        exerciseId: match.exerciseId,
        custom: match.custom,
        position,
        kind: set.kind,
        load: set.load,
        unit: set.unit,
        reps: set.reps,
        rpe: set.rpe,
        seconds: set.seconds,
        distance: set.distance,
        notes: set.notes,
        restSeconds: null,
      });
    }
    this.rowsImported++;
  }

  private match(exerciseName: string): { match: ExerciseMatch; name: string } {
    let found = this.matches.get(exerciseName);
    if (!found) {
      const name = own(exerciseName);
      found = { match: matchExercise(name), name };
      this.matches.set(name, found);
    }
    return found;
  }

  /** A row the CSV parser itself could not read (an unclosed quote, say). */
  unreadable(row: number, reason: string): void {
    this.rowsRead++;
    this.skipped.push({ row, reason });
  }

  /** Every session with a set, its notes final, ordered by key; and the report. */
  finish(): { sessions: SessionInfo[]; report: ImportReport } {
    // Hevy lists newest first, Strong oldest first: hand back one order.
    const sessions = [...this.sessions.values()]
      .filter((s) => s.sets > 0)
      .map(({ info, noteLines }) => (noteLines.length === 0 ? info : { ...info, notes: [info.notes, ...noteLines].filter((l) => l !== null).join('\n') }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
      sessions,
      report: {
        format: this.format,
        rowsRead: this.rowsRead,
        rowsImported: this.rowsImported,
        restsKept: this.restsKept,
        skipped: [...this.skipped].sort((a, b) => a.row - b.row),
        sessions: sessions.length,
        customExercises: [...this.customNames.values()],
      },
    };
  }

  private last: SessionState | null = null;

  private session(head: SessionHead): SessionState {
    // Rows of one workout sit together in every export: skip the key lookup for them.
    const last = this.last;
    if (last && last.info.startedAt === head.startedAt && last.info.name === head.name) {
      if (last.info.notes === null && head.notes !== null) last.info.notes = own(head.notes);
      return last;
    }
    const key = `${head.startedAt}|${head.name}`;
    let s = this.sessions.get(key);
    if (!s) {
      s = { info: { key: own(key), date: own(head.date), startedAt: own(head.startedAt), name: own(head.name), notes: head.notes === null ? null : own(head.notes) }, sets: 0, noteLines: [], last: new Map() };
      this.sessions.set(key, s);
    } else if (s.info.notes === null && head.notes !== null) {
      s.info.notes = own(head.notes);
    }
    this.last = s;
    return s;
  }
}

/** Sessions built whole in memory, for callers that want them all (tests, small files). */
export class SessionsInMemory implements SessionSink {
  private readonly byKey = new Map<string, ImportedSet[]>();

  session(info: SessionInfo): void {
    this.byKey.set(info.key, []);
  }

  set(sessionKey: string, set: ImportedSet): void {
    this.byKey.get(sessionKey)!.push(set);
  }

  rest(sessionKey: string, position: number, seconds: number): void {
    this.byKey.get(sessionKey)![position - 1]!.restSeconds = seconds;
  }

  /** The finished sessions with their sets. */
  sessions(finished: SessionInfo[]): ImportedSession[] {
    return finished.map((info) => ({ ...info, sets: this.byKey.get(info.key) ?? [] }));
  }
}

/**
 * A copy of `text` that holds nothing else. A cell's text may be a slice of the
 * parser's whole chunk of the file, and keeping the slice keeps the chunk: the
 * names and dates the collector keeps for every session would otherwise hold
 * the whole file in memory until the import ends.
 */
function own(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8');
}

const n = (x: number) => x.toLocaleString('en');

/** Why a set cannot be kept within LIMITS, or null; `before` sets of its row go into the session ahead of it. */
function pastLimit(set: RowSet, session: SessionState, custom: boolean, before: number): string | null {
  if (set.load !== null && Math.abs(set.load) > LIMITS.load) return `Weight ${set.load} is past ${n(LIMITS.load)}`;
  if (set.reps !== null && set.reps > LIMITS.reps) return `Reps ${set.reps} is more than ${n(LIMITS.reps)}`;
  if (set.seconds !== null && set.seconds > LIMITS.seconds) return `Seconds ${set.seconds} is more than ${n(LIMITS.seconds)}`;
  if (set.distance !== null && set.distance > LIMITS.distance) return `Distance ${set.distance} m is more than ${n(LIMITS.distance)} m`;
  if (set.notes !== null && set.notes.length > LIMITS.setNotes) return `the set's notes are longer than ${n(LIMITS.setNotes)} characters`;
  if (custom && set.exerciseName.trim().length > LIMITS.exerciseName) return `exercise name longer than ${LIMITS.exerciseName} characters`;
  if (session.info.name.length > LIMITS.sessionName) return `workout name longer than ${LIMITS.sessionName} characters`;
  if ((session.info.notes?.length ?? 0) > LIMITS.sessionNotes) return `workout notes longer than ${n(LIMITS.sessionNotes)} characters`;
  if (session.sets + before >= LIMITS.setsPerSession) return `the workout already has ${n(LIMITS.setsPerSession)} sets`;
  return null;
}
