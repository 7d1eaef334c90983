// "My own days": a card per ticked training day with its name and lifts.
// Unticking a day keeps what was typed for it, in case it comes back.
import type { Weekday } from '../../api/types.js';
import { WEEKDAY_NAMES } from '../../lib/dates.js';
import { TextField } from '../../ui/field.js';
import { emptyDay, emptyLift, LABEL_MAX, MAX_LIFTS, type CustomDrafts, type CustomErrors, type DayDraft } from './custom-days.js';
import { CustomLiftRow } from './custom-lift-row.js';
import './custom-days.css';

interface Props {
  days: Weekday[];
  drafts: CustomDrafts;
  errors: CustomErrors;
  onChange: (drafts: CustomDrafts) => void;
}

export function CustomDaysEditor({ days, drafts, errors, onChange }: Props) {
  const set = (wd: Weekday, day: DayDraft) => onChange({ ...drafts, [wd]: day });
  return (
    <div class="custom-days">
      {days.map((wd) => {
        const day = drafts[wd] ?? emptyDay();
        const name = WEEKDAY_NAMES[wd];
        const setLift = (i: number, lift: DayDraft['lifts'][number]) => set(wd, { ...day, lifts: day.lifts.map((l, j) => (j === i ? lift : l)) });
        return (
          <fieldset class="card custom-day" key={wd}>
            <legend>{name}</legend>
            <TextField label={`Name of ${name}`} hint="Like “Push” or “Upper A”." maxLength={LABEL_MAX} autoComplete="off" value={day.label} onValue={(label) => set(wd, { ...day, label })} error={errors[`${wd}.label`]} />
            {day.lifts.length > 0 ? (
              <ol class="lift-list">
                {day.lifts.map((lift, i) => (
                  <CustomLiftRow
                    key={i}
                    lift={lift}
                    index={i}
                    dayName={name}
                    prefix={`${wd}.${i}`}
                    errors={errors}
                    onChange={(l) => setLift(i, l)}
                    onRemove={() => set(wd, { ...day, lifts: day.lifts.filter((_, j) => j !== i) })}
                  />
                ))}
              </ol>
            ) : (
              <p class="muted">No lifts on this day yet.</p>
            )}
            {errors[`${wd}.lifts`] && <span class="field-error">{errors[`${wd}.lifts`]}</span>}
            <button type="button" class="btn btn-block" disabled={day.lifts.length >= MAX_LIFTS} aria-label={`Add a lift to ${name}`} onClick={() => set(wd, { ...day, lifts: [...day.lifts, emptyLift()] })}>
              Add a lift
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}
