// Next session's prescription for a combo from one logged round: double
// progression in the combo's rep range, steered by the logged RIR. Hold the
// load and add a rep while inside the range at RIR 2-3; add the smallest
// buildable step at the top of the range; cut via e1RM when the set fell below
// the range; hold on any log that looks like a typo. How far a logged RIR is
// trusted (Halperin 2022, Refalo 2023, Zourdos 2021) and the 10% cap on jumps
// (ACSM 2009, Ratamess et al.) live in progression-maths.ts.
import { findCombo, findExercise } from './catalog/index.js';
import type { Breakdown, Buildable } from './loads/round.js';
import { nextLoadDown, nextLoadUp, roundLoad } from './loads/round.js';
import { implausibilities } from './log-plausibility.js';
import type { ComboLog, Inventory, Warning } from './model.js';
import { estimate, jumpFrom, loadFor, repsAt, repsKeeping, TRUSTED_REPS, type Lift } from './progression-maths.js';
import { checkLog } from './rules/index.js';
import { shrugTargetReps } from './shrug-target.js';
import type { Combo, RepRange, Unit } from './types.js';
import { formatLoad } from './units.js';

export type Decision = 'add_load' | 'add_reps' | 'hold' | 'reduce_load';

export interface Prescription {
  comboId: string;
  compound: { exerciseId: string; load: number; unit: Unit; breakdown: Breakdown; targetReps: number; repRange: RepRange; targetRir: RepRange };
  /** The shrug uses the compound's implement. targetReps is last time's reps at this load plus one; null when there is no record at this load. */
  shrug: { exerciseId: string; load: number; unit: Unit; targetReps: number | null };
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

function decide(log: ComboLog, combo: Combo, lift: Lift, previous: ComboLog[]): Step {
  const { load: logged, reps, rir } = log.compound;
  const { repRange: range, targetRir } = combo;
  const current = roundLoad(logged, lift.unit, lift.loading, lift.inventory, 'nearest');
  if (!current) throw new ProgressionError(`nothing in the inventory builds a load for ${log.compoundId}`);
  const head = `${reps} reps at RIR ${rir}`;
  const keepIt = `keep ${describe(current, lift)}`;

  const odd = implausibilities(log, range, lift.loading === 'bodyweight', previous);
  if (odd.length > 0) {
    const why = `${odd.join('; ')}: this looks unusual, so ${keepIt} until the next session confirms it`;
    return { decision: 'hold', load: current, targetReps: clamp(reps, range), reasons: [`${head} → ${keepIt}`, why] };
  }

  const est = estimate(lift, logged, reps, rir);
  const canDo = repsKeeping(reps, rir, targetRir.min);
  const after = (b: Buildable) => (est === null ? range.min : clamp(repsAt(lift, est, b.load, targetRir.min), range));
  const moved = (b: Buildable, extra: string[] = []): string[] => [`${head} → ${signed(b.load - logged, lift.unit)} (${describe(b, lift)})`, ...extra];
  const notes: string[] = [];
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

/** The next prescription for a combo from its latest logged round; `previous` are earlier rounds of it, for sanity checks and shrug marks. */
export function nextPrescription(log: ComboLog, ctx: { inventory: Inventory; previous?: ComboLog[] }): Prescription {
  const compound = findExercise(log.compoundId);
  const shrug = findExercise(log.shrugId);
  const combo = findCombo(log.comboId);
  if (!compound || !shrug || !combo) throw new ProgressionError(`unknown combo, compound or shrug in the log of ${log.date}`);
  const previous = ctx.previous ?? [];
  const bodyweightLift = compound.loading === 'bodyweight';
  const lift: Lift = { unit: log.unit, loading: compound.loading, inventory: ctx.inventory, base: bodyweightLift ? (log.bodyweight ?? null) : 0 };
  const step = decide(log, combo, lift, previous);
  const reasons = [...step.reasons];
  if (bodyweightLift && log.bodyweight === undefined) reasons.push('log your bodyweight to let the load move by more than one step');
  // The shrug normally carries the compound's load; one done lighter or heavier keeps its own load.
  const sameImplement = Math.abs(log.shrug.load - log.compound.load) < 1e-6;
  const shrugLoad = sameImplement ? step.load.load : (roundLoad(log.shrug.load, log.unit, shrug.loading, ctx.inventory, 'nearest')?.load ?? log.shrug.load);
  const shrugReps = shrugTargetReps(log, shrugLoad, log.unit, previous);
  reasons.push(shrugReps === null ? 'shrug: a new load, so to failure sets the mark' : `shrug: beat ${shrugReps - 1} reps with ${shrugReps}`);
  return {
    comboId: combo.id,
    compound: { exerciseId: compound.id, load: step.load.load, unit: step.load.unit, breakdown: step.load.breakdown, targetReps: step.targetReps, repRange: combo.repRange, targetRir: combo.targetRir },
    shrug: { exerciseId: shrug.id, load: shrugLoad, unit: log.unit, targetReps: shrugReps },
    decision: step.decision,
    reasons,
    warnings: checkLog(log),
  };
}
