// The set-up form as data: what the lifter has filled in so far, the checks
// for each step (the server's limits, said in our words), and the PUT
// /api/v1/profile body it becomes. Pure, so it is tested without a browser.
import { DAY_COUNTS } from '../../../../src/engine/program/splits.js';
import type { ApiError } from '../../api/client.js';
import type { Experience, ProfileBody, ProfileView, SplitKind, Unit, Weekday } from '../../api/types.js';
import { fromDraft, toDraft, type DraftErrors, type InventoryDraft } from '../../equipment/inventory-draft.js';
import { BODYWEIGHT, readNumber } from '../../../../src/contract/limits.js';
import { asSentence } from '../../lib/sentence.js';
import { customErrorKey, fromCustomDays, toCustomDays, validateCustomDays, type CustomDrafts, type CustomErrors } from './custom-days.js';

export type BuiltInSplit = Exclude<SplitKind, 'custom'>;

export interface ProfileForm {
  unit: Unit | null;
  /** As typed. */
  bodyweight: string;
  experience: Experience | null;
  split: SplitKind | null;
  days: Weekday[];
  /** "My own days": each training day's name and lifts, by weekday (kept when a day is unticked). */
  customDays: CustomDrafts;
  preset: 'commercial' | 'home' | null;
  /** null until a preset was picked; then the editable details. */
  equipment: InventoryDraft | null;
}

export const STEPS = ['body', 'experience', 'week', 'equipment'] as const;
export type Step = (typeof STEPS)[number];

export interface FormErrors {
  unit?: string;
  bodyweight?: string;
  experience?: string;
  split?: string;
  days?: string;
  /** Errors of "my own days", by custom-days.ts key. */
  custom?: CustomErrors;
  preset?: string;
  /** Field errors of the equipment details, by draft field. */
  equipment?: DraftErrors;
}

export const EMPTY_FORM: ProfileForm = { unit: null, bodyweight: '', experience: null, split: null, days: [], customDays: {}, preset: null, equipment: null };


export const SPLIT_NAMES: Record<BuiltInSplit, string> = { full_body: 'Full body', upper_lower: 'Upper / lower', push_pull_legs: 'Push / pull / legs' };

const orList = (xs: number[]) => (xs.length === 1 ? String(xs[0]) : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** "2 or 3 days" for a split. */
export const dayCountText = (split: BuiltInSplit) => `${orList(DAY_COUNTS[split])} days`;

export function validateStep(form: ProfileForm, step: Step): FormErrors {
  const e: FormErrors = {};
  if (step === 'body') {
    if (!form.unit) e.unit = 'Choose kilograms or pounds.';
    // The server's bounds and words; before a unit is chosen, the widest bounds of the two.
    const rule = form.unit ? BODYWEIGHT[form.unit] : { min: BODYWEIGHT.kg.min, max: BODYWEIGHT.lb.max };
    const read = readNumber(form.bodyweight, rule);
    if ('problem' in read) e.bodyweight = asSentence(read.problem);
  }
  if (step === 'experience' && !form.experience) e.experience = 'Choose the option closest to you.';
  if (step === 'week') {
    if (!form.split) e.split = 'Choose how you split your week.';
    else if (form.split === 'custom') {
      if (form.days.length === 0) e.days = 'Pick the days you train.';
      const custom = validateCustomDays(form.days, form.customDays);
      if (Object.keys(custom).length > 0) e.custom = custom;
    } else if (!DAY_COUNTS[form.split].includes(form.days.length)) {
      e.days = `${SPLIT_NAMES[form.split]} runs on ${dayCountText(form.split)} a week; you picked ${form.days.length}.`;
    }
  }
  if (step === 'equipment') {
    if (!form.equipment) e.preset = 'Choose the kind of gym you train in.';
    else {
      const { errors } = fromDraft(form.equipment);
      if (Object.keys(errors).length > 0) e.equipment = errors;
    }
  }
  return e;
}

export function validateForm(form: ProfileForm): FormErrors {
  return Object.assign({}, ...STEPS.map((s) => validateStep(form, s))) as FormErrors;
}

export const hasErrors = (e: FormErrors) => Object.keys(e).length > 0;

/** The PUT /api/v1/profile body; call only when validateForm found nothing. */
export function toProfileBody(form: ProfileForm): ProfileBody {
  const inventory = form.equipment && fromDraft(form.equipment).inventory;
  if (!form.unit || !form.experience || !form.split || !inventory) throw new Error('toProfileBody: the form is not complete');
  return {
    unit: form.unit,
    bodyweight: Number(form.bodyweight.trim().replace(',', '.')),
    experience: form.experience,
    split: form.split,
    ...(form.split === 'custom' ? { customDays: toCustomDays(form.days, form.customDays) } : { days: form.days }),
    equipment: inventory,
  };
}

/** The form for a stored profile (settings reuse it). */
export function formFromProfile(p: ProfileView): ProfileForm {
  return {
    unit: p.unit,
    bodyweight: String(p.bodyweight),
    experience: p.experience,
    split: p.split,
    days: p.split === 'custom' && p.customDays ? p.customDays.map((d) => d.weekday) : p.days,
    customDays: p.customDays ? fromCustomDays(p.customDays) : {},
    preset: null,
    equipment: toDraft(p.inventory),
  };
}

/** Which step holds the field the server complained about, and the form errors to show. */
export function serverErrors(err: ApiError, form: ProfileForm = EMPTY_FORM): { step: Step; errors: FormErrors } | null {
  const custom: CustomErrors = {};
  for (const f of err.fields) {
    const key = f.field.startsWith('customDays[') ? customErrorKey(f.field, form.days, form.customDays) : null;
    if (key) custom[key] ??= asSentence(f.message);
  }
  if (Object.keys(custom).length > 0) return { step: 'week', errors: { custom } };
  for (const f of err.fields) {
    const top = f.field.split(/[.[]/)[0] ?? '';
    const message = asSentence(f.message);
    if (top === 'unit' || top === 'bodyweight') return { step: 'body', errors: { [top]: message } };
    if (top === 'experience') return { step: 'experience', errors: { experience: message } };
    if (top === 'split' || top === 'days' || top === 'customDays') return { step: 'week', errors: { days: message } };
    if (top === 'equipment') return { step: 'equipment', errors: { preset: `Equipment: ${message}` } };
  }
  return null;
}
