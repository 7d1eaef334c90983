// Today's session: the warm-up drills, then each planned combo with its target
// loads (from the last log when there is one, else a cautious first guess) and
// the ramp-up sets that lead to it.
import { findCombo, findExercise, movement } from './catalog/index.js';
import { comboInstruction, shrugGoal, shrugInstruction } from './shrug-words.js';
import type { Buildable, Breakdown } from './loads/round.js';
import { rampUp, type RampSet } from './loads/ramp-up.js';
import type { ComboLog, Inventory, PlannedCombo, Profile, Warning, WeekPlan, Weekday, DayCompound } from './model.js';
import { nextPrescription, ProgressionError } from './progression.js';
import { rirBiasOf } from './rir-bias.js';
import { startingLoad } from './starting-loads.js';
import type { RepRange, Unit } from './types.js';
import { buildWarmup, type Warmup } from './warmup.js';
import { inventoryInUnit } from './inventory-presets.js';
import { equipmentName, missing } from './program/choose-variants.js';
import { orList } from './program/text.js';

export interface SessionCombo {
  planned: PlannedCombo;
  name: string;
  number: number;
  compound: {
    exerciseId: string;
    name: string;
    load: number;
    unit: Unit;
    breakdown: Breakdown;
    targetReps: number;
    repRange: RepRange;
    targetRir: RepRange;
    rampUp: RampSet[];
  };
  shrug: {
    exerciseId: string;
    name: string;
    load: number;
    unit: Unit;
    /** A mark to beat on the way to failure (last time's reps + 1), never a place to stop; null with no record. */
    targetReps: number | null;
    pauseSeconds: number;
    /** Where each rep's pause is held: this movement's full contraction (not always "the top"). */
    pauseAt: string;
    /** The shrug in words: to failure, the mark to beat, the pause and where. */
    instruction: string;
    /** How far to take it, in a phrase: "to failure", with the mark to beat; in a deload week, how far short. */
    goal: string;
  };
  /** The combo in a sentence: the compound stopped short, then at once the shrug to failure. */
  instruction: string;
  /** 'progression' when built from the last log, 'estimate' for a first session. */
  source: 'progression' | 'estimate';
  reasons: string[];
  cues: string[];
  safety: string[];
  warnings: Warning[];
  /** Set when the plan's variant needs equipment the lifter no longer has and another variant stands in. */
  substitute?: { for: string; reason: string };
}

export interface Session {
  weekday: Weekday;
  label: string;
  /** The lifter's own compounds, done first as usual. */
  compounds: DayCompound[];
  warmup: Warmup;
  combos: SessionCombo[];
  /** Combos that cannot be loaded with this inventory, with why. */
  skipped: { comboId: string; reason: string }[];
  /** The day in the order to do it, as the plan has it: each own lift, then the combos that follow it; combos after no lift last. */
  order: SessionStep[];
  /** Which week of the training block the day is in, when known (block/this-week.ts). */
  blockWeek?: { week: number; of: number; deload: boolean };
}

export type SessionStep = { kind: 'lift'; exerciseId: string } | { kind: 'combo'; comboId: string };

/** Own lifts in the day's order, each followed at once by the combos placed after it. */
export function sessionOrder(compounds: DayCompound[], combos: { planned: { comboId: string; after: string | null } }[]): SessionStep[] {
  const steps: SessionStep[] = [];
  const placed = new Set<string>();
  for (const lift of compounds) {
    steps.push({ kind: 'lift', exerciseId: lift.exerciseId });
    for (const c of combos) {
      if (c.planned.after !== lift.exerciseId || placed.has(c.planned.comboId)) continue;
      placed.add(c.planned.comboId);
      steps.push({ kind: 'combo', comboId: c.planned.comboId });
    }
  }
  for (const c of combos) if (!placed.has(c.planned.comboId)) steps.push({ kind: 'combo', comboId: c.planned.comboId });
  return steps;
}

export interface SessionInput {
  plan: WeekPlan;
  weekday: Weekday;
  profile: Profile;
  inventory: Inventory;
  /** Logged rounds in any order; the latest for each combo and compound drives progression. */
  history?: ComboLog[];
}

export class SessionInputError extends Error {
  override name = 'SessionInputError';
}

