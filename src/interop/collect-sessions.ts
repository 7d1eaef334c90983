// Gathers row outcomes, in file order, into sessions and the import report.
// Sessions are keyed by start time and name, so a workout whose rows are not
// next to each other in the file still ends up as one session.
import { matchExercise, type ExerciseMatch } from './exercise-names.js';
import { LIMITS } from '../contract/limits.js';
import type { RowOutcome, RowSet, SessionHead } from './read-row.js';
import type { ImportFormat, ImportResult, ImportedSession, SkippedRow } from './types.js';

export class SessionCollector {
  private readonly sessions = new Map<string, ImportedSession>();
  /** Exercise notes from Strong's Note rows, added after the workout's own notes. */
  private readonly noteLines = new Map<string, string[]>();
  private readonly matches = new Map<string, ExerciseMatch>();
  private readonly customNames = new Map<string, string>();
  private readonly skipped: SkippedRow[] = [];
  private rowsRead = 0;
  private rowsImported = 0;
  private restsKept = 0;

  constructor(private readonly format: ImportFormat) {}

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
      const lines = this.noteLines.get(session.key)!;
      const length = (session.notes?.length ?? 0) + lines.reduce((n, l) => n + l.length + 1, 0) + outcome.text.length + 1;
      if (length > LIMITS.sessionNotes) {
        this.skipped.push({ row, reason: `the session's notes would pass ${LIMITS.sessionNotes.toLocaleString('en')} characters` });
        return;
      }
      lines.push(outcome.text);
      this.skipped.push({ row, reason: outcome.reason });
      return;
    }
    if (outcome.kind === 'rest' && outcome.seconds > LIMITS.restSeconds) {
      this.skipped.push({ row, reason: `rest of ${outcome.seconds} s is more than a day` });
      return;
    }
    if (outcome.kind === 'rest') {
      // The rest follows the set it was taken after: the last one of that exercise so far.
      const before = session.sets.findLast((s) => s.exerciseName === outcome.exerciseName);
      if (!before) this.skipped.push({ row, reason: 'rest timer row with no set of its exercise before it' });
      else if (before.restSeconds !== null) this.skipped.push({ row, reason: 'a second rest timer row after the same set' });
      else {
        before.restSeconds = outcome.seconds;
        this.restsKept++;
      }
      return;
    }
    // A row's sets go in together or not at all: the report counts rows, and a
    // row is either imported or skipped (for its first set past a limit).
    const matched = outcome.sets.map((set) => ({ set, match: this.match(set.exerciseName) }));
    for (const [i, { set, match }] of matched.entries()) {
      const over = pastLimit(set, session, match.custom, i);
      if (over) {
        this.skipped.push({ row, reason: over });
        return;
      }
    }
    for (const { set, match } of matched) {
      if (match.custom && !this.customNames.has(match.exerciseId)) this.customNames.set(match.exerciseId, set.exerciseName);
      session.sets.push({
        exerciseName: set.exerciseName,
        exerciseId: match.exerciseId,
        custom: match.custom,
        position: session.sets.length + 1,
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

  private match(exerciseName: string): ExerciseMatch {
    let match = this.matches.get(exerciseName);
    if (!match) {
      match = matchExercise(exerciseName);
      this.matches.set(exerciseName, match);
    }
    return match;
  }

  /** A row the CSV parser itself could not read (an unclosed quote, say). */
  unreadable(row: number, reason: string): void {
    this.rowsRead++;
    this.skipped.push({ row, reason });
  }

  finish(): ImportResult {
    // Hevy lists newest first, Strong oldest first: hand back one order.
    const sessions = [...this.sessions.values()]
      .filter((s) => s.sets.length > 0)
      .map((s) => {
        const lines = this.noteLines.get(s.key)!;
        return lines.length === 0 ? s : { ...s, notes: [s.notes, ...lines].filter((l) => l !== null).join('\n') };
      })
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

  private last: ImportedSession | null = null;

  private session(head: SessionHead): ImportedSession {
    // Rows of one workout sit together in every export: skip the key lookup for them.
    const last = this.last;
    if (last && last.startedAt === head.startedAt && last.name === head.name) {
      if (last.notes === null && head.notes !== null) last.notes = head.notes;
      return last;
    }
    const key = `${head.startedAt}|${head.name}`;
    let s = this.sessions.get(key);
    if (!s) {
      s = { key, date: head.date, startedAt: head.startedAt, name: head.name, notes: head.notes, sets: [] };
      this.sessions.set(key, s);
      this.noteLines.set(key, []);
    } else if (s.notes === null && head.notes !== null) {
      s.notes = head.notes;
    }
    this.last = s;
    return s;
  }
}

const n = (x: number) => x.toLocaleString('en');

/** Why a set cannot be kept within LIMITS, or null; `before` sets of its row go into the session ahead of it. */
function pastLimit(set: RowSet, session: ImportedSession, custom: boolean, before: number): string | null {
  if (set.load !== null && Math.abs(set.load) > LIMITS.load) return `Weight ${set.load} is past ${n(LIMITS.load)}`;
  if (set.reps !== null && set.reps > LIMITS.reps) return `Reps ${set.reps} is more than ${n(LIMITS.reps)}`;
  if (set.seconds !== null && set.seconds > LIMITS.seconds) return `Seconds ${set.seconds} is more than ${n(LIMITS.seconds)}`;
  if (set.distance !== null && set.distance > LIMITS.distance) return `Distance ${set.distance} m is more than ${n(LIMITS.distance)} m`;
  if (set.notes !== null && set.notes.length > LIMITS.setNotes) return `the set's notes are longer than ${n(LIMITS.setNotes)} characters`;
  if (custom && set.exerciseName.trim().length > LIMITS.exerciseName) return `exercise name longer than ${LIMITS.exerciseName} characters`;
  if (session.name.length > LIMITS.sessionName) return `workout name longer than ${LIMITS.sessionName} characters`;
  if ((session.notes?.length ?? 0) > LIMITS.sessionNotes) return `workout notes longer than ${n(LIMITS.sessionNotes)} characters`;
  if (session.sets.length + before >= LIMITS.setsPerSession) return `the workout already has ${n(LIMITS.setsPerSession)} sets`;
  return null;
}
