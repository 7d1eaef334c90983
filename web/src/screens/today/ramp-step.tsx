// Working up to the load: each ramp-up set with how to build it, ticked off
// as it is done. Ticked sets are logged with the first round.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { SessionCombo } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { breakdownText, loadText } from './load-text.js';

interface RampProps {
  combo: SessionCombo;
  done: number[];
  onToggle: (index: number) => void;
  onDone: () => void;
}

export function RampStep({ combo, done, onToggle, onDone }: RampProps) {
  const ex = findExercise(combo.compound.exerciseId);
  const bw = ex?.loading === 'bodyweight';
  const { unit } = combo.compound;
  return (
    <Screen
      title="Work up"
      intro={`${combo.name} · to ${loadText(combo.compound.load, unit, bw)} for the work set`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onDone}>
          {done.length === combo.compound.rampUp.length ? 'On to the work set' : 'Skip to the work set'}
        </button>
      }
    >
      <fieldset>
        <legend>{combo.compound.name}: ramp-up sets</legend>
        <ul class="ramp-list">
          {combo.compound.rampUp.map((r, i) => {
            const how = breakdownText(r.breakdown, ex?.unilateral);
            return (
              <li key={i}>
                <label class="choice ramp-row">
                  <input type="checkbox" checked={done.includes(i)} onChange={() => onToggle(i)} />
                  <span class="choice-text">
                    <span class="ramp-load">
                      {loadText(r.load, unit, bw)} × {r.reps}
                    </span>
                    {how && <span class="choice-hint">{how}</span>}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p class="muted">Easy reps, no grinding: these only rehearse the movement and warm the joints.</p>
    </Screen>
  );
}
