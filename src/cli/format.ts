// Plain-text rendering for people; --json output skips all of this.
import { findCombo, findExercise, movement } from '../engine/catalog/index.js';
import type { Breakdown } from '../engine/loads/round.js';
import type { DayCompound, WeekPlan, Warning } from '../engine/model.js';
import { MOVEMENT_IDS, type Unit } from '../engine/types.js';
import { formatLoad } from '../engine/units.js';

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
export const dayName = (d: keyof typeof DAY_NAMES) => DAY_NAMES[d];

const SPLIT_NAMES = { full_body: 'full body', upper_lower: 'upper/lower', push_pull_legs: 'push/pull/legs', custom: 'your own split' } as const;
export const splitName = (s: keyof typeof SPLIT_NAMES) => SPLIT_NAMES[s];

export function compoundName(c: DayCompound): string {
  return c.name ?? findExercise(c.exerciseId)?.name ?? c.exerciseId;
}

export function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return `${m}:${String(s).padStart(2, '0')}`;
}

const plates = (xs: number[]) => xs.map((x) => String(Number(x.toFixed(2)))).join(' + ');

/** "20 kg bar + 20 + 5 a side" and friends. */
export function describeBreakdown(b: Breakdown): string {
  const u = b.unit;
  switch (b.kind) {
    case 'barbell':
      return b.perSide.length === 0 ? `empty ${formatLoad(b.bar, u)} bar` : `${formatLoad(b.bar, u)} bar + ${plates(b.perSide)} ${u} a side`;
    case 'landmine':
      return b.plates.length === 0 ? 'empty sleeve' : `${plates(b.plates)} ${u} on the sleeve`;
    case 'dumbbell':
      return `${formatLoad(b.each, u)} dumbbells`;
    case 'machine':
      return `stack at ${formatLoad(b.step, u)}`;
    case 'bodyweight':
      if (b.band !== null) return `bodyweight with a ${formatLoad(b.band, u)} assistance band`;
      if (b.belt.length > 0) return `bodyweight + ${plates(b.belt)} ${u} on the belt`;
      return 'bodyweight';
  }
}

export function describeLoad(load: number, unit: Unit, b: Breakdown): string {
  if (b.kind === 'bodyweight') {
    if (b.band !== null) return `bodyweight with a ${formatLoad(b.band, b.unit)} assistance band`;
    if (load > 0) return `bodyweight + ${formatLoad(load, unit)} (${plates(b.belt)} ${b.unit} on the belt)`;
    return 'bodyweight';
  }
  return `${formatLoad(load, unit)} (${describeBreakdown(b)})`;
}

const MARK = { info: 'i', warning: '!', danger: '!!' } as const;

export function warningLines(ws: Warning[]): string[] {
  return ws.map((w) => `  ${MARK[w.severity]} ${w.message}${w.where ? ` (${w.where})` : ''}  [${w.ruleId}]`);
}

export function renderPlan(plan: WeekPlan, unit: Unit): string {
  const out: string[] = [];
  const days = plan.days.length;
  out.push(`Your week: ${splitName(plan.split)}, ${days} training day${days === 1 ? '' : 's'}, ${plan.experience}, loads in ${unit}`);
  if (plan.drillWeeks > 0) {
    out.push('', `Start with ${plan.drillWeeks} weeks of the six blade drills alone (bladework today shows them); add the combos after.`);
  }
  for (const day of plan.days) {
    out.push('', `${dayName(day.weekday)} · ${day.label}`);
    const after = new Map<string, typeof day.combos>();
    const loose: typeof day.combos = [];
    for (const c of day.combos) {
      if (c.after) after.set(c.after, [...(after.get(c.after) ?? []), c]);
      else loose.push(c);
    }
    const comboLine = (c: (typeof day.combos)[number]) => {
      const combo = findCombo(c.comboId)!;
      const variant = findExercise(c.compoundId)!.name;
      return [
        `    → Combo ${combo.number}: ${combo.name} — ${variant}, ${c.rounds} round${c.rounds === 1 ? '' : 's'} of ${c.repRange.min}-${c.repRange.max} reps at ${c.targetRir.min}-${c.targetRir.max} in reserve, then at once the shrug to failure; rest ${minutes(c.restSeconds)} between rounds`,
        `      ${c.reason}`,
      ];
    };
    for (const comp of day.compounds) {
      out.push(`  ${compoundName(comp)}`);
      for (const c of after.get(comp.exerciseId) ?? []) out.push(...comboLine(c));
    }
    for (const c of loose) out.push(...comboLine(c));
    if (day.combos.length === 0) out.push('    (no combo today)');
  }
  const covered = new Set(plan.days.flatMap((d) => d.combos.map((c) => c.movement)));
  out.push('', 'Blade movements this week:');
  for (const id of MOVEMENT_IDS) {
    const m = movement(id);
    const omission = plan.omitted.find((o) => o.movement === id);
    out.push(`  ${covered.has(id) ? '✓' : '✗'} ${m.name}${omission ? ` — ${omission.reason}` : ''}`);
  }
  if (plan.warnings.length > 0) out.push('', 'Heads-up:', ...warningLines(plan.warnings));
  return out.join('\n');
}
