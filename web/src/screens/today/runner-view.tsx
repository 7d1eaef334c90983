// Which screen the runner shows for its step, with the engine's answers each
// one needs: today's session for the overview, the next prescription and the
// rule warnings after a combo.
import { useMemo, useState } from 'preact/hooks';
import type { ComboLog, Feedback, Inventory, Weekday } from '../../../../src/engine/model.js';
import { WEEKDAYS } from '../../../../src/engine/model.js';
import { nextPrescription, ProgressionError, type Prescription } from '../../../../src/engine/progression.js';
import { checkLog } from '../../../../src/engine/rules/index.js';
import { offerCalibration, rirBiasOf } from '../../../../src/engine/rir-bias.js';
import { blockOn, inBlockWeek } from '../../../../src/engine/block/index.js';
import { localDate } from '../../lib/dates.js';
import { buildSession, type Session } from '../../../../src/engine/session.js';
import type { LocalData } from '../../offline/local-data.js';
import { weekdayOf } from '../../offline/training.js';
import { Notice } from '../../ui/notice.js';
import type { Alerts } from './alerts.js';
import type { Clock } from './clock.js';
import { CompoundStep } from './compound-step.js';
import { drillWeekToday } from './drill-days.js';
import { loadText } from './load-text.js';
import { roundLog } from './log-round.js';
import { OverviewStep } from './overview-step.js';
import { PrescriptionStep, type RoundWarning } from './prescription-step.js';
import { RampStep } from './ramp-step.js';
import { RestStep } from './rest-step.js';
import { roundsOf, type Action, type RunnerState } from './runner-state.js';
import { ShrugStep } from './shrug-step.js';
import { SummaryStep } from './summary-step.js';
import { WarmupStep } from './warmup-step.js';
import { dayItems } from './day-list.js';
import { HowItWorksLink } from '../learn/how-it-works-link.js';
import { dayTotals, type DayRound, type DaySet } from './day-log.js';
import type { SetDraftFields } from './set-logger.js';

interface ViewProps {
  state: RunnerState;
  local: LocalData;
  /** Rounds of earlier sessions. */
  history: ComboLog[];
  today: string;
  clock: Clock;
  alerts: Alerts;
  act: (a: Action) => void;
  onStart: (session: Session, opts?: { drillsOnly: boolean }) => void;
  onRetrySave: (index: number) => void;
  /** Keeps the lifter's ratings of a combo with its last round (outbox, then PUT /combos/{id}/feedback). */
  onRate?: (roundId: string, feedback: Feedback) => Promise<unknown>;
  /** Rounds logged today on any device. */
  dayRounds: DayRound[];
  /** Every set outside combos, server's and this phone's. */
  sets: DaySet[];
  /** Rounds before today (for records). */
  roundsBefore: DayRound[];
  onLogSet: (exerciseId: string, set: SetDraftFields) => Promise<void>;
}

/** The day's session, with this week's rounds of the training block (as the Plan screen shows it). */
function sessionOn(local: LocalData, history: ComboLog[], weekday: Weekday, today: string): Session | null {
  const { profile, plan } = local;
  if (!profile || !plan || !plan.days.some((d) => d.weekday === weekday)) return null;
  const { unit, bodyweight, experience } = profile;
  const session = buildSession({ plan, weekday, profile: { unit, bodyweight, experience }, inventory: profile.inventory, history });
  const inBlock = blockOn({ plan, inventory: profile.inventory, planMadeOn: localDate(new Date(plan.createdAt)), history, date: today });
  return inBlock ? inBlockWeek(session, inBlock.block.weeks[inBlock.week - 1]!, inBlock.block.weeks.length) : session;
}

function nextTrainingDay(local: LocalData, today: Weekday): Weekday | null {
  const days = new Set(local.plan?.days.map((d) => d.weekday));
  const i = WEEKDAYS.indexOf(today);
  for (let k = 1; k <= 7; k++) {
    const d = WEEKDAYS[(i + k) % 7]!;
    if (days.has(d)) return d;
  }
  return null;
}

/** What the system's rules say about a combo's rounds of this session. */
export function roundWarnings(state: RunnerState, combo: number, inventory: Inventory | undefined): RoundWarning[] {
  // A kit warning (straps, catches) names the combo, not the round: said once however many rounds are done.
  const warnings: RoundWarning[] = [];
  const aboutCombo = new Set<string>();
  for (const r of roundsOf(state, combo)) {
    // A deload week's rounds stop short on purpose: not warned about.
    for (const warning of checkLog(roundLog(r), inventory, { deload: state.session?.blockWeek?.deload === true })) {
      if (warning.where === roundLog(r).comboId) {
        if (aboutCombo.has(warning.ruleId)) continue;
        aboutCombo.add(warning.ruleId);
      }
      warnings.push({ round: r.round, warning });
    }
  }
  return warnings;
}

