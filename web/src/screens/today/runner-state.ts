// The session runner as one small reducer: which step the lifter is on and
// what they have done so far. Pure (times arrive in the actions), so every
// step change is tested, and plain data, so it is saved after each change and
// a reload resumes at the same step (runner-storage.ts).
//
// Flow: overview → warm-up drills → per combo: ramp-up (first round only) →
// compound → shrug → rest → compound … → prescription → next combo → summary.
// In a beginner's drill weeks the drills are the whole session: overview →
// drills → summary.
import type { Session } from '../../../../src/engine/session.js';
import { ROUND } from '../../../../src/contract/limits.js';
import { CALIBRATION_CALL } from '../../../../src/engine/rir-bias.js';
import { loggedBand } from '../../../../src/engine/loads/landmine-band.js';
import type { BandAnchor } from '../../../../src/engine/loads/landmine-curve.js';
import type { ResistanceBand } from '../../../../src/engine/model.js';
import type { Unit } from '../../../../src/engine/types.js';
import type { RoundDraft } from '../../offline/outbox.js';

export type Step =
  | { kind: 'overview' }
  | { kind: 'warmup'; drill: number }
  | { kind: 'ramp'; combo: number }
  | { kind: 'compound'; combo: number; round: number }
  | { kind: 'shrug'; combo: number; round: number }
  /** Resting before `round`. */
  | { kind: 'rest'; combo: number; round: number }
  | { kind: 'prescription'; combo: number }
  | { kind: 'summary' };

/** A round the runner logged: where it stands in the session, and the round itself as it goes to the outbox. */
export interface RoundRecord {
  combo: number;
  round: number;
  body: RoundDraft;
  loggedAt: number;
  /** On the phone's outbox yet? `outboxId` once it is. */
  saved: 'saving' | 'saved' | 'failed';
  outboxId?: string;
}

/**
 * What the lifter will log for the compound. Changing it says nothing about
 * time: reps and RIR may be set before the set as well as after it, so only
 * "Done" (the bar is racked) starts the clock to the shrug.
 */
export interface CompoundDraft {
  load: number;
  reps: number;
  rir: number;
  /**
   * A calibration set (once a block per combo): the reps done when the lifter
   * believed CALIBRATION_CALL were left; `reps` is then where failure came.
   */
  calibration?: { repsAtCall: number };
  /** A resistance band on the landmine press (one of the lifter's), kept for the combo's later rounds. */
  band?: BandChoice;
}

export type BandChoice = ResistanceBand & { anchor: BandAnchor };

export interface ShrugDraft {
  compoundEndedAt: number;
  firstRepAt: number | null;
  reps: number;
}

export interface RunnerState {
  version: 2;
  /** The lifter's local date the session belongs to. */
  date: string;
  /** One id per training day: every round of the day carries it. */
  sessionId: string;
  /** Today's session as it was at "Start", so loads stay put while rounds are logged. */
  session: Session | null;
  bodyweight: number | null;
  step: Step;
  rampDone: number[];
  compound: CompoundDraft | null;
  shrug: ShrugDraft | null;
  restEndsAt: number | null;
  rounds: RoundRecord[];
  /** Beep and buzz when a shrug rep has been held long enough. */
  pauseCue: boolean;
  /** A drill-week session: the drills are the work, no combos follow. */
  drillsOnly?: boolean;
  /** Rounds of each combo already logged today (on any device) at Start: the runner goes on from there. */
  doneBefore?: Record<string, number>;
  /** Exercises the lifter added to today's list (catalog ids or their own custom:…). */
  extras?: string[];
  /** The day's list in the lifter's order (item keys, see dayItems); unset keeps the plan's order. */
  order?: string[];
}

