// A training block over the week plan's combos: accumulation weeks whose rounds
// per blade movement start low and ramp, steered by feedback and performance,
// then a deload week. Pure: the weeks come from a start date and the log, so
// the same inputs print the same block (docs/methods.md, Training blocks).
import { dateOfDay, dayNumber } from '../analytics/dates.js';
import { CATALOG, findCombo } from '../catalog/index.js';
import { missing } from '../program/choose-variants.js';
import type { ComboLog, Experience, Inventory, PlannedCombo, WeekPlan } from '../model.js';
import type { MovementId, RepRange } from '../types.js';
import { exposures, performedWorse, stalled, type Exposure } from './exposures.js';
import { DELOAD_COMPOUND_RIR, DELOAD_SHRUG_RIR } from '../rules/effort.js';

export const BLOCK_WEEKS = { min: 4, max: 6, default: 5 } as const;

/**
 * Rounds of one combo in one session, at most. Each round is two hard sets for
 * its muscles; five rounds once a week is ten, on top of the lifter's own lifts,
 * near the top of the 12-20 weekly sets trained lifters do well on (Baz-Valle et
 * al. 2022) once indirect work counts half. A cap, not a target: feedback stops
 * the climb before it for most lifters.
 */
export const MAX_ROUNDS = 5;

/** Where a block starts: a low effective dose (RP's minimum effective volume, in rounds). */
export const START_ROUNDS: Record<Experience, number> = { beginner: 1, intermediate: 2, advanced: 2 };

export interface BlockInput {
  plan: WeekPlan;
  inventory: Inventory;
  /** The Monday (or any day) the block starts, YYYY-MM-DD. */
  start: string;
  /** 4-6; 5 when not given. The last is the deload. */
  weeks?: number;
  /** Every logged round, any order; those before `start` only set where volume starts. */
  history?: readonly ComboLog[];
}

export type Change = 'start' | 'add' | 'hold' | 'cut' | 'deload';

export interface BlockCombo {
  comboId: string;
  movement: MovementId;
  compoundId: string;
  rounds: number;
  /** Reps left on the compound: 2-3 in accumulation, 4-5 in the deload. */
  compoundRir: RepRange;
  /** Reps left on the shrug: 0 (to failure), except 2-3 in the deload week. */
  shrugRir: RepRange;
}

export interface Decision {
  movement: MovementId;
  change: Change;
  from: number;
  to: number;
  reason: string;
}

export interface BlockWeek {
  week: number;
  startsOn: string;
  deload: boolean;
  /** 'logged' once the week is over or has rounds in the log; 'planned' ahead of it. */
  status: 'logged' | 'planned';
  combos: BlockCombo[];
  /** Why each movement has the rounds it has this week. */
  decisions: Decision[];
}

export interface Rotation {
  comboId: string;
  from: string;
  /** The compound to do instead, and the combo it belongs to (the same movement's). */
  to: string;
  toComboId: string;
  reason: string;
}

export interface Block {
  start: string;
  weeks: BlockWeek[];
  /** The week the deload falls in (earlier than planned when feedback brought it forward). */
  deloadWeek: number;
  /** Variants suggested in place of a stalled or painful one; the lifter may accept or keep. */
  rotations: Rotation[];
}

const ACCUMULATION_RIR: RepRange = { min: 2, max: 3 };
const TO_FAILURE: RepRange = { min: 0, max: 0 };

/** The plan's combos, one per movement (the first day that has it), in week order. */
function combosOf(plan: WeekPlan): PlannedCombo[] {
  const seen = new Map<MovementId, PlannedCombo>();
  for (const d of plan.days) for (const c of d.combos) if (!seen.has(c.movement)) seen.set(c.movement, c);
  return [...seen.values()];
}

const name = (m: MovementId) => m.replace('_', ' ');

/**
 * Where a movement's volume starts: the block's low dose, or where the last
 * block ended less a round (the rounds of its latest exposure before `start`),
 * so a lifter coming off a block does not start from scratch.
 */
function startRounds(movement: MovementId, before: Exposure[], experience: Experience): { rounds: number; reason: string } {
  const last = before.filter((e) => e.movement === movement).at(-1);
  const low = START_ROUNDS[experience];
  if (!last || last.rounds <= low) return { rounds: low, reason: `${name(movement)}: starts at ${low} round${low === 1 ? '' : 's'}, a low dose to build from` };
  const rounds = Math.min(MAX_ROUNDS, Math.max(low, last.rounds - 1));
  return { rounds, reason: `${name(movement)}: starts at ${rounds} rounds, a round under where the last block ended (${last.rounds})` };
}