function prescriptionFor(state: RunnerState, local: LocalData, history: ComboLog[], combo: number): { next: Prescription | null; warnings: RoundWarning[] } {
  const mine = roundsOf(state, combo);
  const last = mine.at(-1);
  const warnings = roundWarnings(state, combo, local.profile?.inventory);
  if (!last || !local.profile) return { next: null, warnings };
  const lastLog = roundLog(last);
  const earlier = history.filter((l) => l.comboId === lastLog.comboId && l.compoundId === lastLog.compoundId);
  const previous = [...earlier, ...mine.slice(0, -1).map(roundLog)];
  try {
    const rirBias = rirBiasOf([...history, ...mine.map(roundLog)]).bias;
    return { next: nextPrescription(lastLog, { inventory: local.profile.inventory, previous, unit: local.profile.unit, rirBias }), warnings };
  } catch (e) {
    if (e instanceof ProgressionError) return { next: null, warnings };
    throw e;
  }
}

/** The lifter's own exercises named in the plan (custom days), by id. */
function ownNames(local: LocalData): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of local.plan?.days ?? []) for (const c of d.compounds) if (c.name) names.set(c.exerciseId, c.name);
  return names;
}

/** Said as soon as a round is logged: on the phone's disk, or why not. */
function RoundSaved({ round, saved }: { round: number; saved: 'saving' | 'saved' | 'failed' }) {
  if (saved === 'failed') return null; // the danger notice on top says it
  return (
    <p class="round-saved" role="status">
      {saved === 'saved' ? `✓ Round ${round + 1} saved on this phone` : `Saving round ${round + 1}…`}
    </p>
  );
}

/** The combos of a session, as a comparable list. */
const comboKey = (s: Session | null) => (s ? s.combos.map((c) => `${c.planned.comboId}:${c.planned.compoundId}:${c.planned.rounds}`).join('|') : '');

