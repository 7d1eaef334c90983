// One lift of a custom day: a catalog compound by name, or "my own lift" with
// its name and movement pattern.
import type { Pattern } from '../../../../src/engine/types.js';
import { Field, TextField } from '../../ui/field.js';
import { COMPOUND_GROUPS, NAME_MAX, OWN, PATTERN_NAMES, type CustomErrors, type LiftDraft } from './custom-days.js';

interface Props {
  lift: LiftDraft;
  /** 0-based position in the day. */
  index: number;
  /** "Monday": for the Remove button's name. */
  dayName: string;
  /** This lift's errors are errors[`${prefix}.lift|name|pattern`]. */
  prefix: string;
  errors: CustomErrors;
  onChange: (lift: LiftDraft) => void;
  onRemove: () => void;
}

export function CustomLiftRow({ lift, index, dayName, prefix, errors, onChange, onRemove }: Props) {
  const n = index + 1;
  return (
    <li class="lift-row">
      <Field label={`Lift ${n}`} error={errors[`${prefix}.lift`]}>
        {(ids) => (
          <select {...ids} value={lift.choice} onChange={(e) => onChange({ ...lift, choice: e.currentTarget.value })}>
            <option value="">Choose a lift</option>
            {COMPOUND_GROUPS.map((g) => (
              <optgroup key={g.pattern} label={PATTERN_NAMES[g.pattern]}>
                {g.lifts.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </optgroup>
            ))}
            <option value={OWN}>My own lift (type its name)</option>
          </select>
        )}
      </Field>
      {lift.choice === OWN && (
        <>
          <TextField label={`Name of lift ${n}`} maxLength={NAME_MAX} autoComplete="off" value={lift.name} onValue={(name) => onChange({ ...lift, name })} error={errors[`${prefix}.name`]} />
          <Field label={`Movement of lift ${n}`} hint="Which combos follow it depends on this." error={errors[`${prefix}.pattern`]}>
            {(ids) => (
              <select {...ids} value={lift.pattern} onChange={(e) => onChange({ ...lift, pattern: e.currentTarget.value as Pattern | '' })}>
                <option value="">Choose the closest</option>
                {(Object.keys(PATTERN_NAMES) as Pattern[]).map((p) => (
                  <option key={p} value={p}>
                    {PATTERN_NAMES[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
      <button type="button" class="btn btn-quiet" aria-label={`Remove lift ${n} from ${dayName}`} onClick={onRemove}>
        Remove lift
      </button>
    </li>
  );
}
