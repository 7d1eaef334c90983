// The history list as flat rows of known height, for the windowed list:
// a heading per session, a row per combo round, and a row per exercise of an
// imported session with its sets laid out `perLine` to a line. The server's
// sessions are merged with rounds still in this phone's outbox.
import type { Round } from '../../api/types.js';
import type { OutboxEntry, OutboxStatus } from '../../offline/outbox.js';
import { findCombo } from '../../../../src/engine/catalog/index.js';
import { isBodyweightLift } from '../../../../src/contract/round-log.js';
import { formatLoad } from '../../../../src/engine/units.js';
import { exerciseName } from './format.js';
import type { HistorySession, HistorySet } from '../../api/types.js';

export type Row =
  | { kind: 'session'; key: string; session: HistorySession }
  | { kind: 'combo'; key: string; log: Round; status: OutboxStatus | null }
  | { kind: 'exercise'; key: string; exerciseId: string; name: string; sets: HistorySet[]; lines: number }
  | { kind: 'end'; key: 'end' };

export const ROW_HEIGHT = { session: 72, combo: 144, localCombo: 120, comboNameLine: 24, exerciseHead: 40, setLine: 40, exercisePad: 20, end: 120 } as const;

export function rowHeight(row: Row): number {
  switch (row.kind) {
    case 'session':
      return ROW_HEIGHT.session;
    case 'combo':
      // A round only on this phone has no Edit and Delete line.
      return (
        (row.status !== null && row.status !== 'synced' ? ROW_HEIGHT.localCombo : ROW_HEIGHT.combo) +
        (nameWraps(row.log.combo) ? ROW_HEIGHT.comboNameLine : 0) +
        (loadLinesWrap(row.log) ? 2 * ROW_HEIGHT.comboNameLine : 0) +
        (compoundNote(row.log) ? 2 * ROW_HEIGHT.comboNameLine : 0)
      );
    case 'exercise':
      return ROW_HEIGHT.exerciseHead + row.lines * ROW_HEIGHT.setLine + ROW_HEIGHT.exercisePad;
    case 'end':
      return ROW_HEIGHT.end;
  }
}

/** A name longer than a 360 px phone's line ("Pulldown + downward-rotation shrug") wraps to a second line: its row is one line taller. */
export function nameWraps(comboId: string): boolean {
  return (findCombo(comboId)?.name ?? comboId).length > 24;
}

/** Band help or a belt on a bodyweight lift ("bodyweight − 20 kg band × 8 @ RIR 2") takes two lines per set line: the row allows for them. */
export function loadLinesWrap(log: Pick<Round, 'combo' | 'compound'>): boolean {
  try {
    return isBodyweightLift(log) && log.compound.load !== 0;
  } catch {
    return false;
  }
}

const ANCHOR_WORDS = { under_knee: 'under the knee', under_landmine: 'under the landmine' } as const;

/**
 * What the compound carried beyond its numbers, in a line (up to two on a
 * phone): a calibration set's call against failure, or the band on a landmine
 * press and what it added at lockout. Null for most rounds.
 */
export function compoundNote(log: Pick<Round, 'compound' | 'unit'>): string | null {
  const c = log.compound.calibration;
  if (c) {
    const left = c.repsToFailure - c.repsAtCall;
    return `Calibration set: called ${c.calledRir} left at ${c.repsAtCall} reps, failure at ${c.repsToFailure}, so ${left} ${left === 1 ? 'was' : 'were'} left`;
  }
  const b = log.compound.band;
  if (b) {
    const added = b.atLockout !== undefined ? `: ${formatLoad(Math.round(b.atLockout * 10) / 10, log.unit)} more at lockout` : '';
    return `With a ${formatLoad(b.tension, log.unit)} band ${ANCHOR_WORDS[b.anchor]}${added}`;
  }
  return null;
}

/** How many set chips fit on a line of a list `width` pixels wide. */
export function setsPerLine(width: number): number {
  // 120 px a chip: room for "142.5 × 10 @2.5" without cutting it.
  return Math.max(2, Math.floor((width - 24) / 120));
}

