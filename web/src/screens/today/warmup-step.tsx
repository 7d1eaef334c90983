// The warm-up: one movement drill per screen, with the blade moving in that
// direction, the muscles it works, and the dose. Today's movements come last.
// In the drill weeks the same screens are the session itself (`practice`).
import { movement, muscle } from '../../../../src/engine/catalog/index.js';
import type { WarmupDrill } from '../../../../src/engine/warmup.js';
import { BladeMovement } from '../../pictures/blade-movement.js';
import { Screen } from '../../ui/screen.js';

interface WarmupProps {
  drills: WarmupDrill[];
  index: number;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
  /** The drills are the whole session (drill weeks), not a warm-up. */
  practice?: boolean;
}

export function WarmupStep({ drills, index, onNext, onBack, onSkip, practice = false }: WarmupProps) {
  const d = drills[index]!;
  const m = movement(d.movement);
  const names = (ids: typeof m.primeMovers) => ids.map((id) => muscle(id).name).join(', ');
  const last = index === drills.length - 1;
  return (
    <Screen
      title={d.name}
      intro={`${practice ? 'Drill' : 'Warm-up'} ${index + 1} of ${drills.length} · ${m.name}${d.usedToday && !practice ? ' · in today’s combos' : ''}`}
      actions={
        <>
          {index > 0 && (
            <button type="button" class="btn btn-grow-0" onClick={onBack}>
              Back
            </button>
          )}
          <button type="button" class="btn btn-primary btn-big" onClick={onNext}>
            {last ? (practice ? 'Drills done' : 'Warm-up done') : 'Next drill'}
          </button>
        </>
      }
    >
      <ol class="steps" aria-hidden="true">
        {drills.map((x, i) => (
          <li key={x.movement} data-done={String(i <= index)} />
        ))}
      </ol>
      <BladeMovement move={d.movement} />
      <p class="dose">
        <strong>
          {d.sets} × {d.reps}
        </strong>{' '}
        · hold {d.holdSeconds} s at the end · no load
      </p>
      <p>{d.cue}</p>
      <dl class="muscles">
        <dt>Works</dt>
        <dd>{names(m.primeMovers)}</dd>
        {m.secondaryMovers.length > 0 && (
          <>
            <dt>Helped by</dt>
            <dd>{names(m.secondaryMovers)}</dd>
          </>
        )}
      </dl>
      <button type="button" class="btn btn-quiet" onClick={onSkip}>
        {practice ? 'End the drills here' : 'Skip the rest of the warm-up'}
      </button>
    </Screen>
  );
}
