// The end of the session: every combo's rounds and the shrug reps earned; after
// a drill-week session, the drills done and when the combos start.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { DrillWeek } from '../../../../src/engine/program/drill-weeks.js';
import type { Session } from '../../../../src/engine/session.js';
import { Screen } from '../../ui/screen.js';
import { longDate } from '../history/format.js';
import { RoundLine } from './prescription-step.js';
import type { RoundRecord } from './runner-state.js';
import type { Unit } from '../../../../src/engine/types.js';
import { formatLoad } from '../../../../src/engine/units.js';
import { setsText, type DaySet, type DayTotals } from './day-log.js';

interface SummaryProps {
  session: Session;
  rounds: RoundRecord[];
  /** Set after a drills-only session. */
  drillsOnly?: boolean;
  drills?: DrillWeek | null;
  /** The whole day's totals (rounds from any device, sets outside combos). */
  totals?: DayTotals;
  /** Today's sets outside combos. */
  sets?: DaySet[];
  unit?: Unit;
  own?: ReadonlyMap<string, string>;
  /** Back to the day's list, to log more. */
  onBack?: () => void;
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

function Totals({ totals, sets, unit, own }: { totals: DayTotals; sets: DaySet[]; unit: Unit; own?: ReadonlyMap<string, string> }) {
  const name = (id: string) => findExercise(id)?.name ?? own?.get(id) ?? 'Your own exercise';
  const byExercise = new Map<string, DaySet[]>();
  for (const s of sets) byExercise.set(s.exerciseId, [...(byExercise.get(s.exerciseId) ?? []), s]);
  return (
    <section class="card" aria-labelledby="totals-h">
      <h2 id="totals-h">The whole session</h2>
      <p class="session-totals">
        {totals.rounds} {totals.rounds === 1 ? 'round' : 'rounds'} · {totals.sets} {totals.sets === 1 ? 'other set' : 'other sets'} · volume {formatLoad(totals.volume, unit)}
      </p>
      {byExercise.size > 0 && (
        <ul class="round-lines">
          {[...byExercise].map(([id, list]) => (
            <li key={id}>
              <strong>{name(id)}:</strong> {setsText(list, unit)}
            </li>
          ))}
        </ul>
      )}
      {totals.records.length > 0 ? (
        <>
          <h3>Records broken</h3>
          <ul class="round-lines records-broken">
            {totals.records.map((r) => (
              <li key={r.exerciseId + r.what}>
                {name(r.exerciseId)}: {r.what}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">No records broken today.</p>
      )}
    </section>
  );
}

export function SummaryStep({ session, rounds, drillsOnly = false, drills = null, totals, sets = [], unit = 'kg', own, onBack }: SummaryProps) {
  if (drillsOnly) return <DrillsDone session={session} drills={drills} />;
  const shrugReps = rounds.reduce((n, r) => n + r.body.shrug.reps, 0);
  const toFailure = rounds.filter((r) => r.body.shrug.toFailure).length;
  return (
    <Screen
      title="Session done"
      intro={`${rounds.length} ${rounds.length === 1 ? 'round' : 'rounds'} · ${shrugReps} shrug reps · ${toFailure} of ${rounds.length} shrugs to failure`}
      actions={
        <>
          {onBack && (
            <button type="button" class="btn" onClick={onBack}>
              Back to the list
            </button>
          )}
          <a class="btn btn-primary btn-big" href="#/history">
            See it in History
          </a>
        </>
      }
    >
      {totals && <Totals totals={totals} sets={sets} unit={unit} {...(own ? { own } : {})} />}
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
                  <RoundLine key={r.loggedAt} r={r} bw={bw} unit={unit} />
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
