// What the e1RM and shrug sections share: a picker when there is more than one
// exercise, and a way to the whole log when the last year holds none of one.
import { Field } from '../../ui/field.js';
import { exerciseName } from '../history/format.js';

export function ExercisePick({ label, ids, value, onChange }: { label: string; ids: string[]; value: string; onChange: (id: string) => void }) {
  if (ids.length < 2) return null;
  return (
    <Field label={label}>
      {(field) => (
        <select {...field} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          {ids.map((id) => (
            <option key={id} value={id}>
              {exerciseName(id)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** "No barbell shrug sets in the last year. [Show all years]" */
export function NoneThisYear({ what, onShowAll }: { what: string; onShowAll: () => void }) {
  return (
    <p class="muted">
      No {what} in the last year.{' '}
      <button type="button" class="btn" onClick={onShowAll}>
        Show all years
      </button>
    </p>
  );
}
