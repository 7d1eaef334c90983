// The four set-up steps. Each renders its part of the form and its errors.
// The week is a built-in split on picked days, or "my own days" (custom-days-editor.tsx).
import { BEGINNER_DRILL_WEEKS } from '../../../../src/engine/program/index.js';
import type { SplitKind, Unit, Weekday } from '../../api/types.js';
import { EquipmentEditor, PRESETS, presetDraft, type Preset } from '../../equipment/equipment-editor.js';
import { WEEKDAY_SHORT } from '../../lib/dates.js';
import { CheckCards, RadioCards, UnitPicker } from '../../ui/choices.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { CustomDaysEditor } from './custom-days-editor.js';
import { HowItWorksLink } from '../learn/how-it-works-link.js';
import { dayCountText, SPLIT_NAMES, type BuiltInSplit, type FormErrors, type ProfileForm } from './profile-form.js';

interface StepProps {
  form: ProfileForm;
  errors: FormErrors;
  update: (patch: Partial<ProfileForm>) => void;
}

const DAYS = (Object.keys(WEEKDAY_SHORT) as Weekday[]).map((d) => ({ value: d, label: WEEKDAY_SHORT[d] }));

/** A gym still exactly as its preset follows a change of unit; edited details stay as the lifter made them. */
function presetInUnit(form: ProfileForm, unit: Unit): Partial<ProfileForm> {
  if (!form.preset || !form.equipment || !form.unit) return {};
  const untouched = JSON.stringify(form.equipment) === JSON.stringify(presetDraft(form.preset, form.unit));
  return untouched ? { equipment: presetDraft(form.preset, unit) } : {};
}

export function BodyStep({ form, errors, update }: StepProps) {
  return (
    <>
      <UnitPicker
        legend="Units"
        value={form.unit}
        onChange={(unit) => update({ unit, ...presetInUnit(form, unit) })}
        error={errors.unit}
      />
      <TextField
        label={`Bodyweight${form.unit ? ` (${form.unit})` : ''}`}
        hint="Used for dips and pull-ups, where you lift yourself."
        inputMode="decimal"
        autoComplete="off"
        value={form.bodyweight}
        onValue={(bodyweight) => update({ bodyweight })}
        error={errors.bodyweight}
      />
      <p class="muted">
        New to post-exhaustion? <HowItWorksLink label="See how bladework works" /> (a five-minute read; come back here after).
      </p>
    </>
  );
}

export function ExperienceStep({ form, errors, update }: StepProps) {
  return (
    <>
      <RadioCards
        legend="How long have you been lifting?"
        options={[
          { value: 'beginner', label: 'Beginner', hint: 'Under a year of steady lifting, or new to training the shoulder blades on their own.' },
          { value: 'intermediate', label: 'Intermediate', hint: 'A year or more of steady lifting; you know what 2-3 reps short of failure feels like.' },
          { value: 'advanced', label: 'Advanced', hint: 'Several years; you can feel and move each shoulder blade on purpose.' },
        ]}
        value={form.experience}
        onChange={(experience) => update({ experience })}
        error={errors.experience}
      />
      {form.experience === 'beginner' && (
        <Notice title="Why your plan starts with drills">
          <p>
            Post-exhaustion is an advanced technique. Each shrug only works when you can move your shoulder blades on their own — back, forward, up, down and
            rotating both ways — and take that one movement to failure.
          </p>
          <p>
            So your first {BEGINNER_DRILL_WEEKS} weeks are the six blade drills, practised without load until each movement feels clear. The combos come after
            that, with the groundwork already in place.
          </p>
        </Notice>
      )}
    </>
  );
}

export function WeekStep({ form, errors, update }: StepProps) {
  const builtIn = (Object.keys(SPLIT_NAMES) as BuiltInSplit[]).map((s) => ({ value: s as SplitKind, label: SPLIT_NAMES[s], hint: dayCountText(s) + ' a week' }));
  const splits = [...builtIn, { value: 'custom' as SplitKind, label: 'My own days', hint: 'Name each training day and list your own lifts; the combos fit in after them.' }];
  const custom = form.split === 'custom';
  const hint = form.split === 'custom' ? 'Pick the days you train.' : form.split ? `Pick ${dayCountText(form.split)}.` : undefined;
  return (
    <>
      <RadioCards legend="How do you split your week?" options={splits} value={form.split} onChange={(split) => update({ split })} error={errors.split} />
      <CheckCards legend="Training days" {...(hint ? { hint } : {})} inline options={DAYS} values={form.days} onChange={(days) => update({ days })} error={errors.days} />
      {custom && <CustomDaysEditor days={form.days} drafts={form.customDays} errors={errors.custom ?? {}} onChange={(customDays) => update({ customDays })} />}
    </>
  );
}

export function EquipmentStep({ form, errors, update }: StepProps) {
  const pick = (preset: Preset) => update({ preset, equipment: presetDraft(preset, form.unit ?? 'kg') });
  return (
    <>
      <RadioCards legend="Where do you train?" hint="Pick the closest, then adjust the details below." options={PRESETS} value={form.preset} onChange={pick} error={errors.preset} />
      {form.equipment && <EquipmentEditor draft={form.equipment} onChange={(equipment) => update({ equipment })} errors={errors.equipment} />}
    </>
  );
}
