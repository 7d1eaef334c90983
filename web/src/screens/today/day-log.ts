// The day as every device sees it: rounds and sets logged on this phone (the
// outbox) and on any other (the server's copy at the last refresh), one list
// without doubles; what the lifter did last time on an exercise; and the
// session's totals and records at the end. Pure: data in, answers out.
import { e1rm } from '../../../../src/engine/e1rm.js';
import type { Unit } from '../../../../src/engine/types.js';
import { convert, formatLoad } from '../../../../src/engine/units.js';
import type { LooseSetBody, Round, RoundBody } from '../../api/types.js';
import type { DatedSet, LocalData } from '../../offline/local-data.js';
import type { OutboxEntry, SetEntry } from '../../offline/outbox.js';

/** A set outside combos as the day's list shows it, wherever it was logged. */
export interface DaySet {
  id: string;
  sessionId: string;
  date: string;
  exerciseId: string;
  kind: string;
  load: number;
  unit: Unit;
  reps: number;
  rir: number | null;
  /** Only on this phone so far. */
  local: boolean;
}

/** A round of a combo as the day's list shows it. */
export type DayRound = Pick<RoundBody, 'id' | 'sessionId' | 'date' | 'combo' | 'compound' | 'shrug'> & { unit: Unit; local: boolean };

const fromServerSet = (s: DatedSet): DaySet => ({ id: s.id, sessionId: s.sessionId, date: s.date, exerciseId: s.exerciseId, kind: s.kind, load: s.load, unit: s.unit, reps: s.reps, rir: s.rir, local: false });

function fromSetEntry(e: SetEntry, fallback: Unit): DaySet {
  const b: LooseSetBody = e.body;
  return { id: b.id, sessionId: b.sessionId, date: b.date, exerciseId: b.exerciseId, kind: b.kind, load: b.load, unit: b.unit ?? fallback, reps: b.reps, rir: b.rir ?? null, local: e.status !== 'synced' };
}

