// Next session's prescription for a combo from one logged round: double
// progression in the combo's rep range, steered by the logged RIR. Hold the
// load and add a rep while inside the range at RIR 2-3; add the smallest
// buildable step at the top of the range; cut via e1RM when the set fell below
// the range; hold on any log that looks like a typo. How far a logged RIR is
// trusted (Halperin 2022, Refalo 2023, Zourdos 2021) and the 10% cap on jumps
// (ACSM 2009, Ratamess et al.) live in progression-maths.ts; a lifter's own
// bias, learnt from calibration sets, shifts the call first (rir-bias.ts).
// Everything is worked out in the lifter's unit, whatever the log's unit.
import { shrugInstruction } from './shrug-words.js';
import { findCombo, findExercise } from './catalog/index.js';
import type { Breakdown, Buildable } from './loads/round.js';
import { nextLoadDown, nextLoadUp, roundLoad } from './loads/round.js';
import { creditedRir, implausibilities } from './log-plausibility.js';
import { logInUnit } from './log-units.js';
import type { ComboLog, Inventory, RirCalibration, Warning } from './model.js';
import { estimate, jumpFrom, loadFor, repsAt, repsKeeping, TRUSTED_REPS, type Lift } from './progression-maths.js';
import { checkLog } from './rules/index.js';
import { shrugTargetReps } from './shrug-target.js';
import type { Combo, RepRange, Unit } from './types.js';
import { formatLoad } from './units.js';

export type Decision = 'add_load' | 'add_reps' | 'hold' | 'reduce_load';

export interface Prescription {
  comboId: string;
  compound: { exerciseId: string; load: number; unit: Unit; breakdown: Breakdown; targetReps: number; repRange: RepRange; targetRir: RepRange };
  /**
   * The shrug uses the implement of the compound variant just done, so its load
   * and breakdown are built like the compound's. targetReps is last time's reps
   * to failure at this load plus one; null when there is no such record.
   */
  shrug: {
    exerciseId: string;
    load: number;
    unit: Unit;
    breakdown: Breakdown;
    targetReps: number | null;
    /** The shrug in words: to failure, the mark to beat on the way, the pause and where. */
    instruction: string;
  };
  decision: Decision;
  /** Short lines for the lifter, first the main one ("12 reps at RIR 3 → +2.5 kg (62.5 kg)"). */
  reasons: string[];
  warnings: Warning[];
}

export class ProgressionError extends Error {
  override name = 'ProgressionError';
}

/** RIR of 4 or more at the top of the range, or 3+ reps past it, earns a bigger step (ACSM 2009: add 2-10%). */
const FAR_RIR = 4;
const FAR_REPS_PAST_TOP = 3;

interface Step {
  decision: Decision;
  load: Buildable;
  targetReps: number;
  reasons: string[];
}

function describe(b: Buildable, lift: Lift): string {
  if (lift.loading !== 'bodyweight') return formatLoad(b.load, b.unit);
  if (b.load === 0) return 'bodyweight';
  return `bodyweight ${b.load > 0 ? '+' : '−'} ${formatLoad(Math.abs(b.load), b.unit)}`;
}

function signed(delta: number, unit: Unit): string {
  return `${delta >= 0 ? '+' : '−'}${formatLoad(Math.abs(delta), unit)}`;
}

const clamp = (x: number, r: RepRange) => Math.min(r.max, Math.max(r.min, x));

interface Round {
  /** The round as logged, in its own unit (for the sanity checks, which compare across units). */
  log: ComboLog;
  /** The same round in the lifter's unit (lift.unit): the maths use this. */
  here: ComboLog;
  combo: Combo;
  lift: Lift;
  previous: ComboLog[];
  /** The logged load as the lifter's inventory builds it. */
  current: Buildable;
  /** Reps the lifter tends to have left beyond the call (rir-bias.ts); 0 reads the call as said. */
  bias: number;
}

/** The RIR a call stands for once the lifter's bias is allowed for; never below 0. */
export function correctedRir(credited: number, bias: number): number {
  return Math.max(0, credited + bias);
}

