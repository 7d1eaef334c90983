// The compound set: load, how to build it, target reps and the reminder to
// stop with 2-3 reps left. Afterwards one tap logs it as suggested (or the
// steppers say what really happened) and the shrug starts at once.
import { useState } from 'preact/hooks';
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { SessionCombo } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { breakdownText, loadText } from './load-text.js';
import type { CompoundDraft } from './runner-state.js';
import { ROUND, readRoundLoad } from '../../../../src/contract/limits.js';
import { asSentence } from '../../lib/sentence.js';
import { Stepper } from './stepper.js';

interface CompoundProps {
  combo: SessionCombo;
  round: number;
  draft: CompoundDraft;
  onSet: (field: 'load' | 'reps' | 'rir', value: number) => void;
  onDone: () => void;
}

function LoadEditor({ draft, unit, bodyweightLift, onSet }: { draft: CompoundDraft; unit: string; bodyweightLift: boolean; onSet: CompoundProps['onSet'] }) {
  const [text, setText] = useState(String(draft.load));
  const read = readRoundLoad(text, bodyweightLift);
  const problem = 'problem' in read ? asSentence(read.problem) : null;
  return (
    <details
      class="load-editor"
      onToggle={(e) => {
        const d = e.currentTarget;
        // The sticky button bar covers the screen's foot: bring the field above it and into the thumb's reach.
        if (d.open) d.querySelector('input')?.scrollIntoView?.({ block: 'center' });
      }}
    >
      <summary>Using another load?</summary>
      <label class="field-label" for="other-load">
        Load in {unit}
      </label>
      <div class="row">
        <input
          id="other-load"
          type="text"
          inputMode="decimal"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? 'other-load-error' : undefined}
        />
        <button type="button" class="btn" disabled={problem !== null} onClick={() => 'value' in read && onSet('load', read.value)}>
          Use it
        </button>
      </div>
      {problem && (
        <span class="field-error" id="other-load-error">
          {problem}
        </span>
      )}
    </details>
  );
}

export function CompoundStep({ combo, round, draft, onSet, onDone }: CompoundProps) {
  const ex = findExercise(combo.compound.exerciseId);
  const bw = ex?.loading === 'bodyweight';
  const c = combo.compound;
  const how = draft.load === c.load ? breakdownText(c.breakdown, ex?.unilateral) : '';
  const asSuggested = draft.reps === c.targetReps && draft.rir === c.targetRir.min;
  return (
    <Screen
      title={c.name}
      intro={`${combo.name} · round ${round + 1} of ${combo.planned.rounds}`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onDone}>
          {asSuggested ? 'Done as suggested' : 'Done'}
        </button>
      }
    >
      <div class="card load-card">
        <p class="big-load">{loadText(draft.load, c.unit, bw)}</p>
        {how && <p class="breakdown">{how}</p>}
        <p>
          Aim for <strong>{c.targetReps} reps</strong> and stop with{' '}
          <strong>
            {c.targetRir.min}-{c.targetRir.max} left
          </strong>{' '}
          in the tank. Not to failure: that is the shrug’s job.
        </p>
        {ex?.cues[0] && <p class="muted">{ex.cues[0]}</p>}
      </div>
      <h2 class="after-set">After the set, then straight into the shrug</h2>
      <div class="stepper-pair">
        <Stepper label="Reps done" value={draft.reps} min={ROUND.compoundReps.min} max={ROUND.compoundReps.max} onChange={(v) => onSet('reps', v)} spoken={(v) => `${v} reps`} />
        <Stepper label="Reps left" value={draft.rir} min={ROUND.rir.min} max={ROUND.rir.max} onChange={(v) => onSet('rir', v)} spoken={(v) => `${v} in reserve`} />
      </div>
      <LoadEditor draft={draft} unit={c.unit} bodyweightLift={bw} onSet={onSet} />
    </Screen>
  );
}