function latestLogs(history: ComboLog[], planned: PlannedCombo): ComboLog[] {
  // Stable by date: rounds logged on one day keep their order, the last counts.
  return history
    .filter((l) => l.comboId === planned.comboId && l.compoundId === planned.compoundId)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function fromHistory(logs: ComboLog[], input: SessionInput, rirBias: number) {
  const last = logs[logs.length - 1]!;
  // Loads come out in the lifter's unit, built from what they own, even from a log kept in the other unit.
  const p = nextPrescription(last, { inventory: input.inventory, previous: logs.slice(0, -1), unit: input.profile.unit, rirBias });
  const buildable: Buildable = { load: p.compound.load, unit: p.compound.unit, breakdown: p.compound.breakdown };
  return {
    buildable,
    shrugLoad: p.shrug.load,
    targetReps: p.compound.targetReps,
    shrugTarget: p.shrug.targetReps,
    reasons: p.reasons,
    warnings: p.warnings,
  };
}

export function buildSession(given: SessionInput): Session {
  // Equipment kept in the other unit (a profile switched between kg and lb) is
  // weighed in the lifter's unit, so no load, plate or reason mixes the two.
  const input = { ...given, inventory: inventoryInUnit(given.inventory, given.profile.unit) };
  // One lifter, one bias: every combo's calls are read through what all calibration sets showed.
  const rirBias = rirBiasOf(input.history ?? []).bias;
  const day = input.plan.days.find((d) => d.weekday === input.weekday);
  if (!day) {
    const days = input.plan.days.map((d) => d.weekday).join(', ');
    throw new SessionInputError(`${input.weekday} is not a training day in this plan (training days: ${days})`);
  }
  const combos: SessionCombo[] = [];
  const skipped: Session['skipped'] = [];
  for (const inPlan of day.combos) {
    const combo = findCombo(inPlan.comboId)!;
    // Equipment taken away since the plan was made: another variant stands in, marked as one, or the combo sits out with the reason.
    const lacking = missing(combo, inPlan.compoundId, input.inventory);
    let planned = inPlan;
    let substitute: SessionCombo['substitute'];
    if (lacking.length > 0) {
      const other = combo.compounds.find((id) => missing(combo, id, input.inventory).length === 0);
      const items = orList(lacking.map(equipmentName));
      const no = `no ${items} in your equipment`;
      if (!other) {
        skipped.push({ comboId: inPlan.comboId, reason: `${combo.name} needs a ${items}, which is not in your equipment` });
        continue;
      }
      planned = { ...inPlan, compoundId: other };
      substitute = { for: inPlan.compoundId, reason: `${findExercise(other)!.name} takes the place of ${findExercise(inPlan.compoundId)!.name.toLowerCase()}: ${no}` };
    }
    const compound = findExercise(planned.compoundId)!;
    const shrug = findExercise(planned.shrugId)!;
    const logs = latestLogs(input.history ?? [], planned);
    let made;
    try {
      made =
      logs.length > 0
        ? fromHistory(logs, input, rirBias)
        : (() => {
            const start = startingLoad(combo, compound, input.profile, input.inventory);
            if (!start) return null;
            return {
              buildable: start,
              shrugLoad: start.load,
              targetReps: combo.repRange.max,
              shrugTarget: null,
              reasons: [
                'First time on this combo: the load is a cautious guess. Work up to it, and if the reps fly by, log honestly and the next session adjusts.',
              ],
              warnings: [] as Warning[],
            };
          })();
    } catch (e) {
      if (!(e instanceof ProgressionError)) throw e;
      made = null;
    }
    if (!made) {
      skipped.push({ comboId: planned.comboId, reason: `nothing in your equipment loads ${compound.name.toLowerCase()}` });
      continue;
    }
    const unit = made.buildable.unit;
    combos.push({
      planned,
      name: combo.name,
      number: combo.number,
      compound: {
        exerciseId: compound.id,
        name: compound.name,
        load: made.buildable.load,
        unit,
        breakdown: made.buildable.breakdown,
        targetReps: made.targetReps,
        repRange: planned.repRange,
        targetRir: planned.targetRir,
        rampUp: rampUp(made.buildable.load, unit, compound.loading, input.inventory, { bodyweight: input.profile.bodyweight }),
      },
      // The shrug follows at once with the same implement, so it normally carries the compound's load.
      shrug: {
        exerciseId: shrug.id,
        name: shrug.name,
        load: made.shrugLoad,
        unit,
        targetReps: made.shrugTarget,
        pauseSeconds: combo.shrugPauseSeconds,
        pauseAt: movement(combo.movement).fullContraction,
        instruction: shrugInstruction(combo.movement, combo.shrugPauseSeconds, made.shrugTarget),
        goal: shrugGoal(made.shrugTarget),
      },
      instruction: comboInstruction({ comboId: combo.id, compoundId: compound.id, shrugId: shrug.id, repRange: planned.repRange, targetRir: planned.targetRir }),
      source: logs.length > 0 ? 'progression' : 'estimate',
      reasons: made.reasons,
      cues: combo.cues,
      safety: [...combo.safety, ...compound.safety],
      warnings: made.warnings,
      ...(substitute ? { substitute } : {}),
    });
  }
  const movements = day.combos.map((c) => c.movement);
  return {
    weekday: day.weekday,
    label: day.label,
    compounds: day.compounds,
    warmup: buildWarmup(movements, input.profile.experience),
    combos,
    skipped,
    order: sessionOrder(day.compounds, combos),
  };
}