function decide({ log, here, combo, lift, previous, current, bias }: Round): Step {
  const { load: logged, reps, rir: said } = here.compound;
  // A claim beyond judgement earns what the largest judgeable RIR would, no more and no less.
  const credited = creditedRir(said);
  const rir = correctedRir(credited, bias);
  const { repRange: range, targetRir } = combo;
  const head = `${reps} reps at RIR ${said}`;
  const keepIt = `keep ${describe(current, lift)}`;

  const odd = implausibilities(log, range, lift.loading === 'bodyweight', previous);
  if (odd.length > 0) {
    const why = `${odd.join('; ')}: this looks unusual, so ${keepIt} until the next session confirms it`;
    return { decision: 'hold', load: current, targetReps: clamp(reps, range), reasons: [`${head} → ${keepIt}`, why] };
  }

  const est = estimate(lift, logged, reps, rir);
  const canDo = repsKeeping(reps, rir, targetRir.min);
  const after = (b: Buildable) => (est === null ? range.min : clamp(repsAt(lift, est, b.load, targetRir.min), range));
  // A log kept in another unit is compared with its nearest load in the lifter's own plates, so the change reads in whole plates.
  const from = log.unit === lift.unit ? logged : current.load;
  const moved = (b: Buildable, extra: string[] = []): string[] => [`${head} → ${signed(b.load - from, lift.unit)} (${describe(b, lift)})`, ...extra];
  const notes: string[] = [];
  if (said > credited) notes.push(`nobody can judge RIR ${said} from a set, so it was credited as RIR ${credited}, the most a set can tell`);
  if (rir >= FAR_RIR || reps > TRUSTED_REPS) {
    notes.push(`RIR guesses far from failure or past ${TRUSTED_REPS} reps are rough, so this one counted for less`);
  }

  // Below the range even with RIR 2 kept: cut to the load for the bottom of the range.
  if (canDo < range.min) {
    const down = est === null ? nextLoadDown(current.load, lift.unit, lift.loading, lift.inventory) : loadFor(lift, est, range.min, targetRir.min);
    if (down && down.load < current.load) {
      return { decision: 'reduce_load', load: down, targetReps: after(down), reasons: moved(down, [`back to the bottom of the ${range.min}-${range.max} range with ${targetRir.min}-${targetRir.max} reps left`, ...notes]) };
    }
    const lightest = nextLoadDown(current.load, lift.unit, lift.loading, lift.inventory) === null;
    const aim = `aim for ${Math.max(1, canDo)} reps`;
    const why = lightest ? `${describe(current, lift)} is the lightest load you can build: ${aim} and climb back into the range` : `${keepIt} and ${aim}`;
    return { decision: 'hold', load: current, targetReps: Math.max(1, canDo), reasons: [`${head} → ${why}`, ...notes] };
  }

  // Top of the range at the target RIR or easier, or more reps in hand than the top.
  if ((reps >= range.max && rir >= targetRir.min) || canDo > range.max) {
    const tooEasy = reps >= range.max && (rir >= FAR_RIR || reps >= range.max + FAR_REPS_PAST_TOP);
    const up =
      tooEasy && est !== null
        ? jumpFrom(lift, est, logged, current, range.min, targetRir.max)
        : nextLoadUp(current.load, lift.unit, lift.loading, lift.inventory);
    if (!up) {
      return { decision: 'hold', load: current, targetReps: range.max, reasons: [`${head} → ${keepIt}: it is the heaviest load you can build`, ...notes] };
    }
    const extra = tooEasy && est !== null ? ['well short of failure, so a bigger step, at most 10%'] : [];
    return { decision: 'add_load', load: up, targetReps: after(up), reasons: moved(up, [...extra, ...notes]) };
  }

  // Closer to failure than the plan: same load, fewer reps, more left in reserve.
  if (rir < targetRir.min) {
    return { decision: 'hold', load: current, targetReps: canDo, reasons: [`${head} → ${keepIt} and stop at ${canDo} reps with ${targetRir.min}-${targetRir.max} left`] };
  }

  const target = Math.min(range.max, Math.max(reps + 1, canDo));
  return { decision: 'add_reps', load: current, targetReps: target, reasons: [`${head} → ${keepIt} and aim for ${target} reps`, ...notes] };
}

/** `shortHere`: the last shrug stopped short at the load prescribed now, so it was passed over as a mark. */
function shrugReason(target: number | null, shortHere: boolean): string {
  const short = 'last time stopped short of failure, which sets no mark';
  if (target === null) return shortHere ? `shrug: ${short}; take this one to failure` : 'shrug: a new load, so to failure sets the mark';
  return `shrug: beat ${target - 1} reps with ${target}${shortHere ? ` (${short})` : ''}`;
}

export interface PrescriptionContext {
  inventory: Inventory;
  /** Earlier rounds of the combo, for sanity checks and shrug marks; any unit. */
  previous?: ComboLog[];
  /** The unit loads come out in (default: the log's), rounded to what the inventory builds. */
  unit?: Unit;
  /**
   * The lifter's RIR bias from calibration sets (estimateRirBias in rir-bias.ts):
   * a call of RIR x is read as x + rirBias, never below 0. Default 0. Not applied
   * to a calibration round, whose set went to failure and needs no reading.
   */
  rirBias?: number;
}

