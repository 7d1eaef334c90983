// The end of the session: every combo's rounds and the shrug reps earned.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { Session } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { RoundLine } from './prescription-step.js';
import type { RoundRecord } from './runner-state.js';

interface SummaryProps {
  session: Session;
  rounds: RoundRecord[];
}

export function SummaryStep({ session, rounds }: SummaryProps) {
  const shrugReps = rounds.reduce((n, r) => n + r.shrug.reps, 0);
  const toFailure = rounds.filter((r) => r.shrug.toFailure).length;
  return (
    <Screen
      title="Session done"
      intro={`${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'} · ${shrugReps} shrug reps · ${toFailure} of ${rounds.length} shrugs to failure`}
      actions={
        <a class="btn btn-primary btn-big" href="#/history">
          See it in History
        </a>
      }
    >
      {session.combos.map((c, i) => {
        const mine = rounds.filter((r) => r.combo === i);
        const bw = findExercise(c.compound.exerciseId)?.loading === 'bodyweight';
        return (
          <section class="card" key={c.planned.comboId}>
            <h2>{c.name}</h2>
            {mine.length === 0 ? (
              <p class="muted">Not done today.</p>
            ) : (
              <ul class="round-lines">
                {mine.map((r) => (
                  <RoundLine key={r.loggedAt} r={r} bw={bw} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p class="muted">Every round is saved on this phone and syncs when there is a connection.</p>
    </Screen>
  );
}
