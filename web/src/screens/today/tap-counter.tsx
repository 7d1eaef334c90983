// The shrug's rep counter: the whole area is one button, so a sweaty thumb
// cannot miss it. Space and Enter count too (handled on keydown, once per
// press, with the browser's own click suppressed so a key never counts twice),
// and a live region says the new count.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface TapCounterProps {
  reps: number;
  onRep: () => void;
  onUndo: () => void;
  /** When to tap, under the label ("at the top of each rep, hold 1 s"). */
  hint: string;
  /** Take the keyboard focus when shown (after the screen's heading took it). */
  autoFocus?: boolean;
  /** Shown beside "Take one back" (the pause-cue switch). */
  children?: ComponentChildren;
}

export const repsText = (n: number) => `${n} ${n === 1 ? 'rep' : 'reps'}`;

export function TapCounter({ reps, onRep, onUndo, hint, autoFocus = false, children }: TapCounterProps) {
  const area = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  useEffect(() => {
    if (!autoFocus) return;
    const id = requestAnimationFrame(() => area.current?.focus());
    return () => cancelAnimationFrame(id);
  }, [autoFocus]);
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== ' ' && e.key !== 'Enter') return;
    e.preventDefault();
    if (!e.repeat) onRep();
  };
  return (
    <div class="tap-counter">
      <button type="button" class="tap-area" ref={area} aria-describedby={hintId} onClick={onRep} onKeyDown={onKeyDown}>
        <span class="tap-number" aria-hidden="true">
          {reps}
        </span>
        {/* The visible words are the button's name, so voice control can say them. */}
        <span class="tap-label">Count a rep</span>
        <span class="tap-hint" id={hintId} aria-hidden="true">
          {hint}
        </span>
      </button>
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true">
        {reps > 0 ? repsText(reps) : ''}
      </p>
      <div class="tap-extras">
        <button type="button" class="btn btn-quiet" onClick={onUndo} disabled={reps === 0}>
          Take one back
        </button>
        {children}
      </div>
    </div>
  );
}
