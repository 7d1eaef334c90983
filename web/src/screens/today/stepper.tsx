// A big − value + control for reps and RIR: thumb-sized buttons, the value
// announced when it changes, and the group named by its label.
import { useId } from 'preact/hooks';

interface StepperProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Says what the number means to a screen reader, e.g. "10 reps". */
  spoken?: (value: number) => string;
}

export function Stepper({ label, value, min, max, onChange, spoken = String }: StepperProps) {
  const id = useId();
  return (
    <div class="stepper" role="group" aria-labelledby={`${id}-label`}>
      <span class="stepper-label" id={`${id}-label`}>
        {label}
      </span>
      <div class="stepper-row">
        <button type="button" class="btn stepper-btn" aria-label={`${label}: one less`} disabled={value <= min} onClick={() => onChange(value - 1)}>
          −
        </button>
        <output class="stepper-value" aria-live="polite" aria-label={`${label}: ${spoken(value)}`}>
          {value}
        </output>
        <button type="button" class="btn stepper-btn" aria-label={`${label}: one more`} disabled={value >= max} onClick={() => onChange(value + 1)}>
          +
        </button>
      </div>
    </div>
  );
}
