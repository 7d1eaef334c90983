// Today at a glance: the warm-up, each combo with its load and rounds, and a
// Start button; on a rest day, when the next training day is, with the option
// to do that session today instead.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { Weekday } from '../../../../src/engine/model.js';
import type { Session } from '../../../../src/engine/session.js';
import { WEEKDAY_NAMES } from '../../lib/dates.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { breakdownText, loadText } from './load-text.js';

interface OverviewProps {
  session: Session | null;
  today: Weekday;
  /** The next training day after today, on a rest day. */
  nextDay: Weekday | null;
  onStart: () => void;
  /** Do another day's session today. */
  onPickDay: (day: Weekday) => void;
}

const ownName = (c: Session['compounds'][number]) => c.name ?? findExercise(c.exerciseId)?.name ?? c.exerciseId;

function RestDay({ today, nextDay, onPickDay }: Pick<OverviewProps, 'today' | 'nextDay' | 'onPickDay'>) {
  return (
    <Screen
      title="Rest day"
      intro={`No combos on ${WEEKDAY_NAMES[today]}s in your plan.`}
      actions={
        nextDay && (
          <button type="button" class="btn" onClick={() => onPickDay(nextDay)}>
            Do {WEEKDAY_NAMES[nextDay]}’s session now
          </button>
        )
      }
    >
      <div class="card">
        <p>{nextDay ? `Next training day: ${WEEKDAY_NAMES[nextDay]}.` : 'Your plan has no training days yet.'}</p>
        <p class="muted">The blade muscles grow between sessions, not during them. Enjoy the day off.</p>
      </div>
    </Screen>
  );
}

export function OverviewStep({ session, today, nextDay, onStart, onPickDay }: OverviewProps) {
  if (!session) return <RestDay today={today} nextDay={nextDay} onPickDay={onPickDay} />;
  const day = session.weekday === today ? 'Today' : `${WEEKDAY_NAMES[session.weekday]}’s session`;
  return (
    <Screen
      title={`${day}: ${session.label}`}
      intro={`Warm-up about ${session.warmup.minutes} min, then ${session.combos.length} ${session.combos.length === 1 ? 'combo' : 'combos'}.`}
      actions={
        <button type="button" class="btn btn-primary btn-big" onClick={onStart}>
          Start
        </button>
      }
    >
      {session.compounds.length > 0 && (
        <p class="card">
          <strong>Your own lifts first:</strong> {session.compounds.map(ownName).join(', ')}. The combos follow them.
        </p>
      )}
      <ol class="combo-list">
        {session.combos.map((c) => {
          const bw = findExercise(c.compound.exerciseId)?.loading === 'bodyweight';
          const how = breakdownText(c.compound.breakdown, findExercise(c.compound.exerciseId)?.unilateral);
          return (
            <li class="card" key={c.planned.comboId}>
              <h2>{c.name}</h2>
              <p class="runner-meta">
                {c.planned.rounds} {c.planned.rounds === 1 ? 'round' : 'rounds'} · {c.compound.name}
              </p>
              <p>
                <strong>{loadText(c.compound.load, c.compound.unit, bw)}</strong> × {c.compound.targetReps}
                {how && <span class="muted"> · {how}</span>}
              </p>
              {c.source === 'estimate' && <p class="muted">First time: a cautious starting load.</p>}
            </li>
          );
        })}
      </ol>
      {session.skipped.map((s) => (
        <Notice tone="warning" key={s.comboId}>
          <p>One combo is left out today: {s.reason}. Add the missing equipment in Settings to bring it back.</p>
        </Notice>
      ))}
    </Screen>
  );
}
