// Radio or checkbox options as big cards in a fieldset with a legend: the
// whole card is the touch target, and the group is announced by its legend.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Unit } from '../../../src/engine/types.js';

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface Common<T extends string> {
  legend: string;
  /** Shown under the legend. */
  hint?: string;
  error?: string | undefined;
  options: Option<T>[];
  /** Small equal buttons in a grid (weekdays) instead of full-width cards. */
  inline?: boolean;
  /** Tighter one-line cards for long lists. */
  compact?: boolean;
  children?: ComponentChildren;
}

function Group<T extends string>(props: Common<T> & { type: 'radio' | 'checkbox'; checked: (v: T) => boolean; onToggle: (v: T, on: boolean) => void }) {
  const id = useId();
  const { legend, hint, error, options, inline, compact, type, checked, onToggle } = props;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset aria-describedby={described} aria-invalid={error ? 'true' : undefined}>
      <legend>{legend}</legend>
      {hint && <span class="field-hint" id={`${id}-hint`}>{hint}</span>}
      <div class={`choices${inline ? ' inline' : ''}${compact ? ' compact' : ''}`}>
        {options.map((o) => (
          <label class="choice" key={o.value}>
            <input type={type} name={id} value={o.value} checked={checked(o.value)} onChange={(e) => onToggle(o.value, e.currentTarget.checked)} />
            <span class="choice-text">
              <span>{o.label}</span>
              {o.hint && <span class="choice-hint">{o.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && <span class="field-error" id={`${id}-error`}>{error}</span>}
      {props.children}
    </fieldset>
  );
}

export function RadioCards<T extends string>(props: Common<T> & { value: T | null; onChange: (v: T) => void }) {
  return <Group {...props} type="radio" checked={(v) => v === props.value} onToggle={(v) => props.onChange(v)} />;
}

export function CheckCards<T extends string>(props: Common<T> & { values: T[]; onChange: (v: T[]) => void }) {
  const order = props.options.map((o) => o.value);
  const toggle = (v: T, on: boolean) => {
    const next = on ? [...props.values.filter((x) => x !== v), v] : props.values.filter((x) => x !== v);
    props.onChange(next.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  };
  return <Group {...props} type="checkbox" checked={(v) => props.values.includes(v)} onToggle={toggle} />;
}

const UNITS: { value: Unit; label: string }[] = [
  { value: 'kg', label: 'kg' },
  { value: 'lb', label: 'lb' },
];

/** kg or lb: the one picker every form uses. */
export function UnitPicker(props: { legend: string; value: Unit | null; onChange: (u: Unit) => void; error?: string | undefined }) {
  return <RadioCards legend={props.legend} inline options={UNITS} value={props.value} onChange={props.onChange} error={props.error} />;
}