/**
 * Next week's rounds for a movement from this week's exposures and the ones
 * before. `over`: the week is behind the lifter (something is logged after it).
 */
function steer(movement: MovementId, rounds: number, week: Exposure[], earlier: Exposure[], over: boolean): Decision & { deloadNow: boolean } {
  const at = (change: Change, to: number, reason: string, deloadNow = false) => ({ movement, change, from: rounds, to, reason: `${name(movement)}: ${reason}`, deloadNow });
  const latest = week.at(-1);
  // A week gone by without a session of the movement earned no more volume.
  if (!latest && over) return at('hold', rounds, `no session of this movement that week: rounds held at ${rounds}`);
  if (!latest) {
    const to = Math.min(MAX_ROUNDS, rounds + 1);
    return at(to > rounds ? 'add' : 'hold', to, to > rounds ? `no feedback yet, so the planned ramp: ${rounds} → ${to}` : `at the most a session takes (${MAX_ROUNDS}), held`);
  }
  const f = latest.feedback;
  const previous = [...earlier, ...week].filter((e) => e.movement === movement);
  const i = previous.indexOf(latest);
  const dropped = (k: number) => k >= 1 && performedWorse(previous[k - 1]!, previous[k]!);
  const twoDrops = dropped(i) && dropped(i - 1);
  const stillSore = f.soreness === 'still_sore';
  const soreBefore = previous[i - 1]?.feedback.soreness === 'still_sore';
  if (f.joints === 'pain') return at('cut', Math.max(1, rounds - 1), `joint pain, so a round less (${rounds} → ${Math.max(1, rounds - 1)}) and another variant suggested`);
  if (twoDrops || (stillSore && soreBefore)) {
    return at('deload', rounds, twoDrops ? 'performance fell two sessions running: the deload comes now' : 'still sore two sessions running: the deload comes now', true);
  }
  if (stillSore) return at('cut', Math.max(1, rounds - 1), `still sore from the last session: a round less (${rounds} → ${Math.max(1, rounds - 1)})`);
  if (dropped(i)) return at('hold', rounds, 'performance dipped: rounds held to see if it was a bad day');
  if (f.soreness === 'just_in_time') return at('hold', rounds, `healed just in time: ${rounds} rounds is about what you recover from`);
  if (f.soreness === 'healed_early' || f.soreness === 'never_sore') {
    const to = Math.min(MAX_ROUNDS, rounds + 1);
    const pump = f.pump === 'none' ? ', and little pump' : '';
    return to > rounds ? at('add', to, `recovered early and performing${pump}: a round more (${rounds} → ${to})`) : at('hold', rounds, `recovered early, but at the most a session takes (${MAX_ROUNDS})`);
  }
  const to = Math.min(MAX_ROUNDS, rounds + 1);
  return to > rounds ? at('add', to, `performing, no soreness rating: a round more (${rounds} → ${to})`) : at('hold', rounds, `at the most a session takes (${MAX_ROUNDS})`);
}

/**
 * Another variant for the same blade movement that the gym allows: another
 * compound of the combo or of the movement's other combo (incline row, one-arm
 * row, landmine row; pulldown, pull-up), next in the catalog's order.
 */
function otherVariant(comboId: string, compoundId: string, inventory: Inventory): { comboId: string; compoundId: string } | null {
  const combo = findCombo(comboId);
  if (!combo) return null;
  const options = CATALOG.combos
    .filter((c) => c.movement === combo.movement)
    .sort((a, b) => a.number - b.number)
    .flatMap((c) => c.compounds.map((k) => ({ comboId: c.id, compoundId: k, ok: missing(c, k, inventory).length === 0 })));
  const here = options.findIndex((o) => o.comboId === comboId && o.compoundId === compoundId);
  const usable = options.filter((o) => o.ok && !(o.comboId === comboId && o.compoundId === compoundId));
  const next = usable.find((o) => options.indexOf(o) > here) ?? usable[0];
  return next ? { comboId: next.comboId, compoundId: next.compoundId } : null;
}

/** Variants to rotate: joint pain at the latest exposure, or three exposures without progress while recovering fine. */
function rotations(combos: PlannedCombo[], inBlock: Exposure[], inventory: Inventory): Rotation[] {
  const out: Rotation[] = [];
  for (const c of combos) {
    const mine = inBlock.filter((e) => e.comboId === c.comboId);
    const latest = mine.at(-1);
    if (!latest) continue;
    const compoundId = latest.compoundId;
    const to = otherVariant(c.comboId, compoundId, inventory);
    if (!to) continue;
    if (latest.feedback.joints === 'pain') {
      out.push({ comboId: c.comboId, from: compoundId, to: to.compoundId, toComboId: to.comboId, reason: 'your joints hurt on the last session of this combo: another variant spares them' });
      continue;
    }
    const last4 = mine.filter((e) => e.compoundId === compoundId).slice(-4);
    const flat = last4.length === 4 && [1, 2, 3].every((k) => stalled(last4[k - 1]!, last4[k]!));
    const recovered = last4.every((e) => e.feedback.soreness !== 'still_sore');
    if (flat && recovered) {
      out.push({ comboId: c.comboId, from: compoundId, to: to.compoundId, toComboId: to.comboId, reason: 'three sessions without progress in the compound or the shrug though you recover fine: a new variant restarts progress' });
    }
  }
  return out;
}

