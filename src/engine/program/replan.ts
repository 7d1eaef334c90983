// A week rebuilt after the lifter changed their split, days, experience or
// equipment, keeping what they made their own where it still fits (a combo
// moved to another day, its rounds and rest, the variant they chose), with the
// changes said in words for a preview before anything is saved.
import { findCombo, findExercise } from '../catalog/index.js';
import type { PlannedCombo, ProgramInput, WeekPlan, Weekday } from '../model.js';
import { WEEKDAYS } from '../model.js';
import { equipmentName, missing } from './choose-variants.js';
import { generatePlan } from './generate.js';
import { orList } from './text.js';

export interface Replan {
  plan: WeekPlan;
  /** What changes, one line each, in the week's order; empty when nothing does. */
  changes: string[];
}

const DAY_NAME: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const comboName = (id: string) => findCombo(id)?.name ?? id;
const lower = (id: string) => findExercise(id)?.name.toLowerCase() ?? id;

function where(plan: WeekPlan, comboId: string): { weekday: Weekday; combo: PlannedCombo } | null {
  for (const d of plan.days) for (const c of d.combos) if (c.comboId === comboId) return { weekday: d.weekday, combo: c };
  return null;
}

/**
 * The lifter's own edits: what differs in `current` from the week the old
 * profile generates (a combo on another day, other rounds or rest, another
 * variant). Without the old profile every placement counts as theirs.
 */
function editsOf(current: WeekPlan, baseline: WeekPlan | null): WeekPlan {
  if (!baseline) return current;
  const days = current.days.map((d) => ({
    ...d,
    combos: d.combos.filter((c) => {
      const b = where(baseline, c.comboId);
      return !b || b.weekday !== d.weekday || b.combo.rounds !== c.rounds || b.combo.restSeconds !== c.restSeconds || b.combo.compoundId !== c.compoundId;
    }),
  }));
  return { ...current, days };
}

/** Carries the lifter's own edits over to a freshly generated week, where they still fit. */
function keepEdits(fresh: WeekPlan, current: WeekPlan, input: ProgramInput): WeekPlan {
  const days = fresh.days.map((d) => ({ ...d, combos: [...d.combos] }));
  for (const day of days) {
    day.combos = day.combos.map((c) => {
      const before = where(current, c.comboId)?.combo;
      if (!before) return c;
      const combo = findCombo(c.comboId)!;
      // The variant they had stays while the equipment still allows it.
      const compoundId = before.compoundId !== c.compoundId && missing(combo, before.compoundId, input.inventory).length === 0 ? before.compoundId : c.compoundId;
      return { ...c, compoundId, rounds: before.rounds, restSeconds: before.restSeconds, ...(compoundId !== c.compoundId ? { reason: before.reason } : {}) };
    });
  }
  // A combo the lifter had on a day that is still a training day stays on that day.
  for (const day of days) {
    for (const c of [...day.combos]) {
      const before = where(current, c.comboId);
      if (!before || before.weekday === day.weekday) continue;
      const target = days.find((d) => d.weekday === before.weekday);
      if (!target) continue;
      day.combos = day.combos.filter((x) => x !== c);
      const after = target.compounds.some((o) => o.exerciseId === before.combo.after) ? before.combo.after : null;
      target.combos.push({ ...c, after, reason: before.combo.reason });
    }
  }
  return { ...fresh, days };
}

/** The changes from `current` to `next`, in words. */
export function describeChanges(current: WeekPlan, next: WeekPlan, input: ProgramInput): string[] {
  const out: string[] = [];
  const was = new Set(current.days.map((d) => d.weekday));
  const now = new Set(next.days.map((d) => d.weekday));
  for (const w of WEEKDAYS) {
    if (was.has(w) && !now.has(w)) out.push(`${DAY_NAME[w]} is no longer a training day.`);
    if (!was.has(w) && now.has(w)) out.push(`${DAY_NAME[w]} becomes a training day (${next.days.find((d) => d.weekday === w)!.label}).`);
  }
  for (const d of current.days) {
    for (const c of d.combos) {
      if (where(next, c.comboId)) continue;
      const lacking = missing(findCombo(c.comboId)!, c.compoundId, input.inventory);
      const why = lacking.length > 0 ? `no ${orList(lacking.map(equipmentName))}` : 'it no longer fits your week';
      out.push(`${comboName(c.comboId)} leaves: ${why}.`);
    }
  }
  for (const d of next.days) {
    for (const c of d.combos) {
      const before = where(current, c.comboId);
      if (!before) out.push(`${DAY_NAME[d.weekday]} gains ${comboName(c.comboId)}.`);
      else if (before.weekday !== d.weekday && now.has(before.weekday)) out.push(`${comboName(c.comboId)} moves from ${DAY_NAME[before.weekday]} to ${DAY_NAME[d.weekday]}.`);
      else if (before.weekday !== d.weekday) out.push(`${comboName(c.comboId)} moves to ${DAY_NAME[d.weekday]}.`);
      if (before && before.combo.compoundId !== c.compoundId) out.push(`${comboName(c.comboId)}: ${lower(c.compoundId)} takes the place of ${lower(before.combo.compoundId)}.`);
    }
  }
  if (current.experience !== next.experience && current.drillWeeks !== next.drillWeeks) {
    out.push(next.drillWeeks > 0 ? `${next.drillWeeks} weeks of blade drills come first.` : 'The beginner drill weeks are dropped.');
  }
  return out;
}

/**
 * The week for the new input, with the lifter's edits kept where they fit, and
 * what changes. `previous` is the profile the current week was built from: it
 * tells the lifter's edits from what the planner placed.
 */
export function replan(current: WeekPlan | null, input: ProgramInput, previous?: ProgramInput): Replan {
  const fresh = generatePlan(input);
  if (!current) return { plan: fresh, changes: [] };
  let baseline: WeekPlan | null = null;
  try {
    baseline = previous ? generatePlan(previous) : null;
  } catch {
    baseline = null; // an old profile the planner no longer takes: every placement counts as theirs
  }
  const plan = keepEdits(fresh, editsOf(current, baseline), input);
  return { plan, changes: describeChanges(current, plan, input) };
}