export type Action =
  | { type: 'start'; session: Session; sessionId: string; bodyweight: number | null; drillsOnly?: boolean; done?: Record<string, number> }
  /** Today's session id, fixed by the first set logged before Start. */
  | { type: 'session-id'; sessionId: string }
  | { type: 'add-exercise'; exerciseId: string }
  | { type: 'remove-exercise'; exerciseId: string }
  /** Moves one item of the day's list; `keys` is the list as shown. */
  | { type: 'move'; key: string; by: -1 | 1; keys: string[] }
  /** Back to the day's list (after the combos, or when the plan changed). */
  | { type: 'to-overview' }
  /** The end of the session: its summary. */
  | { type: 'finish' }
  | { type: 'warmup-next' }
  | { type: 'warmup-back' }
  | { type: 'warmup-skip' }
  | { type: 'ramp-toggle'; index: number }
  | { type: 'ramp-done' }
  | { type: 'compound-set'; field: 'load' | 'reps' | 'rir' | 'repsAtCall'; value: number }
  /** Makes this round's compound a calibration set, or an ordinary one again. */
  | { type: 'calibrate'; on: boolean }
  /** The band on the landmine press, or none. */
  | { type: 'band'; band: BandChoice | null }
  | { type: 'compound-done'; at: number }
  | { type: 'shrug-rep'; at: number }
  | { type: 'shrug-undo' }
  /** The count typed or stepped after the set (hands full during it). */
  | { type: 'shrug-set'; reps: number }
  | { type: 'shrug-finish'; at: number; toFailure: boolean }
  | { type: 'round-saved'; index: number; outboxId: string }
  | { type: 'round-failed'; index: number }
  | { type: 'rest-add'; seconds: number }
  | { type: 'rest-done' }
  | { type: 'next-combo' }
  | { type: 'toggle-cue' }
  | { type: 'reset'; date: string };

export function initialRunner(date: string): RunnerState {
  return { version: 2, date, sessionId: '', session: null, bodyweight: null, step: { kind: 'overview' }, rampDone: [], compound: null, shrug: null, restEndsAt: null, rounds: [], pauseCue: false };
}

/** The compound draft for a round: the load used in the round before, else the session's. */
function draftFor(s: RunnerState, combo: number): CompoundDraft {
  const c = s.session!.combos[combo]!;
  const before = s.rounds.filter((r) => r.combo === combo).at(-1);
  const band = before?.body.compound.band;
  return {
    load: before?.body.compound.load ?? c.compound.load,
    reps: c.compound.targetReps,
    rir: c.compound.targetRir.min,
    ...(band ? { band: { tension: band.tension, anchor: band.anchor, ...(band.restLength !== undefined ? { restLength: band.restLength } : {}), ...(band.atStretch !== undefined ? { atStretch: band.atStretch } : {}) } } : {}),
  };
}

function enterCombo(s: RunnerState, combo: number): RunnerState {
  const c = s.session?.combos[combo];
  if (!c) return { ...s, step: { kind: 'summary' }, compound: null, shrug: null, restEndsAt: null };
  // Rounds logged today already (another phone, or before a reload) are not asked for again.
  const done = s.doneBefore?.[c.planned.comboId] ?? 0;
  if (done >= c.planned.rounds) return enterCombo(s, combo + 1);
  const step: Step = done === 0 && c.compound.rampUp.length > 0 ? { kind: 'ramp', combo } : { kind: 'compound', combo, round: done };
  return { ...s, step, rampDone: [], compound: draftFor(s, combo), shrug: null, restEndsAt: null };
}

/** What follows the drills: the first combo, or the end of a drills-only session. */
function afterDrills(s: RunnerState): RunnerState {
  return s.drillsOnly ? { ...s, step: { kind: 'summary' } } : enterCombo(s, 0);
}

