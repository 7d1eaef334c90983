// The lifter's changes to the week, as the PUT /api/v1/plan body: swap a
// combo's variant, move a combo to another day. Pure functions of the edit, so
// the screen only renders and the rules are tested here.
import { findCombo, findExercise } from '../../../../src/engine/catalog/index.js';
import { MOVEMENT_IDS, type MovementId, type Pattern } from '../../../../src/engine/types.js';
import type { DayCompound, PlanEdit, PlanView, Weekday } from '../../api/types.js';

export type EditDay = PlanEdit['days'][number];
export type EditCombo = EditDay['combos'][number];

export function editFromPlan(plan: PlanView): PlanEdit {
  return {
    baseId: plan.id,
    days: plan.days.map((d) => ({
      weekday: d.weekday,
      label: d.label,
      compounds: d.compounds.map((c) => ({ ...c })),
      combos: d.combos.map(({ comboId, compoundId, rounds, restSeconds, after }) => ({ comboId, compoundId, rounds, restSeconds, after })),
    })),
  };
}

const mapDay = (edit: PlanEdit, weekday: Weekday, fn: (d: EditDay) => EditDay): PlanEdit => ({
  ...edit,
  days: edit.days.map((d) => (d.weekday === weekday ? fn(d) : d)),
});

export function swapVariant(edit: PlanEdit, weekday: Weekday, comboId: string, compoundId: string): PlanEdit {
  return mapDay(edit, weekday, (d) => ({ ...d, combos: d.combos.map((c) => (c.comboId === comboId ? { ...c, compoundId } : c)) }));
}

const patternOf = (c: DayCompound): Pattern | null => c.pattern ?? findExercise(c.exerciseId)?.pattern ?? null;

/** Which of the day's own lifts the combo fits after (its pattern), or null to do it on its own. */
export function afterFor(day: EditDay, comboId: string): string | null {
  const fits = findCombo(comboId)?.fitsAfter ?? [];
  return day.compounds.find((c) => {
    const p = patternOf(c);
    return p !== null && fits.includes(p);
  })?.exerciseId ?? null;
}

/** Days the combo may move to: every other training day that does not have it yet. */
export function moveTargets(edit: PlanEdit, from: Weekday, comboId: string): Weekday[] {
  return edit.days.filter((d) => d.weekday !== from && !d.combos.some((c) => c.comboId === comboId)).map((d) => d.weekday);
}

export function moveCombo(edit: PlanEdit, from: Weekday, comboId: string, to: Weekday): PlanEdit {
  if (from === to || !moveTargets(edit, from, comboId).includes(to)) return edit;
  const moving = edit.days.find((d) => d.weekday === from)?.combos.find((c) => c.comboId === comboId);
  if (!moving) return edit;
  return {
    ...edit,
    days: edit.days.map((d) => {
      if (d.weekday === from) return { ...d, combos: d.combos.filter((c) => c.comboId !== comboId) };
      if (d.weekday === to) return { ...d, combos: [...d.combos, { ...moving, after: afterFor(d, comboId) }] };
      return d;
    }),
  };
}

/** For each of the six movements, the days whose combos train it (empty: not covered this week). */
export function coverage(edit: PlanEdit): Record<MovementId, Weekday[]> {
  const out = Object.fromEntries(MOVEMENT_IDS.map((m) => [m, [] as Weekday[]])) as Record<MovementId, Weekday[]>;
  for (const d of edit.days) {
    for (const c of d.combos) {
      const m = findCombo(c.comboId)?.movement;
      if (m) out[m].push(d.weekday);
    }
  }
  return out;
}

export function sameEdit(a: PlanEdit, b: PlanEdit): boolean {
  return JSON.stringify(a.days) === JSON.stringify(b.days);
}