export function planBlock(input: BlockInput): Block {
  return planBlockFrom(input, exposures(input.history ?? [], input.inventory.unit));
}

/** planBlock over exposures already read from the log: blockOn steps through many blocks with one read. */
export function planBlockFrom(input: Omit<BlockInput, 'history'>, all: readonly Exposure[]): Block {
  const weeksWanted = input.weeks ?? BLOCK_WEEKS.default;
  if (!Number.isInteger(weeksWanted) || weeksWanted < BLOCK_WEEKS.min || weeksWanted > BLOCK_WEEKS.max) {
    throw new RangeError(`a block lasts ${BLOCK_WEEKS.min}-${BLOCK_WEEKS.max} weeks, not ${weeksWanted}`);
  }
  const startDay = dayNumber(input.start);
  const combos = combosOf(input.plan);
  const before = all.filter((e) => dayNumber(e.date) < startDay);
  const inBlock = all.filter((e) => dayNumber(e.date) >= startDay);
  const weekOf = (e: Exposure) => Math.floor((dayNumber(e.date) - startDay) / 7) + 1;

  const rounds = new Map<MovementId, number>();
  const firstDecisions: Decision[] = [];
  for (const c of combos) {
    const s = startRounds(c.movement, before, input.plan.experience);
    rounds.set(c.movement, s.rounds);
    firstDecisions.push({ movement: c.movement, change: 'start', from: s.rounds, to: s.rounds, reason: s.reason });
  }

  const weeks: BlockWeek[] = [];
  let decisions = firstDecisions;
  let deloadWeek = weeksWanted;
  for (let w = 1; w <= deloadWeek; w++) {
    const deload = w === deloadWeek;
    const thisWeek = inBlock.filter((e) => weekOf(e) === w);
    weeks.push({
      week: w,
      startsOn: dateOfDay(startDay + (w - 1) * 7),
      deload,
      status: thisWeek.length > 0 || inBlock.some((e) => weekOf(e) > w) ? 'logged' : 'planned',
      combos: combos.map((c) => {
        const r = rounds.get(c.movement)!;
        return {
          comboId: c.comboId,
          movement: c.movement,
          compoundId: c.compoundId,
          // About half the rounds (RP, Rogerson et al. 2024), never none.
          rounds: deload ? Math.max(1, Math.ceil(r / 2)) : r,
          compoundRir: deload ? DELOAD_COMPOUND_RIR : ACCUMULATION_RIR,
          shrugRir: deload ? DELOAD_SHRUG_RIR : TO_FAILURE,
        };
      }),
      decisions: deload
        ? combos.map((c) => ({ movement: c.movement, change: 'deload' as const, from: rounds.get(c.movement)!, to: Math.max(1, Math.ceil(rounds.get(c.movement)! / 2)), reason: `${name(c.movement)}: deload, about half the rounds; the compound stops 4-5 short and the shrug 2-3 short of failure, the one week it does` }))
        : decisions,
    });
    if (deload) break;
    // Next week's rounds, movement by movement, from this week's log.
    const over = inBlock.some((e) => weekOf(e) > w);
    const next: Decision[] = [];
    let deloadNow = false;
    for (const c of combos) {
      const d = steer(c.movement, rounds.get(c.movement)!, thisWeek.filter((e) => e.movement === c.movement), inBlock.filter((e) => weekOf(e) < w), over);
      deloadNow ||= d.deloadNow;
      rounds.set(c.movement, d.to);
      const { deloadNow: _, ...decision } = d;
      next.push(decision);
    }
    if (deloadNow && w + 1 < deloadWeek) deloadWeek = w + 1;
    // The deload halves the last accumulation week's rounds, not a further ramp.
    if (w + 1 === deloadWeek) for (const c of combos) rounds.set(c.movement, weeks.at(-1)!.combos.find((k) => k.movement === c.movement)!.rounds);
    decisions = next;
  }
  return { start: input.start, weeks, deloadWeek, rotations: rotations(combos, inBlock, input.inventory) };
}
