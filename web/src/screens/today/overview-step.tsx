// Today at a glance: the warm-up, each combo with its load and rounds, and a
// Start button; on a rest day, when the next training day is, with the option
// to do that session today instead. In a beginner's drill weeks the six
// drills are the session, with the combos one tap away for who wants them.
import { findExercise } from '../../../../src/engine/catalog/index.js';
import type { Weekday } from '../../../../src/engine/model.js';
import type { DrillWeek } from '../../../../src/engine/program/drill-weeks.js';
import type { Session } from '../../../../src/engine/session.js';
import { WEEKDAY_NAMES } from '../../lib/dates.js';
import { longDate } from '../history/format.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { DayList, type DayListProps } from './day-list.js';

interface OverviewProps {
  session: Session | null;
  today: Weekday;
  /** The next training day after today, on a rest day. */
  nextDay: Weekday | null;
  onStart: () => void;
  /** Do another day's session today. */
  onPickDay: (day: Weekday) => void;
  /** Today is in the beginner's drill weeks. */
  drills?: DrillWeek | null;
  /** Start the drills alone (drill weeks). */
  onStartDrills?: () => void;
  /** The day's list: own lifts, combos and added exercises with their logging. */
  day: DayListProps;
  /** Combos with rounds still to do today. */
  combosLeft: number;
  onFinish: () => void;
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

function weeksLeftText(d: DrillWeek): string {
  const from = `the combos start on ${longDate(d.combosFrom)}`;
  if (d.weeksAfter === 0) return `Last drill week: ${from}.`;
  return `This week and ${d.weeksAfter} more ${d.weeksAfter === 1 ? 'week' : 'weeks'} of drills; ${from}.`;
}

function DrillDay({ session, day, drills, onStart, onStartDrills }: { session: Session; day: string; drills: DrillWeek; onStart: () => void; onStartDrills: () => void }) {
  return (
    <Screen
      title={`${day}: blade drills`}
      intro={`Drill week ${drills.week} of ${drills.of} · about ${session.warmup.minutes} min, no load`}
      actions={
        <>
          <button type="button" class="btn" onClick={onStart}>
            Start the combos anyway
          </button>
          <button type="button" class="btn btn-primary btn-big" onClick={onStartDrills}>
            Start the drills
          </button>
        </>
      }
    >
      <div class="card">
        <p>
          Every combo ends with a shrug that works one shoulder-blade movement on its own. Your first weeks are for learning those six movements, so today
          the drills are the whole session.
        </p>
        <p>
          <strong>{weeksLeftText(drills)}</strong>
        </p>
        <p class="muted">If each movement already feels clear and controlled, you can start the combos early.</p>
      </div>
      <ol class="combo-list">
        {session.warmup.drills.map((d) => (
          <li class="card" key={d.movement}>
            <h2>{d.name}</h2>
            <p class="runner-meta">
              {d.sets} × {d.reps} · hold {d.holdSeconds} s
            </p>
          </li>
        ))}
      </ol>
    </Screen>
  );
}

export function OverviewStep({ session, today, nextDay, onStart, onPickDay, drills, onStartDrills, day: list, combosLeft, onFinish }: OverviewProps) {
  if (!session) return <RestDay today={today} nextDay={nextDay} onPickDay={onPickDay} />;
  const day = session.weekday === today ? 'Today' : `${WEEKDAY_NAMES[session.weekday]}’s session`;
  if (drills && onStartDrills) return <DrillDay session={session} day={day} drills={drills} onStart={onStart} onStartDrills={onStartDrills} />;
  const combos = session.combos.length;
  const loggedAnything = list.rounds.length > 0 || list.sets.some((s) => s.date === list.today);
  let intro: string;
  if (combos === 0) intro = 'No combos today: your own lifts are the session.';
  else if (combosLeft === 0) intro = `All ${combos} ${combos === 1 ? 'combo' : 'combos'} done. Log anything else below, then finish.`;
  else intro = `Warm-up about ${session.warmup.minutes} min, then ${combos} ${combos === 1 ? 'combo' : 'combos'}${combosLeft < combos ? ` (${combosLeft} still to do)` : ''}.`;
  return (
    <Screen
      title={`${day}: ${session.label}`}
      intro={intro}
      actions={
        <>
          {loggedAnything && (
            <button type="button" class={`btn${combosLeft === 0 ? ' btn-primary btn-big' : ''}`} onClick={onFinish}>
              Finish
            </button>
          )}
          {combosLeft > 0 && (
            <button type="button" class="btn btn-primary btn-big" onClick={onStart}>
              {combosLeft < combos ? 'Go on with the combos' : 'Start'}
            </button>
          )}
        </>
      }
    >
      {session.compounds.length > 0 && combos > 0 && <p class="muted">Your own lifts first; each combo follows the lift it is placed after.</p>}
      <DayList {...list} />
      {session.skipped.map((s) => (
        <Notice tone="warning" key={s.comboId}>
          <p>One combo is left out today: {s.reason}. Add the missing equipment in Settings to bring it back.</p>
        </Notice>
      ))}
    </Screen>
  );
}
