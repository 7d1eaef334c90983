// After a combo's last round: what was done, what comes next time and why
// (worked out on the phone by the engine), and anything the rounds did
// against the system, in plain words.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { Feedback, Warning } from '../../../../src/engine/model.js';
import { movement } from '../../../../src/engine/catalog/index.js';
import { RateCombo } from './rate-combo.js';
import type { Decision, Prescription } from '../../../../src/engine/progression.js';
import type { SessionCombo } from '../../../../src/engine/session.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { breakdownText, loadText } from './load-text.js';
import { convert } from '../../../../src/engine/units.js';
import type { Unit } from '../../../../src/engine/types.js';
import type { RoundRecord } from './runner-state.js';

export interface RoundWarning {
  round: number;
  warning: Warning;
}

interface PrescriptionProps {
  combo: SessionCombo;
  rounds: RoundRecord[];
  next: Prescription | null;
  warnings: RoundWarning[];
  last: boolean;
  onNext: () => void;
  /** Keeps the lifter's ratings of this combo with its last round. */
  onRate?: (roundId: string, feedback: Feedback) => Promise<unknown>;
}

const HEADLINE: Record<Decision, string> = {
  add_load: 'Heavier next time',
  add_reps: 'Same load, more reps next time',
  hold: 'Same load next time',
  reduce_load: 'A little lighter next time',
};

/** One logged round; in `unit` when given (the lifter switched units since), else as logged. */
export function RoundLine({ r, bw, unit = r.body.unit }: { r: RoundRecord; bw: boolean; unit?: Unit }) {
  return (
    <li>
      <strong>Round {r.round + 1}:</strong> {loadText(convert(r.body.compound.load, r.body.unit, unit), unit, bw)} × {r.body.compound.reps}, {r.body.compound.rir} left → shrug {r.body.shrug.reps}{' '}
      {r.body.shrug.toFailure ? 'to failure' : '(stopped short)'}
      {r.saved === 'failed' && <span class="field-error"> Not saved on this phone.</span>}
    </li>
  );
}

export function PrescriptionStep({ combo, rounds, next, warnings, last, onNext, onRate }: PrescriptionProps) {
  const lastRound = rounds.at(-1);
  const ex = findExercise(combo.compound.exerciseId);
  const bw = ex?.loading === 'bodyweight';
  return (
    <Screen
      title={next ? HEADLINE[next.decision] : 'Combo done'}
      intro={`${combo.name} · done`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onNext}>
          {last ? 'Finish the session' : 'Next combo'}
        </button>
      }
    >
      {next && (
        <div class="card">
          <p class="big-load">
            {loadText(next.compound.load, next.compound.unit, bw)} × {next.compound.targetReps}
          </p>
          <p class="breakdown">{breakdownText(next.compound.breakdown, ex?.unilateral)}</p>
          <ul class="reasons">
            {next.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.map(({ round, warning }) => (
        <Notice key={`${round}-${warning.ruleId}`} tone={warning.severity === 'info' ? 'info' : 'warning'} title={`Round ${round + 1}`}>
          <p>{warning.message}</p>
        </Notice>
      ))}
      <h2>Today</h2>
      <ul class="round-lines">
        {rounds.map((r) => (
          <RoundLine key={r.loggedAt} r={r} bw={bw} />
        ))}
      </ul>
      {onRate && lastRound?.outboxId && <RateCombo key={lastRound.outboxId} movement={movement(combo.planned.movement).name.toLowerCase()} onRate={(f) => onRate(lastRound.outboxId!, f)} />}
    </Screen>
  );
}