export function RunnerView({ state, local, history, today, clock, alerts, act, onStart, onRetrySave, onRate, dayRounds, sets, roundsBefore, onLogSet }: ViewProps) {
  const weekday = weekdayOf(today);
  const [picked, setPicked] = useState<Weekday>(weekday);
  const preview = useMemo(() => (state.step.kind === 'overview' ? sessionOn(local, history, picked, today) : null), [state.step.kind, local, history, picked, today]);
  // A beginner's drill weeks: the drills are the session unless the lifter chooses the combos.
  const drills = useMemo(() => drillWeekToday(local, history, today), [local, history, today]);
  const failed = state.rounds.findIndex((r) => r.saved === 'failed');
  const problem = failed >= 0 && (
    <Notice tone="danger" title="A round was not saved on this phone">
      <p>The phone’s storage refused it. Keep this screen open and try again.</p>
      <button type="button" class="btn" onClick={() => onRetrySave(failed)}>
        Save it again
      </button>
    </Notice>
  );

  const step = state.step;
  const session = state.session;
  const unit = local.profile?.unit ?? 'kg';
  const own = useMemo(() => ownNames(local), [local]);
  // The plan as it is now, for the day the runner started on: a change made since (in Plan, on another phone) is offered.
  const current = useMemo(
    () => (session && step.kind !== 'overview' && step.kind !== 'summary' && !state.drillsOnly ? sessionOn(local, history, session.weekday, today) : session),
    [local, history, session, step.kind, state.drillsOnly],
  );
  const planChanged = session !== null && comboKey(current) !== comboKey(session) && (
    <Notice tone="warning" title="Your plan changed">
      <p>Today’s combos are not the ones this session started with. The rounds you logged are kept.</p>
      <button type="button" class="btn" onClick={() => act({ type: 'to-overview' })}>
        Update today’s session
      </button>
    </Notice>
  );
  let view;
  if (step.kind === 'summary' && !state.drillsOnly) {
    const todaySets = sets.filter((x) => x.date === today);
    const totals = dayTotals({ rounds: dayRounds, sets: todaySets }, { rounds: roundsBefore, sets: sets.filter((x) => x.date < today) }, unit);
    view = (
      <SummaryStep
        session={session ?? preview ?? { weekday, label: '', compounds: [], warmup: { minutes: 0, drills: [] }, combos: [], skipped: [], order: [] }}
        rounds={state.rounds}
        totals={totals}
        sets={todaySets}
        unit={unit}
        own={own}
        onBack={() => act({ type: 'to-overview' })}
      />
    );
  } else if (step.kind === 'overview' || !session) {
    const doneBy = (comboId: string) => dayRounds.filter((r) => r.combo === comboId).length;
    const combosLeft = preview ? preview.combos.filter((c) => doneBy(c.planned.comboId) < c.planned.rounds).length : 0;
    // Exercises logged today on any device join the list, so a second phone sees what the first one added.
    const loggedToday = sets.filter((x) => x.date === today).map((x) => x.exerciseId);
    const extras = [...new Set([...(state.extras ?? []), ...loggedToday])];
    const items = preview ? dayItems(preview, extras, state.order, own) : [];
    view = (
      <OverviewStep
        session={preview}
        today={weekday}
        nextDay={nextTrainingDay(local, weekday)}
        onStart={() => preview && onStart(preview)}
        onPickDay={setPicked}
        drills={dayRounds.length > 0 ? null : drills}
        onStartDrills={() => preview && onStart(preview, { drillsOnly: true })}
        combosLeft={combosLeft}
        onFinish={() => act({ type: 'finish' })}
        day={{
          items,
          unit,
          inventory: local.profile?.inventory ?? null,
          today,
          rounds: dayRounds,
          sets,
          own,
          clock,
          onLogSet,
          onAdd: (exerciseId) => act({ type: 'add-exercise', exerciseId }),
          onRemove: (exerciseId) => act({ type: 'remove-exercise', exerciseId }),
          onMove: (key, by) => act({ type: 'move', key, by, keys: items.map((i) => i.key) }),
          comboLink: (comboId) => <HowItWorksLink comboId={comboId} />,
        }}
      />
    );
  } else if (step.kind === 'warmup') {
    view = <WarmupStep drills={session.warmup.drills} index={step.drill} practice={state.drillsOnly === true} onNext={() => act({ type: 'warmup-next' })} onBack={() => act({ type: 'warmup-back' })} onSkip={() => act({ type: 'warmup-skip' })} />;
  } else if (step.kind === 'ramp') {
    view = <RampStep combo={session.combos[step.combo]!} done={state.rampDone} onToggle={(index) => act({ type: 'ramp-toggle', index })} onDone={() => act({ type: 'ramp-done' })} />;
  } else if (step.kind === 'compound' && state.compound) {
    const at = () => clock();
    view = (
      <CompoundStep
        combo={session.combos[step.combo]!}
        round={step.round}
        draft={state.compound}
        onSet={(field, value) => act({ type: 'compound-set', field, value })}
        onDone={() => (alerts.unlock(), act({ type: 'compound-done', at: at() }))}
        calibration={{
          // Today's rounds count: one calibration set of a combo is enough for the block.
          offered: offerCalibration([...history, ...state.rounds.map(roundLog)], session.combos[step.combo]!.planned.comboId, today, session.blockWeek),
          onToggle: (on) => act({ type: 'calibrate', on }),
        }}
        bands={{ list: local.profile?.inventory.resistanceBands ?? [], onChoose: (band) => act({ type: 'band', band }) }}
      />
    );
  } else if (step.kind === 'shrug' && state.shrug && state.compound) {
    const c = session.combos[step.combo]!;
    view = (
      <ShrugStep
        combo={c}
        round={step.round}
        draft={state.shrug}
        load={c.shrug.load === c.compound.load ? state.compound.load : c.shrug.load}
        pauseCue={state.pauseCue}
        clock={clock}
        alerts={alerts}
        onRep={(at) => act({ type: 'shrug-rep', at })}
        onUndo={() => act({ type: 'shrug-undo' })}
        onSet={(reps) => act({ type: 'shrug-set', reps })}
        onToggleCue={() => act({ type: 'toggle-cue' })}
        onFinish={(toFailure, at) => act({ type: 'shrug-finish', toFailure, at })}
      />
    );
  } else if (step.kind === 'rest' && state.restEndsAt !== null) {
    const c = session.combos[step.combo]!;
    const load = roundsOf(state, step.combo).at(-1)?.body.compound.load ?? c.compound.load;
    const next = `round ${step.round + 1} of ${c.planned.rounds}, ${loadText(load, c.compound.unit, c.compound.breakdown.kind === 'bodyweight')} × ${c.compound.targetReps}`;
    const last = state.rounds.at(-1);
    view = (
      <RestStep endsAt={state.restEndsAt} next={next} clock={clock} alerts={alerts} onAdd={(seconds) => act({ type: 'rest-add', seconds })} onDone={() => act({ type: 'rest-done' })}>
        {last && <RoundSaved round={last.round} saved={last.saved} />}
      </RestStep>
    );
  } else if (step.kind === 'prescription') {
    const { next, warnings } = prescriptionFor(state, local, history, step.combo);
    const last = step.combo + 1 >= session.combos.length;
    view = <PrescriptionStep combo={session.combos[step.combo]!} rounds={roundsOf(state, step.combo)} next={next} warnings={warnings} last={last} onNext={() => act({ type: 'next-combo' })} {...(onRate ? { onRate } : {})} />;
  } else {
    view = <SummaryStep session={session} rounds={state.rounds} drillsOnly={state.drillsOnly === true} drills={drills} />;
  }
  return (
    <>
      {problem}
      {planChanged}
      {view}
    </>
  );
}
