// A labelled form control with its hint and error tied to it for screen
// readers (aria-describedby, aria-invalid). Every input in the app goes
// through Field or Choices, so no control is ever unlabelled.
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldIds {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  /** Renders the control with the ids to spread onto it. */
  children: (ids: FieldIds) => ComponentChildren;
}

export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({ id, ...(described ? { 'aria-describedby': described } : {}), ...(error ? { 'aria-invalid': 'true' as const } : {}) })}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'label'> & {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValue: (value: string) => void;
};

/** A text, email, password or number input as a Field. Numbers stay strings while typed; parse on submit. */
export function TextField({ label, hint, error, value, onValue, ...rest }: InputProps) {
  return (
    <Field label={label} {...(hint ? { hint } : {})} error={error}>
      {(ids) => <input {...rest} {...ids} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
    </Field>
  );
}
