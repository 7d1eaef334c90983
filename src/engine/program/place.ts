// Places the chosen combos on the week's days. Each combo goes after the one
// of the day's own compounds it fits best (`combo.fitsAfter`, earlier is
// better). Among all ways to do that the week chosen is, in this order: the one
// that keeps the deadlift combo off the days next to a heavy deadlift day; the
// most even spread of combos over the days (sum of squared counts); the best
// total fit. Ties go to the first week found, trying combos in catalog order and
// days in week order: the same input always gives the same week.
import { findExercise } from '../catalog/index.js';
import { WEEKDAYS } from '../model.js';
import type { DayCompound, TrainingDay, Warning, Weekday } from '../model.js';
import type { Combo, Pattern } from '../types.js';
import type { ComboChoice } from './choose-variants.js';
import { isDeadliftCombo } from './dose.js';
import { orList } from './text.js';

export interface Placement {
  choice: ComboChoice;
  /** Index into the days given. */
  day: number;
  /** The lifter's compound it follows, and that compound's position in the day. */
  after: string | null;
  afterIndex: number;
  reason: string;
}

interface Fit {
  day: number;
  index: number;
  rank: number;
}

const patternOf = (c: DayCompound): Pattern | null => c.pattern ?? findExercise(c.exerciseId)?.pattern ?? null;
const label = (p: Pattern) => p.replace('_', ' ');
const compoundName = (c: DayCompound) => {
  const catalogName = findExercise(c.exerciseId)?.name;
  return c.name ?? (catalogName ? catalogName.charAt(0).toLowerCase() + catalogName.slice(1) : c.exerciseId);
};

/** sun→mon counts: the week repeats. */
export function adjacent(a: Weekday, b: Weekday): boolean {
  const d = Math.abs(WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return d === 1 || d === WEEKDAYS.length - 1;
}

/** The day's compound this combo fits best: lowest rank in fitsAfter, then earliest in the day. */
function bestFit(combo: Combo, day: TrainingDay, dayIndex: number): Fit | null {
  let best: Fit | null = null;
  for (const [index, c] of day.compounds.entries()) {
    const p = patternOf(c);
    const rank = p === null ? -1 : combo.fitsAfter.indexOf(p);
    if (rank >= 0 && (best === null || rank < best.rank)) best = { day: dayIndex, index, rank };
  }
  return best;
}

function reasonFor(choice: ComboChoice, day: TrainingDay, fit: Fit | null): string {
  const { combo } = choice;
  const own = fit ? day.compounds[fit.index] : undefined;
  let why: string;
  if (!own) {
    why = `None of your compounds is a ${orList(combo.fitsAfter.map(label))}, so do this combo on its own at the end of the session.`;
  } else if (own.exerciseId === choice.compoundId) {
    why = `Your own ${compoundName(own)} is this combo's compound: stop its last set 2-3 reps short of failure and go straight into the shrug.`;
  } else {
    const p = patternOf(own)!;
    const same = findExercise(choice.compoundId)!.pattern === p;
    why = same
      ? `Follows your ${compoundName(own)}: the same ${label(p)}, so those muscles are already warm.`
      : `Follows your ${compoundName(own)}: after a ${label(p)} this combo fits the session.`;
  }
  return choice.note ? `${why} ${choice.note}` : why;
}

/** Lexicographic cost of a (partial) week: deadlift clashes, then imbalance, then poorness of fit. */
type Cost = [clashes: number, squares: number, rank: number];
const worse = (a: Cost, b: Cost) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Searches every assignment of combos to fitting days (at most 7^6, far fewer
 * after pruning) for the lowest cost; the first found wins ties, combos taken
 * in catalog order and days in week order, so the result is deterministic.
 */
function search(options: Fit[][], days: TrainingDay[], deadlift: boolean[], ownDeadlift: number[]): Fit[] {
  let best: { cost: Cost; picks: Fit[] } | null = null;
  const load = days.map(() => 0);
  const picks: Fit[] = [];
  const clashes = (f: Fit) =>
    ownDeadlift.some((d) => d !== f.day && adjacent(days[d]!.weekday, days[f.day]!.weekday)) ? 1 : 0;
  const visit = (i: number, cost: Cost) => {
    if (best && worse(cost, best.cost) >= 0) return; // costs only grow as combos are added
    if (i === options.length) {
      best = { cost, picks: [...picks] };
      return;
    }
    for (const f of options[i]!) {
      // Adding a combo to a day of load n adds (n+1)^2 - n^2 to the sum of squared loads.
      const next: Cost = [cost[0] + (deadlift[i] ? clashes(f) : 0), cost[1] + 2 * load[f.day]! + 1, cost[2] + f.rank];
      load[f.day]! += 1;
      picks.push(f);
      visit(i + 1, next);
      picks.pop();
      load[f.day]! -= 1;
    }
  };
  visit(0, [0, 0, 0]);
  return best!.picks;
}

export function placeCombos(choices: ComboChoice[], days: TrainingDay[]): { placements: Placement[]; warnings: Warning[] } {
  // A combo no compound fits may go on any day, on its own.
  const options = choices.map((c) => {
    const fits = days.flatMap((d, i) => bestFit(c.combo, d, i) ?? []);
    return fits.length > 0 ? fits : days.map((_, day) => ({ day, index: -1, rank: 0 }));
  });
  const deadlift = choices.map((c) => isDeadliftCombo(c.combo));
  // Sets near failure slow recovery by 24-48 h (Moran-Navarro et al. 2017): no
  // deadlift combo the day before or after the lifter's own heavy deadlift.
  const ownDeadlift = days.flatMap((d, i) => (d.compounds.some((c) => c.exerciseId === 'barbell_deadlift') ? [i] : []));
  const picks = choices.length > 0 ? search(options, days, deadlift, ownDeadlift) : [];

  const warnings: Warning[] = [];
  const placements = choices.map((choice, i): Placement => {
    const f = picks[i]!;
    const day = days[f.day]!;
    const fit = f.index >= 0 ? f : null;
    if (deadlift[i] && ownDeadlift.some((d) => d !== f.day && adjacent(days[d]!.weekday, day.weekday))) {
      // Same id as the rules engine's check of deadlift combos on consecutive days.
      warnings.push({
        ruleId: 'deadlift_consecutive_days',
        severity: 'warning',
        message: `Every day the deadlift combo fits sits next to one of your heavy deadlift days, so it lands on ${day.weekday} anyway; give it a rest day either side if you can.`,
        where: day.weekday,
      });
    }
    return { choice, day: f.day, after: fit ? day.compounds[fit.index]!.exerciseId : null, afterIndex: fit ? fit.index : Infinity, reason: reasonFor(choice, day, fit) };
  });
  return { placements, warnings };
}