const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);

/** Why the bias moved the decision, or null when it changed nothing. */
function biasReason(log: ComboLog, plain: Step, read: Step, bias: number): string | null {
  if (bias === 0 || (plain.decision === read.decision && Math.abs(plain.load.load - read.load.load) < 1e-9)) return null;
  const size = Math.abs(bias);
  const reps = `${oneDecimal(size)} rep${oneDecimal(size) === '1' ? '' : 's'}`;
  const way = bias > 0 ? `call ${reps} fewer than you have left` : `call ${reps} more than you have left`;
  return `you tend to ${way}: read as RIR ${oneDecimal(correctedRir(creditedRir(log.compound.rir), bias))}`;
}

function calibrationReason(c: RirCalibration): string {
  const left = c.repsToFailure - c.repsAtCall;
  return `calibration set: you called ${c.calledRir} left at ${c.repsAtCall} reps and reached failure at ${c.repsToFailure}, so ${left} ${left === 1 ? 'was' : 'were'} left`;
}

/** The next prescription for a combo from its latest logged round. */
export function nextPrescription(log: ComboLog, ctx: PrescriptionContext): Prescription {
  const compound = findExercise(log.compoundId);
  const shrug = findExercise(log.shrugId);
  const combo = findCombo(log.comboId);
  if (!compound || !shrug || !combo) throw new ProgressionError(`unknown combo, compound or shrug in the log of ${log.date}`);
  const previous = ctx.previous ?? [];
  const unit = ctx.unit ?? log.unit;
  const here = logInUnit(log, unit);
  const bodyweightLift = compound.loading === 'bodyweight';
  const lift: Lift = { unit, loading: compound.loading, inventory: ctx.inventory, base: bodyweightLift ? (here.bodyweight ?? null) : 0 };
  // The shrug follows at once with the same dumbbells, bar or body (docs/system.md), so both are built with the variant's loading.
  const build = (load: number) => roundLoad(load, unit, compound.loading, ctx.inventory, 'nearest');
  const current = build(here.compound.load);
  if (!current) throw new ProgressionError(`nothing in the inventory builds a load for ${log.compoundId}`);
  const calibration = log.compound.calibration;
  // A calibration round went to failure: its RIR 0 is measured, not called.
  const bias = calibration ? 0 : (ctx.rirBias ?? 0);
  if (!Number.isFinite(bias)) throw new ProgressionError(`rirBias must be a finite number, got ${bias}`);
  const round = { log, here, combo, lift, previous, current };
  const step = decide({ ...round, bias });
  const why = biasReason(log, bias === 0 ? step : decide({ ...round, bias: 0 }), step, bias);
  const [main, ...rest] = step.reasons;
  const reasons = [main!, ...(why ? [why] : []), ...(calibration ? [calibrationReason(calibration)] : []), ...rest];
  // Said in the lifter's unit only: the other unit's number is in the round's own record.
  if (log.unit !== unit) reasons.push(`last time's load, logged in the other unit, is ${formatLoad(here.compound.load, unit)}: ${describe(current, lift)} with your equipment`);
  if (bodyweightLift && here.bodyweight === undefined) reasons.push('log your bodyweight to let the load move by more than one step');
  // The shrug normally carries the compound's load; one done lighter or heavier keeps its own load.
  const sameImplement = Math.abs(log.shrug.load - log.compound.load) < 1e-6;
  const shrugBuilt = sameImplement ? step.load : (build(here.shrug.load) ?? step.load);
  const shrugReps = shrugTargetReps(log, shrugBuilt.load, unit, previous);
  reasons.push(shrugReason(shrugReps, !log.shrug.toFailure && Math.abs(here.shrug.load - shrugBuilt.load) < 1e-6));
  return {
    comboId: combo.id,
    compound: { exerciseId: compound.id, load: step.load.load, unit: step.load.unit, breakdown: step.load.breakdown, targetReps: step.targetReps, repRange: combo.repRange, targetRir: combo.targetRir },
    shrug: { exerciseId: shrug.id, load: shrugBuilt.load, unit, breakdown: shrugBuilt.breakdown, targetReps: shrugReps, instruction: shrugInstruction(combo.movement, combo.shrugPauseSeconds, shrugReps) },
    decision: step.decision,
    reasons,
    warnings: checkLog(log, ctx.inventory),
  };
}