function finishShrug(s: RunnerState, step: Extract<Step, { kind: 'shrug' }>, at: number, toFailure: boolean): RunnerState {
  const c = s.session!.combos[step.combo]!;
  const draft = s.compound!;
  const shrug = s.shrug!;
  const started = shrug.firstRepAt ?? at;
  // The shrug normally carries the compound's load; it follows a load the lifter changed.
  const shrugLoad = c.shrug.load === c.compound.load ? draft.load : c.shrug.load;
  const rampUp = step.round === 0 ? c.compound.rampUp.filter((_, i) => s.rampDone.includes(i)).map((r) => ({ load: r.load, reps: r.reps })) : [];
  const record: RoundRecord = {
    combo: step.combo,
    round: step.round,
    body: {
      sessionId: s.sessionId,
      date: s.date,
      combo: c.planned.comboId,
      compound: compoundBody(c.compound.exerciseId, draft, c.compound.unit),
      shrug: { exercise: c.shrug.exerciseId, load: shrugLoad, reps: shrug.reps, toFailure },
      // Capped as the server caps it, so a round left open for hours is still taken.
      secondsBetween: Math.min(ROUND.secondsBetween.max, Math.max(0, Math.round((started - shrug.compoundEndedAt) / 1000))),
      ...(rampUp.length > 0 ? { rampUp } : {}),
      unit: c.compound.unit,
      // Bodyweight matters to the load of dips and pull-ups only.
      ...(s.bodyweight !== null && c.compound.breakdown.kind === 'bodyweight' ? { bodyweight: s.bodyweight } : {}),
    },
    loggedAt: at,
    saved: 'saving',
  };
  const rounds = [...s.rounds, record];
  const next = step.round + 1;
  if (next < c.planned.rounds) {
    return { ...s, rounds, shrug: null, step: { kind: 'rest', combo: step.combo, round: next }, restEndsAt: at + c.planned.restSeconds * 1000 };
  }
  return { ...s, rounds, shrug: null, compound: null, step: { kind: 'prescription', combo: step.combo }, restEndsAt: null };
}

