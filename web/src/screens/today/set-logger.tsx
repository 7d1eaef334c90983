// One exercise of the day outside the combos (an own lift or an added
// accessory): what was done last time, today's sets so far, and the form for
// the next set — its kind, load, reps and, if the lifter knows it, reps in
// reserve — with the plates per side for barbell work. Each field refuses what
// the server would, in its words, as it is typed. Saving a set starts a rest
// timer (an end time, so it stays right while the phone sleeps).
import { useState } from 'preact/hooks';
import { findExercise } from '../../../../src/engine/catalog/index.js';
import { roundLoad } from '../../../../src/engine/loads/round.js';
import type { Inventory } from '../../../../src/engine/model.js';
import type { Unit } from '../../../../src/engine/types.js';
import { formatLoad } from '../../../../src/engine/units.js';
import { LOOSE_SET, readLoad } from '../../../../src/contract/limits.js';
import type { PlainSetKind } from '../../../../src/engine/model.js';
import { Field, TextField } from '../../ui/field.js';
import { clockText, secondsLeft, useNow, type Clock } from './clock.js';
import { inUnit, setsText, type DaySet } from './day-log.js';
import { breakdownText, loadText } from './load-text.js';
import { Stepper } from './stepper.js';

export interface SetDraftFields {
  kind: PlainSetKind;
  load: number;
  reps: number;
  rir: number | null;
}

const KINDS: { id: PlainSetKind; label: string }[] = [
  { id: 'normal', label: 'Normal' },
  { id: 'warmup', label: 'Warm-up' },
  { id: 'failure', label: 'To failure' },
  { id: 'dropset', label: 'Drop set' },
];

/** Rest after a set of an own lift or accessory: long enough for heavy work, skippable. */
export const SET_REST_SECONDS = 120;

interface SetLoggerProps {
  exerciseId: string;
  name: string;
  unit: Unit;
  inventory: Inventory | null;
  last: { date: string; sets: DaySet[] } | null;
  today: DaySet[];
  clock: Clock;
  onLog: (set: SetDraftFields) => Promise<void>;
  /** For an added exercise with nothing logged yet. */
  onRemove?: () => void;
  /** Move buttons of the day's list. */
  moves?: preact.ComponentChildren;
}

const loadStep = (unit: Unit) => (unit === 'kg' ? 2.5 : 5);

export function SetLogger({ exerciseId, name, unit, inventory, last, today, clock, onLog, onRemove, moves }: SetLoggerProps) {
  const ex = findExercise(exerciseId);
  const bodyweightLift = ex?.loading === 'bodyweight';
  const lastWork = last?.sets.at(-1);
  const startLoad = today.at(-1) ?? lastWork;
  const [kind, setKind] = useState<PlainSetKind>('normal');
  const [load, setLoad] = useState(startLoad ? String(Math.round(inUnit(startLoad.load, startLoad.unit, unit) * 100) / 100) : '');
  const [reps, setReps] = useState(startLoad?.reps ?? 8);
  const [rir, setRir] = useState('');
  const [restEndsAt, setRestEndsAt] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(clock, 500, restEndsAt !== null);

  const read = readLoad(load, LOOSE_SET.load, bodyweightLift);
  const loadProblem = load.trim() === '' ? undefined : 'problem' in read ? read.problem : undefined;
  const value = 'value' in read ? read.value : null;
  const built = value !== null && value > 0 && inventory && ex && ex.loading !== 'bodyweight' ? roundLoad(value, unit, ex.loading, inventory, 'nearest') : null;
  const how = built ? breakdownText(built.breakdown, ex?.unilateral) : '';
  const step = (by: number) => {
    const base = value ?? 0;
    const next = Math.round((base + by) * 100) / 100;
    setLoad(String(bodyweightLift ? next : Math.max(0, next)));
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (value === null) {
      setError(load.trim() === '' ? 'Type the load first (0 for an unloaded set).' : null);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onLog({ kind, load: value, reps, rir: rir === '' ? null : Number(rir) });
      setRestEndsAt(clock() + SET_REST_SECONDS * 1000);
    } catch {
      setError('This phone could not store the set. Try again.');
    } finally {
      setSaving(false);
    }
  };

  const left = restEndsAt === null ? 0 : secondsLeft(restEndsAt, now);
  const slug = exerciseId.replace(/[^a-z0-9]+/gi, '-');
  return (
    <section class="card day-item" data-kind="sets" aria-labelledby={`set-${slug}`}>
      <div class="day-item-head">
        <h2 id={`set-${slug}`}>{name}</h2>
        {moves}
      </div>
      <p class="runner-meta">{last ? `Last: ${setsText(last.sets, unit)}` : 'First time logged here.'}</p>
      {today.length > 0 && (
        <ol class="set-lines" aria-label={`${name}: today's sets`}>
          {today.map((s, i) => (
            <li key={s.id}>
              Set {i + 1}: {loadText(inUnit(s.load, s.unit, unit), unit, bodyweightLift)} × {s.reps}
              {s.rir !== null && ` · ${s.rir} left`}
              {s.kind !== 'normal' && <span class="muted"> · {KINDS.find((k) => k.id === s.kind)?.label.toLowerCase() ?? s.kind}</span>}
              {s.local && <span class="muted"> · on this phone</span>}
            </li>
          ))}
        </ol>
      )}
      {restEndsAt !== null && left > 0 && (
        <p class="set-rest" role="timer" aria-live="off">
          Rest {clockText(left)}{' '}
          <button type="button" class="btn btn-quiet" onClick={() => setRestEndsAt(null)}>
            Skip rest
          </button>
        </p>
      )}
      <form class="set-form" onSubmit={save} noValidate aria-label={`Log a set of ${name}`}>
        <div class="set-load">
          <button type="button" class="btn stepper-btn" aria-label={`Load: ${formatLoad(loadStep(unit), unit)} less`} onClick={() => step(-loadStep(unit))}>
            −
          </button>
          <TextField
            label={bodyweightLift ? `Added load (${unit}; negative for band help)` : `Load (${unit})`}
            inputMode="decimal"
            value={load}
            onValue={setLoad}
            error={loadProblem}
          />
          <button type="button" class="btn stepper-btn" aria-label={`Load: ${formatLoad(loadStep(unit), unit)} more`} onClick={() => step(loadStep(unit))}>
            +
          </button>
        </div>
        {how && <p class="muted set-plates">{how}</p>}
        <Stepper label="Reps" value={reps} min={LOOSE_SET.reps.min} max={LOOSE_SET.reps.max} onChange={setReps} spoken={(n) => `${n} reps`} />
        <div class="set-pair">
        <Field label="Kind of set">
          {(ids) => (
            <select {...ids} value={kind} onChange={(e) => setKind(e.currentTarget.value as PlainSetKind)}>
              {KINDS.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reps left (optional)">
          {(ids) => (
            <select {...ids} value={rir} onChange={(e) => setRir(e.currentTarget.value)}>
              <option value="">Not noted</option>
              {[0, 1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        </div>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="btn btn-primary" disabled={saving || loadProblem !== undefined}>
            {saving ? 'Saving…' : 'Save set'}
          </button>
          {onRemove && today.length === 0 && (
            <button type="button" class="btn btn-quiet" onClick={onRemove}>
              Remove from today
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