/** Every set outside combos, server's and this phone's, oldest first; a set on both counts once. Refused ones are left out. */
export function allSets(data: LocalData, entries: SetEntry[]): DaySet[] {
  const unit = data.profile?.unit ?? 'kg';
  const byId = new Map<string, DaySet>();
  for (const s of data.sets ?? []) byId.set(s.id, fromServerSet(s));
  for (const e of entries) if (e.status !== 'rejected' && e.status !== 'conflict' && !byId.has(e.id)) byId.set(e.id, fromSetEntry(e, unit));
  return [...byId.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** A stored or outgoing round as the day's list shows it. */
export function dayRound(r: Round | RoundBody, local: boolean, unit: Unit): DayRound {
  return { id: r.id, sessionId: r.sessionId, date: r.date, combo: r.combo, compound: r.compound, shrug: r.shrug, unit, local };
}

/** Rounds logged on `date`, on any device: the server's copy and this phone's outbox, once each. */
export function roundsOn(data: LocalData, entries: OutboxEntry[], date: string): DayRound[] {
  const byId = new Map<string, DayRound>();
  for (const r of data.logs) if (r.date === date) byId.set(r.id, dayRound(r, false, r.unit));
  for (const e of entries) {
    if (e.body.date !== date || e.status === 'rejected' || e.status === 'conflict' || byId.has(e.id)) continue;
    byId.set(e.id, dayRound(e.body, e.status !== 'synced', e.body.unit ?? data.profile?.unit ?? 'kg'));
  }
  return [...byId.values()];
}

/** The load in the lifter's unit, as they read it. */
export const inUnit = (load: number, from: Unit, to: Unit) => convert(load, from, to);

/** "100 kg × 8, 8, 7" or "100 kg × 8, 105 kg × 6": equal loads said once. */
export function setsText(sets: Pick<DaySet, 'load' | 'unit' | 'reps'>[], unit: Unit): string {
  const parts: string[] = [];
  let last: string | null = null;
  for (const s of sets) {
    const load = formatLoad(inUnit(s.load, s.unit, unit), unit);
    if (load === last) parts.push(String(s.reps));
    else parts.push(`${load} × ${s.reps}`);
    last = load;
  }
  return parts.join(', ');
}

/** The work sets of the last earlier day the exercise was done (warm-ups left out), or null. */
export function lastTime(sets: DaySet[], exerciseId: string, before: string): { date: string; sets: DaySet[] } | null {
  const earlier = sets.filter((s) => s.exerciseId === exerciseId && s.date < before && s.kind !== 'warmup');
  const date = earlier.at(-1)?.date;
  return date ? { date, sets: earlier.filter((s) => s.date === date) } : null;
}

export interface Record_ {
  exerciseId: string;
  /** What was beaten, in words: "heaviest load: 105 kg", "best estimated 1RM: 123 kg". */
  what: string;
}

export interface DayTotals {
  rounds: number;
  /** Sets outside combos, warm-ups included. */
  sets: number;
  /** Load × reps of every set (rounds: compound and shrug), in the lifter's unit; bodyweight lifts count their added load only. */
  volume: number;
  records: Record_[];
}

interface Lifted {
  exerciseId: string;
  date: string;
  load: number;
  unit: Unit;
  reps: number;
  rir: number | null;
  kind: string;
}

function lifts(rounds: DayRound[], sets: DaySet[]): Lifted[] {
  const out: Lifted[] = [];
  for (const r of rounds) {
    out.push({ exerciseId: r.compound.exercise ?? '', date: r.date, load: r.compound.load, unit: r.unit, reps: r.compound.reps, rir: r.compound.rir, kind: 'compound' });
  }
  for (const s of sets) out.push({ exerciseId: s.exerciseId, date: s.date, load: s.load, unit: s.unit, reps: s.reps, rir: s.rir, kind: s.kind });
  return out;
}

/**
 * The day's totals, and the records it broke against everything before it:
 * the heaviest load and the best estimated 1RM of each exercise (work sets
 * only; a first ever session breaks nothing, it sets the mark).
 */
export function dayTotals(today: { rounds: DayRound[]; sets: DaySet[] }, before: { rounds: DayRound[]; sets: DaySet[] }, unit: Unit): DayTotals {
  const volume =
    today.rounds.reduce((v, r) => v + Math.max(0, inUnit(r.compound.load, r.unit, unit)) * r.compound.reps + Math.max(0, inUnit(r.shrug.load, r.unit, unit)) * r.shrug.reps, 0) +
    today.sets.reduce((v, s) => v + Math.max(0, inUnit(s.load, s.unit, unit)) * s.reps, 0);
  const best = (ls: Lifted[]) => {
    const by = new Map<string, { heaviest: number; e1rm: number }>();
    for (const l of ls) {
      if (l.kind === 'warmup' || l.reps <= 0 || !l.exerciseId) continue;
      const load = inUnit(l.load, l.unit, unit);
      const cur = by.get(l.exerciseId) ?? { heaviest: -Infinity, e1rm: -Infinity };
      by.set(l.exerciseId, { heaviest: Math.max(cur.heaviest, load), e1rm: Math.max(cur.e1rm, load > 0 ? e1rm(load, l.reps, l.rir ?? 0) : -Infinity) });
    }
    return by;
  };
  const now = best(lifts(today.rounds, today.sets));
  const then = best(lifts(before.rounds, before.sets));
  const records: Record_[] = [];
  for (const [id, b] of now) {
    const old = then.get(id);
    if (!old) continue;
    if (b.heaviest > old.heaviest + 1e-9) records.push({ exerciseId: id, what: `heaviest load: ${formatLoad(b.heaviest, unit)}` });
    else if (b.e1rm > old.e1rm + 1e-9) records.push({ exerciseId: id, what: `best estimated 1RM: ${formatLoad(Math.round(b.e1rm * 10) / 10, unit)}` });
  }
  return { rounds: today.rounds.length, sets: today.sets.length, volume: Math.round(volume * 10) / 10, records };
}
