// "Shrug now": straight after the compound, the shrug to failure. A clock
// counts the seconds since the compound ended and warns past the system's
// limit; the rest of the screen is one big rep counter. With the pause cue
// on, a beep and a buzz say when a rep has been held at full contraction long enough.
import { useEffect, useRef } from 'preact/hooks';
import { findExercise, movement } from '../../../../src/engine/catalog/index.js';
import { MAX_TRANSITION_SECONDS } from '../../../../src/engine/rules/index.js';
import { shrugGoal } from '../../../../src/engine/shrug-words.js';
import type { SessionCombo } from '../../../../src/engine/session.js';
import { BladeMovement } from '../../pictures/blade-movement.js';
import { Screen } from '../../ui/screen.js';
import type { Alerts } from './alerts.js';
import { secondsSince, useNow, type Clock } from './clock.js';
import { loadText } from './load-text.js';
import type { ShrugDraft } from './runner-state.js';
import { TapCounter } from './tap-counter.js';
import { Stepper } from './stepper.js';
import { ROUND } from '../../../../src/contract/limits.js';

interface ShrugProps {
  combo: SessionCombo;
  round: number;
  draft: ShrugDraft;
  /** The load the shrug carries (the compound's, as done). */
  load: number;
  pauseCue: boolean;
  clock: Clock;
  alerts: Alerts;
  onRep: (at: number) => void;
  onUndo: () => void;
  /** The count set by hand, after the set. */
  onSet: (reps: number) => void;
  onToggleCue: () => void;
  onFinish: (toFailure: boolean, at: number) => void;
}

/** Seconds since the compound, frozen at the first rep; a warning past the limit. */
export function SinceCompound({ endedAt, firstRepAt, clock }: { endedAt: number; firstRepAt: number | null; clock: Clock }) {
  const now = useNow(clock, 250, firstRepAt === null);
  const seconds = secondsSince(endedAt, firstRepAt ?? now);
  const late = seconds > MAX_TRANSITION_SECONDS;
  const text = firstRepAt === null ? `${seconds} s since the compound` : `Started ${seconds} s after the compound`;
  return (
    <p class="since" data-late={String(late)} role={late && firstRepAt === null ? 'alert' : undefined}>
      <span class="since-count">{text}</span>
      {late && firstRepAt === null && <span class="since-warn"> — past {MAX_TRANSITION_SECONDS} s, start now: every second of rest lets the blade muscles recover.</span>}
    </p>
  );
}

export function ShrugStep(p: ShrugProps) {
  const { combo, draft } = p;
  const ex = findExercise(combo.shrug.exerciseId);
  const move = ex?.movement ?? combo.planned.movement;
  const bw = findExercise(combo.compound.exerciseId)?.loading === 'bodyweight';
  const cueTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (cueTimer.current && clearTimeout(cueTimer.current)), []);

  const rep = () => {
    p.alerts.unlock();
    p.onRep(p.clock());
    if (!p.pauseCue) return;
    if (cueTimer.current) clearTimeout(cueTimer.current);
    // The tap marks full contraction; the cue says the pause is done.
    cueTimer.current = setTimeout(() => {
      p.alerts.beep();
      p.alerts.vibrate(60);
    }, combo.shrug.pauseSeconds * 1000);
  };
  const target = combo.shrug.targetReps;
  return (
    <Screen
      title="Shrug now"
      intro={`${loadText(p.load, combo.shrug.unit, bw)} · ${combo.shrug.goal ?? shrugGoal(target)}`}
      actions={
        <>
          <button type="button" class="btn btn-grow-0" onClick={() => p.onFinish(false, p.clock())}>
            Stopped short
          </button>
          <button type="button" class="btn btn-primary btn-big" onClick={() => p.onFinish(true, p.clock())}>
            Reached failure
          </button>
        </>
      }
    >
      <SinceCompound endedAt={draft.compoundEndedAt} firstRepAt={draft.firstRepAt} clock={p.clock} />
      <div class="shrug-cue">
        <BladeMovement move={move} size="small" />
        <p>
          <strong>{ex?.name ?? combo.shrug.name}.</strong> {ex?.cues[0] ?? movement(move).bladeAction}
        </p>
      </div>
      <TapCounter reps={draft.reps} onRep={rep} onUndo={p.onUndo} autoFocus hint={`at full contraction (${combo.shrug.pauseAt ?? movement(move).fullContraction}), then hold ${combo.shrug.pauseSeconds}\u00a0s`}>
        <label class="cue-toggle">
          <input type="checkbox" checked={p.pauseCue} onChange={() => (p.alerts.unlock(), p.onToggleCue())} />
          Beep after the hold
        </label>
      </TapCounter>
      <details class="shrug-typed">
        <summary>Hands full? Set the count after the set</summary>
        <Stepper label="Shrug reps" value={draft.reps} min={ROUND.shrugReps.min} max={ROUND.shrugReps.max} onChange={p.onSet} spoken={(n) => `${n} reps`} />
      </details>
    </Screen>
  );
}