/** A round the server has not answered for yet, shown as if stored. */
function fromOutbox(e: OutboxEntry, position: number): Round {
  const b = e.body;
  const combo = findCombo(b.combo);
  return {
    id: b.id,
    sessionId: b.sessionId,
    date: b.date,
    position,
    combo: b.combo,
    compound: { ...b.compound, exercise: b.compound.exercise ?? combo?.compounds[0] ?? b.combo },
    shrug: { ...b.shrug, exercise: b.shrug.exercise ?? combo?.shrug ?? b.combo },
    secondsBetween: b.secondsBetween,
    rampUp: b.rampUp ?? [],
    restSeconds: b.restSeconds ?? null,
    notes: b.notes ?? null,
    unit: b.unit ?? 'kg',
    bodyweight: b.bodyweight ?? null,
    createdAt: e.createdAt,
  };
}

/**
 * Adds outbox rounds the loaded pages do not hold. While older pages remain,
 * only rounds at or after the oldest loaded date are added, so they land in order.
 */
export function mergeOutbox(sessions: HistorySession[], outbox: OutboxEntry[], complete: boolean): { sessions: HistorySession[]; status: Map<string, OutboxStatus> } {
  const status = new Map<string, OutboxStatus>();
  const known = new Set<string>();
  for (const s of sessions) for (const c of s.combos) known.add(c.id);
  const oldest = sessions[sessions.length - 1]?.date ?? '';
  const extra = outbox.filter((e) => !known.has(e.id) && (complete || e.body.date >= oldest));
  if (extra.length === 0) return { sessions, status };

  const byId = new Map(sessions.map((s) => [s.id, s]));
  const added = new Map<string, HistorySession>();
  for (const e of extra) {
    if (e.status !== 'synced') status.set(e.id, e.status);
    const base = added.get(e.body.sessionId) ?? byId.get(e.body.sessionId);
    const session: HistorySession = base
      ? { ...base, combos: [...base.combos] }
      : { id: e.body.sessionId, date: e.body.date, startedAt: null, name: null, source: 'app', notes: null, combos: [], sets: [] };
    session.combos.push(fromOutbox(e, session.combos.length));
    added.set(session.id, session);
  }
  const merged = sessions.map((s) => added.get(s.id) ?? s);
  for (const [id, s] of added) if (!byId.has(id)) merged.push(s);
  merged.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { sessions: merged, status };
}

interface RowOptions {
  perLine: number;
  hidden: ReadonlySet<string>;
  status: Map<string, OutboxStatus>;
  /** The lifter's own exercise names, from the pages loaded so far. */
  names?: ReadonlyMap<string, string>;
}

function sessionRows(s: HistorySession, { perLine, hidden, status, names }: RowOptions): Row[] {
  const combos = s.combos.filter((c) => !hidden.has(c.id));
  if (combos.length === 0 && s.sets.length === 0) return [];
  const rows: Row[] = [{ kind: 'session', key: `s:${s.id}`, session: s }];
  for (const log of combos) rows.push({ kind: 'combo', key: `c:${log.id}`, log, status: status.get(log.id) ?? null });
  // Sets grouped by exercise, in the order the exercises were first done.
  const groups = new Map<string, HistorySet[]>();
  for (const set of s.sets) {
    const g = groups.get(set.exerciseId);
    if (g) g.push(set);
    else groups.set(set.exerciseId, [set]);
  }
  for (const [exerciseId, sets] of groups) {
    rows.push({ kind: 'exercise', key: `e:${s.id}:${exerciseId}`, exerciseId, name: exerciseName(exerciseId, names), sets, lines: Math.ceil(sets.length / perLine) });
  }
  return rows;
}

/**
 * All rows, ending with the "more / that is all" row. Each session's rows are
 * remembered (sessions are immutable, and their names come with their page),
 * so a new page costs only its own rows.
 */
export function buildRows(sessions: HistorySession[], opts: RowOptions & { cache: WeakMap<HistorySession, Row[]> }): Row[] {
  const rows: Row[] = [];
  for (const s of sessions) {
    const touched = s.combos.some((c) => opts.hidden.has(c.id) || opts.status.has(c.id));
    let part = touched ? undefined : opts.cache.get(s);
    if (!part) {
      part = sessionRows(s, opts);
      if (!touched) opts.cache.set(s, part);
    }
    for (const r of part) rows.push(r);
  }
  rows.push({ kind: 'end', key: 'end' });
  return rows;
}
