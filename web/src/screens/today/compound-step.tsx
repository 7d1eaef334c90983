// The compound set: load, how to build it, target reps and the reminder to
// stop with 2-3 reps left. Afterwards one tap logs it as suggested (or the
// steppers say what really happened) and the shrug starts at once.
import { useState } from 'preact/hooks';
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { SessionCombo } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { breakdownText, loadText } from './load-text.js';
import type { BandChoice, CompoundDraft } from './runner-state.js';
import { BandPicker } from './band-picker.js';
import { LandmineCurveCard } from './landmine-curve-card.js';
import { BAND_COMPOUNDS } from '../../../../src/engine/loads/landmine-band.js';
import type { ResistanceBand } from '../../../../src/engine/model.js';
import { ROUND, readRoundLoad } from '../../../../src/contract/limits.js';
import { asSentence } from '../../lib/sentence.js';
import { Stepper } from './stepper.js';
import { CALIBRATION_CALL } from '../../../../src/engine/rir-bias.js';

interface CompoundProps {
  combo: SessionCombo;
  round: number;
  draft: CompoundDraft;
  onSet: (field: 'load' | 'reps' | 'rir' | 'repsAtCall', value: number) => void;
  onDone: () => void;
  /** Offered once a block per combo (engine offerCalibration); absent, never offered. */
  calibration?: { offered: boolean; onToggle: (on: boolean) => void };
  /** The lifter's resistance bands, offered on the landmine press (BAND_COMPOUNDS). */
  bands?: { list: readonly ResistanceBand[]; onChoose: (band: BandChoice | null) => void };
}

function LoadEditor({ draft, unit, bodyweightLift, onSet }: { draft: CompoundDraft; unit: string; bodyweightLift: boolean; onSet: (field: 'load', value: number) => void }) {
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

/** The offer, in a line and a button: most rounds are ordinary, so it stays small. */
function CalibrationOffer({ onToggle }: { onToggle: (on: boolean) => void }) {
  return (
    <div class="card calibration-offer">
      <p>
        <strong>Check your reps in reserve?</strong> Once a block: stop-and-call at {CALIBRATION_CALL} left, then carry on to failure. It shows how your calls compare with
        the truth, so your loads follow what you really had left.
      </p>
      <button type="button" class="btn" onClick={() => onToggle(true)}>
        Make this a calibration set
      </button>
    </div>
  );
}

/** A calibration set: the call, then on to failure; the shrug still follows at once. */
function CalibrationSet({ combo, round, draft, onSet, onDone, onToggle }: Omit<CompoundProps, 'calibration'> & { onToggle: (on: boolean) => void }) {
  const ex = findExercise(combo.compound.exerciseId);
  const bw = ex?.loading === 'bodyweight';
  const c = combo.compound;
  const how = draft.load === c.load ? breakdownText(c.breakdown, ex?.unilateral) : '';
  return (
    <Screen
      title={c.name}
      intro={`${combo.name} · round ${round + 1} of ${combo.planned.rounds} · calibration set`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onDone}>
          Done, to failure
        </button>
      }
    >
      <div class="card load-card calibration-card">
        <p class="big-load">{loadText(draft.load, c.unit, bw)}</p>
        {how && <p class="breakdown">{how}</p>}
        <ol class="calibration-steps">
          <li>
            Lift until you believe <strong>{CALIBRATION_CALL} reps are left</strong>, and note the count.
          </li>
          <li>
            Keep going until <strong>no more rep will come</strong> with good form.
          </li>
          <li>Rack it and go straight into the shrug, as always.</li>
        </ol>
        <p class="muted">Only where failing is safe: safeties set, a spotter, or dumbbells you can put down.</p>
      </div>
      <h2 class="after-set">After the set, then straight into the shrug</h2>
      <div class="stepper-pair">
        <Stepper
          label={`Reps when you called ${CALIBRATION_CALL} left`}
          value={draft.calibration!.repsAtCall}
          min={ROUND.compoundReps.min}
          max={ROUND.compoundReps.max}
          onChange={(v) => onSet('repsAtCall', v)}
          spoken={(v) => `called at ${v} reps`}
        />
        <Stepper label="Reps at failure" value={draft.reps} min={draft.calibration!.repsAtCall} max={ROUND.compoundReps.max} onChange={(v) => onSet('reps', v)} spoken={(v) => `failure at ${v} reps`} />
      </div>
      <button type="button" class="btn btn-quiet" onClick={() => onToggle(false)}>
        Make it an ordinary set
      </button>
      <LoadEditor draft={draft} unit={c.unit} bodyweightLift={bw} onSet={onSet} />
    </Screen>
  );
}

export function CompoundStep({ combo, round, draft, onSet, onDone, calibration, bands }: CompoundProps) {
  if (draft.calibration && calibration) return <CalibrationSet combo={combo} round={round} draft={draft} onSet={onSet} onDone={onDone} onToggle={calibration.onToggle} />;
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
      {bands && BAND_COMPOUNDS.includes(c.exerciseId) && (
        <>
          {bands.list.length > 0 && <BandPicker bands={bands.list} chosen={draft.band} load={draft.load} unit={c.unit} onChoose={bands.onChoose} />}
          <LandmineCurveCard load={draft.load} unit={c.unit} bands={bands.list} chosen={draft.band} onChoose={bands.onChoose} />
        </>
      )}
      {calibration?.offered && <CalibrationOffer onToggle={calibration.onToggle} />}
    </Screen>
  );
}
