// The end of the session: every combo's rounds and the shrug reps earned; after
// a drill-week session, the drills done and when the combos start.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { DrillWeek } from '../../../../src/engine/program/drill-weeks.js';
import type { Session } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { longDate } from '../history/format.js';
import { RoundLine } from './prescription-step.js';
import type { RoundRecord } from './runner-state.js';

interface SummaryProps {
  session: Session;
  rounds: RoundRecord[];
  /** Set after a drills-only session. */
  drillsOnly?: boolean;
  drills?: DrillWeek | null;
}

function DrillsDone({ session, drills }: { session: Session; drills: DrillWeek | null }) {
  const sets = session.warmup.drills.reduce((n, d) => n + d.sets, 0);
  return (
    <Screen
      title="Drills done"
      intro={`${session.warmup.drills.length} movements · ${sets} sets, no load`}
      actions={
        <a class="btn btn-primary btn-big" href="#/plan">
          See your plan
        </a>
      }
    >
      <p class="card">
        Each session makes the six movements easier to find on their own.
        {drills && ` The combos start on ${longDate(drills.combosFrom)}.`}
      </p>
      <p class="muted">Drills are practice, so there is nothing to log or sync.</p>
    </Screen>
  );
}

export function SummaryStep({ session, rounds, drillsOnly = false, drills = null }: SummaryProps) {
  if (drillsOnly) return <DrillsDone session={session} drills={drills} />;
  const shrugReps = rounds.reduce((n, r) => n + r.body.shrug.reps, 0);
  const toFailure = rounds.filter((r) => r.body.shrug.toFailure).length;
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
