// "My own days": for each training day a name and the lifter's own compounds,
// picked from the catalog or typed with a movement pattern (how the plan knows
// which combos fit after them). Drafts as typed, their checks, the profile's
// `customDays`, and the server's field errors mapped back. Pure.
import { CATALOG } from '../../../../src/engine/catalog/index.js';
import { WEEKDAYS, type DayCompound, type TrainingDay, type Weekday } from '../../../../src/engine/model.js';
import type { Pattern } from '../../../../src/engine/types.js';

/** What the lift select holds: a catalog id, OWN for one the lifter types, '' before a choice. */
export const OWN = 'own';

export interface LiftDraft {
  choice: string;
  /** For OWN: as typed. */
  name: string;
  pattern: Pattern | '';
}

export interface DayDraft {
  label: string;
  lifts: LiftDraft[];
}

export type CustomDrafts = Partial<Record<Weekday, DayDraft>>;

/** Errors by "<weekday>.label", "<weekday>.lifts", "<weekday>.<i>.lift|name|pattern". */
export type CustomErrors = Record<string, string>;

export const MAX_LIFTS = 10;
export const LABEL_MAX = 40;
export const NAME_MAX = 80;

export const PATTERN_NAMES: Record<Pattern, string> = {
  horizontal_press: 'Horizontal press (bench)',
  horizontal_pull: 'Horizontal pull (row)',
  vertical_press: 'Vertical press (overhead)',
  vertical_pull: 'Vertical pull (pull-up)',
  hinge: 'Hinge (deadlift)',
  squat: 'Squat (squat, leg press)',
  dip: 'Dip',
};

/** The catalog's compounds by pattern, each list by name: the lift select's groups. */
export const COMPOUND_GROUPS: { pattern: Pattern; lifts: { id: string; name: string }[] }[] = (Object.keys(PATTERN_NAMES) as Pattern[]).map((pattern) => ({
  pattern,
  lifts: CATALOG.exercises
    .filter((e) => e.kind === 'compound' && e.pattern === pattern)
    .map((e) => ({ id: e.id, name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name)),
}));

const CATALOG_IDS = new Set(COMPOUND_GROUPS.flatMap((g) => g.lifts.map((l) => l.id)));

export const emptyLift = (): LiftDraft => ({ choice: '', name: '', pattern: '' });
export const emptyDay = (): DayDraft => ({ label: '', lifts: [emptyLift()] });

const inWeekOrder = (days: Weekday[]) => [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));

/** The lifter's own lift's id, like the importer's (`custom:<slug>`), so the same name is the same exercise. */
export function ownExerciseId(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return `custom:${slug || 'unnamed'}`;
}

export function validateCustomDays(days: Weekday[], drafts: CustomDrafts): CustomErrors {
  const e: CustomErrors = {};
  for (const wd of days) {
    const day = drafts[wd] ?? emptyDay();
    const label = day.label.trim();
    if (!label) e[`${wd}.label`] = 'Give this day a name, like “Push” or “Upper A”.';
    else if (label.length > LABEL_MAX) e[`${wd}.label`] = `Keep the name to ${LABEL_MAX} characters.`;
    if (day.lifts.length > MAX_LIFTS) e[`${wd}.lifts`] = `List at most ${MAX_LIFTS} lifts a day.`;
    day.lifts.forEach((l, i) => {
      if (!l.choice) e[`${wd}.${i}.lift`] = 'Choose a lift, or “My own lift” to type one.';
      if (l.choice !== OWN) return;
      const name = l.name.trim();
      if (!name) e[`${wd}.${i}.name`] = 'Type the name of your lift.';
      else if (name.length > NAME_MAX) e[`${wd}.${i}.name`] = `Keep the name to ${NAME_MAX} characters.`;
      if (!l.pattern) e[`${wd}.${i}.pattern`] = 'Choose the movement closest to it.';
    });
  }
  return e;
}

function toCompound(l: LiftDraft): DayCompound {
  if (l.choice !== OWN) return { exerciseId: l.choice };
  const name = l.name.trim();
  return { exerciseId: ownExerciseId(name), name, ...(l.pattern ? { pattern: l.pattern } : {}) };
}

/** The profile's customDays, in week order; call only when validateCustomDays found nothing. */
export function toCustomDays(days: Weekday[], drafts: CustomDrafts): TrainingDay[] {
  return inWeekOrder(days).map((weekday) => {
    const day = drafts[weekday] ?? emptyDay();
    return { weekday, label: day.label.trim(), compounds: day.lifts.map(toCompound) };
  });
}

/** Drafts for stored custom days (a lift outside the catalog becomes OWN). */
export function fromCustomDays(days: TrainingDay[]): CustomDrafts {
  const drafts: CustomDrafts = {};
  for (const d of days) {
    drafts[d.weekday] = {
      label: d.label,
      lifts: d.compounds.map((c) => (CATALOG_IDS.has(c.exerciseId) && !c.name ? { choice: c.exerciseId, name: '', pattern: '' } : { choice: OWN, name: c.name ?? c.exerciseId, pattern: c.pattern ?? '' })),
    };
  }
  return drafts;
}

/**
 * The draft error key for a server field like "customDays[1].compounds[0].pattern", given the
 * weekdays as sent; null for a field of the whole list (shown with the days).
 */
export function customErrorKey(field: string, days: Weekday[], drafts: CustomDrafts): string | null {
  const m = /^customDays\[(\d+)\](?:\.(label|compounds)(?:\[(\d+)\](?:\.(\w+))?)?)?/.exec(field);
  const wd = m ? inWeekOrder(days)[Number(m[1])] : undefined;
  if (!m || !wd) return null;
  if (m[2] === 'label') return `${wd}.label`;
  if (m[2] !== 'compounds') return null;
  if (m[3] === undefined) return `${wd}.lifts`;
  const i = Number(m[3]);
  if (m[4] === 'pattern') return `${wd}.${i}.pattern`;
  return drafts[wd]?.lifts[i]?.choice === OWN ? `${wd}.${i}.name` : `${wd}.${i}.lift`;
}