/** The compound as logged: a calibration set went to failure, so its RIR is 0 and failure never comes before the call. */
function compoundBody(exercise: string, d: CompoundDraft, unit: Unit): RoundDraft['compound'] {
  // What the band added at lockout, as the server works it out, so History shows it before the round is sent.
  const band = d.band ? { band: loggedBand(d.band, d.load, unit) } : {};
  if (!d.calibration) return { exercise, load: d.load, reps: d.reps, rir: d.rir, ...band };
  const repsToFailure = Math.max(d.reps, d.calibration.repsAtCall);
  return { exercise, load: d.load, reps: repsToFailure, rir: 0, calibration: { calledRir: CALIBRATION_CALL, repsAtCall: d.calibration.repsAtCall, repsToFailure }, ...band };
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function runnerReducer(s: RunnerState, a: Action): RunnerState {
  const step = s.step;
  switch (a.type) {
    case 'start': {
      const started: RunnerState = { ...s, session: a.session, sessionId: a.sessionId, bodyweight: a.bodyweight, rounds: [], drillsOnly: a.drillsOnly === true, doneBefore: a.done ?? {} };
      if (a.session.warmup.drills.length > 0) return { ...started, step: { kind: 'warmup', drill: 0 } };
      return afterDrills(started);
    }
    case 'warmup-next':
      if (step.kind !== 'warmup') return s;
      return step.drill + 1 < (s.session?.warmup.drills.length ?? 0) ? { ...s, step: { kind: 'warmup', drill: step.drill + 1 } } : afterDrills(s);
    case 'warmup-back':
      return step.kind === 'warmup' && step.drill > 0 ? { ...s, step: { kind: 'warmup', drill: step.drill - 1 } } : s;
    case 'warmup-skip':
      return step.kind === 'warmup' ? afterDrills(s) : s;
    case 'ramp-toggle':
      if (step.kind !== 'ramp') return s;
      return { ...s, rampDone: s.rampDone.includes(a.index) ? s.rampDone.filter((i) => i !== a.index) : [...s.rampDone, a.index].sort((x, y) => x - y) };
    case 'ramp-done':
      return step.kind === 'ramp' ? { ...s, step: { kind: 'compound', combo: step.combo, round: 0 } } : s;
    case 'compound-set': {
      if (step.kind !== 'compound' || !s.compound) return s;
      if (a.field === 'repsAtCall') {
        if (!s.compound.calibration) return s;
        const repsAtCall = clamp(a.value, ROUND.compoundReps.min, ROUND.compoundReps.max);
        // Failure comes at or after the call: the count at failure follows a call moved past it.
        return { ...s, compound: { ...s.compound, reps: Math.max(s.compound.reps, repsAtCall), calibration: { repsAtCall } } };
      }
      const rule = { load: ROUND.load, reps: ROUND.compoundReps, rir: ROUND.rir }[a.field];
      return { ...s, compound: { ...s.compound, [a.field]: clamp(a.value, rule.min, rule.max) } };
    }
    case 'band': {
      if (step.kind !== 'compound' || !s.compound) return s;
      const { band: _old, ...rest } = s.compound;
      return { ...s, compound: a.band ? { ...rest, band: a.band } : rest };
    }
    case 'calibrate': {
      if (step.kind !== 'compound' || !s.compound) return s;
      const c = s.session!.combos[step.combo]!;
      if (!a.on) {
        const { calibration: _off, ...plain } = s.compound;
        return { ...s, compound: { ...plain, reps: c.compound.targetReps, rir: c.compound.targetRir.min } };
      }
      // Suggested: the call at the target reps, failure two reps later; the lifter sets both after the set.
      const repsAtCall = c.compound.targetReps;
      return { ...s, compound: { ...s.compound, reps: Math.min(ROUND.compoundReps.max, repsAtCall + CALIBRATION_CALL), rir: 0, calibration: { repsAtCall } } };
    }
    case 'compound-done':
      // "Done" is the lifter racking the compound: the seconds to the shrug count from here.
      if (step.kind !== 'compound' || !s.compound) return s;
      return { ...s, shrug: { compoundEndedAt: a.at, firstRepAt: null, reps: 0 }, step: { kind: 'shrug', combo: step.combo, round: step.round } };
    case 'shrug-rep':
      if (step.kind !== 'shrug' || !s.shrug) return s;
      return { ...s, shrug: { ...s.shrug, reps: Math.min(ROUND.shrugReps.max, s.shrug.reps + 1), firstRepAt: s.shrug.firstRepAt ?? a.at } };
    case 'shrug-undo':
      if (step.kind !== 'shrug' || !s.shrug) return s;
      return { ...s, shrug: { ...s.shrug, reps: Math.max(0, s.shrug.reps - 1) } };
    case 'shrug-set':
      if (step.kind !== 'shrug' || !s.shrug) return s;
      return { ...s, shrug: { ...s.shrug, reps: clamp(Math.round(a.reps), ROUND.shrugReps.min, ROUND.shrugReps.max) } };
    case 'shrug-finish':
      return step.kind === 'shrug' && s.shrug && s.compound ? finishShrug(s, step, a.at, a.toFailure) : s;
    case 'round-saved':
    case 'round-failed': {
      const rounds = s.rounds.map((r, i) =>
        i !== a.index ? r : a.type === 'round-saved' ? { ...r, saved: 'saved' as const, outboxId: a.outboxId } : { ...r, saved: 'failed' as const },
      );
      return { ...s, rounds };
    }
    case 'rest-add':
      return step.kind === 'rest' && s.restEndsAt !== null ? { ...s, restEndsAt: s.restEndsAt + a.seconds * 1000 } : s;
    case 'rest-done':
      if (step.kind !== 'rest') return s;
      return { ...s, step: { kind: 'compound', combo: step.combo, round: step.round }, compound: draftFor(s, step.combo), restEndsAt: null };
    case 'next-combo':
      return step.kind === 'prescription' ? enterCombo(s, step.combo + 1) : s;
    case 'toggle-cue':
      return { ...s, pauseCue: !s.pauseCue };
    case 'reset':
      return initialRunner(a.date);
    case 'session-id':
      return s.sessionId ? s : { ...s, sessionId: a.sessionId };
    case 'add-exercise':
      return (s.extras ?? []).includes(a.exerciseId) ? s : { ...s, extras: [...(s.extras ?? []), a.exerciseId] };
    case 'remove-exercise':
      return { ...s, extras: (s.extras ?? []).filter((e) => e !== a.exerciseId), order: s.order?.filter((k) => k !== `extra:${a.exerciseId}`) };
    case 'move': {
      const i = a.keys.indexOf(a.key);
      const j = i + a.by;
      if (i < 0 || j < 0 || j >= a.keys.length) return s;
      const order = [...a.keys];
      [order[i], order[j]] = [order[j]!, order[i]!];
      return { ...s, order };
    }
    case 'to-overview':
      return { ...s, step: { kind: 'overview' }, compound: null, shrug: null, restEndsAt: null };
    case 'finish':
      return { ...s, step: { kind: 'summary' }, compound: null, shrug: null, restEndsAt: null };
  }
}

/** Rounds of one combo done so far, for the headings ("Round 2 of 3"). */
export function roundsOf(s: RunnerState, combo: number): RoundRecord[] {
  return s.rounds.filter((r) => r.combo === combo);
}
