// The checks of a week-plan edit that need the catalog: every combo known, each
// compound one of its combo's variants, `after` one of that day's own lifts.
import type { z } from 'zod';
import { CATALOG, findCombo, findExercise } from '../engine/catalog/index.js';
import type { DayCompound, Weekday } from '../engine/model.js';

interface EditShape {
  days: {
    weekday: Weekday;
    compounds: DayCompound[];
    combos: { comboId: string; compoundId: string; after: string | null }[];
  }[];
}

const COMBO_IDS = CATALOG.combos.map((c) => c.id).join(', ');

export function checkEdit(edit: EditShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const seenDays = new Set<Weekday>();
  edit.days.forEach((day, i) => {
    if (seenDays.has(day.weekday)) issue(['days', i, 'weekday'], `${day.weekday} is listed twice`);
    seenDays.add(day.weekday);

    day.compounds.forEach((c, j) => {
      const known = findExercise(c.exerciseId);
      if (c.pattern === undefined && !known) issue(['days', i, 'compounds', j, 'exerciseId'], `unknown exercise "${c.exerciseId}": use a catalog id or give its pattern`);
      else if (c.pattern === undefined && known?.kind === 'shrug') issue(['days', i, 'compounds', j, 'exerciseId'], `"${c.exerciseId}" is a shrug, not one of your lifts`);
    });

    const own = day.compounds.map((c) => c.exerciseId);
    const seenCombos = new Set<string>();
    day.combos.forEach((c, j) => {
      const at = ['days', i, 'combos', j];
      const combo = findCombo(c.comboId);
      if (!combo) {
        issue([...at, 'comboId'], `unknown combo "${c.comboId}" (use one of: ${COMBO_IDS})`);
        return;
      }
      if (seenCombos.has(c.comboId)) issue([...at, 'comboId'], `${combo.name} is already on ${day.weekday}`);
      seenCombos.add(c.comboId);
      if (!combo.compounds.includes(c.compoundId)) {
        issue([...at, 'compoundId'], `"${c.compoundId}" is not a variant of ${combo.name} (use ${combo.compounds.join(' or ')})`);
      }
      if (c.after !== null && !own.includes(c.after)) {
        issue([...at, 'after'], own.length > 0 ? `must be one of your lifts on ${day.weekday}: ${own.join(', ')}` : `there are no lifts of your own on ${day.weekday} to follow; use null`);
      }
    });
  });
}
