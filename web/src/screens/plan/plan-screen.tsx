// The week plan: each training day with the lifter's lifts and the combos after
// them; swap a variant or move a combo, then save. Shows which of the six
// blade movements the week covers and what the plan warns about.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { generatePlan, putPlan } from '../../api/endpoints.js';
import type { PlanEdit, PlanView, Warning } from '../../api/types.js';
import { localDate, WEEKDAY_NAMES } from '../../lib/dates.js';
import { allLogs } from '../../offline/training.js';
import { useOutboxEntries } from '../../offline/use-outbox.js';
import { useStore } from '../../lib/store.js';
import type { ScreenProps } from '../../routes.js';
import { useServices } from '../../services.js';
import { Notice, type Tone } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { blockToday } from './block-data.js';
import { BlockWeeks } from './block-weeks.js';
import { PlanCoverage } from './plan-coverage.js';
import { exerciseName, PlanDay } from './plan-day.js';
import { coverage, editFromPlan, moveCombo, moveTargets, sameEdit, swapVariant } from './plan-edit.js';

const TONE: Record<Warning['severity'], Tone> = { info: 'info', warning: 'warning', danger: 'danger' };

export function PlanScreen({ query }: ScreenProps) {
  const { data, outbox, session } = useServices();
  const { data: local, error: loadError } = useStore(data);
  const entries = useOutboxEntries(outbox, session.userId ?? '');
  // The block from everything logged, here and on the server (the same engine as GET /api/v1/block).
  const block = useMemo(() => (local && entries ? blockToday(local, allLogs(local, entries.rounds, entries.ratings), localDate()) : null), [local, entries]);
  const plan = local?.plan ?? null;
  const [edit, setEdit] = useState<PlanEdit | null>(() => plan && editFromPlan(plan));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [said, setSaid] = useState('');

  // A new plan from the server (a save, a refresh, a coach's plan) starts a fresh edit.
  useEffect(() => {
    if (plan) setEdit(editFromPlan(plan));
  }, [plan?.id]);

  const run = async (fn: () => Promise<PlanView>, done: string) => {
    setBusy(true);
    setProblem(null);
    try {
      const saved = await fn();
      await data.update({ plan: saved });
      setEdit(editFromPlan(saved));
      setSaid(done);
    } catch (err) {
      setProblem(err instanceof ApiError ? err : new ApiError(0, 'offline', String(err)));
    } finally {
      setBusy(false);
    }
  };

  if (!plan || !edit) {
    return (
      <Screen title="Week plan" actions={<button type="button" class="btn btn-primary" disabled={busy} onClick={() => void run(async () => (await generatePlan()).plan, 'Your week plan is ready.')}>{busy ? 'Building…' : 'Build my week'}</button>}>
        <p>{loadError?.offline ? 'You are offline and no plan is saved on this phone yet.' : 'You have no week plan yet. It is built from your split, training days and equipment.'}</p>
        {problem && <Notice tone="danger">{problem.message}</Notice>}
      </Screen>
    );
  }

  const changed = !sameEdit(edit, editFromPlan(plan));
  const covered = coverage(edit);
  const stored = (w: string) => plan.days.find((d) => d.weekday === w);
  const actions = changed ? (
    <>
      <button type="button" class="btn" disabled={busy} onClick={() => (setEdit(editFromPlan(plan)), setSaid('Changes discarded.'))}>
        Discard
      </button>
      <button type="button" class="btn btn-primary" disabled={busy} onClick={() => void run(async () => (await putPlan(edit)).plan, 'Your week is saved.')}>
        {busy ? 'Saving…' : 'Save week'}
      </button>
    </>
  ) : undefined;

  return (
    <Screen title="Week plan" intro={`${plan.days.length} training days · your own lifts first, then the combos`} actions={actions}>
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
      {query.get('welcome') && !changed && <Notice tone="ok" title="Your week is ready">Each combo sits after one of your own lifts. Change a variant or a day below if it suits you better.</Notice>}
      {plan.warnings.map((w, i) => (
        <Notice key={`${w.ruleId}-${i}`} tone={TONE[w.severity]}>
          {w.message}
        </Notice>
      ))}
      {problem && (
        <Notice tone="danger">
          <p>{problem.offline ? 'No connection: your changes are still here. Save again when you are back online.' : problem.message}</p>
          {problem.status === 409 && (
            <button type="button" class="btn" onClick={() => void data.refresh({ force: true })}>
              Load the current plan
            </button>
          )}
        </Notice>
      )}
      <PlanCoverage covered={covered} omitted={plan.omitted.filter((o) => covered[o.movement].length === 0)} />
      {edit.days.map((day) => (
        <PlanDay
          key={day.weekday}
          day={day}
          stored={stored(day.weekday)}
          targets={(comboId) => moveTargets(edit, day.weekday, comboId)}
          onSwap={(comboId, compoundId) => {
            setEdit(swapVariant(edit, day.weekday, comboId, compoundId));
            setSaid(`Switched to ${exerciseName(compoundId)}. Save the week to keep it.`);
          }}
          onMove={(comboId, to) => {
            setEdit(moveCombo(edit, day.weekday, comboId, to));
            setSaid(`Moved to ${WEEKDAY_NAMES[to]}. Save the week to keep it.`);
          }}
        />
      ))}
      {block && !changed && <BlockWeeks block={block.block} thisWeek={block.thisWeek} />}
    </Screen>
  );
}
