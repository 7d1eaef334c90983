// Today's whole session as one list, in the order it is done: the lifter's own
// lifts, each combo right after the lift it follows, then what they added. Own
// lifts and added exercises are logged set by set here; a combo shows what is
// done today (on any device) and the runner takes the rest. The lifter can add
// an exercise, move items up and down, and finish the session.
import { useState } from 'preact/hooks';
import { CATALOG, findExercise } from '../../../../src/engine/catalog/index.js';
import type { Inventory } from '../../../../src/engine/model.js';
import type { Session } from '../../../../src/engine/session.js';
import type { Unit } from '../../../../src/engine/types.js';
import { TextField } from '../../ui/field.js';
import type { Clock } from './clock.js';
import { inUnit, lastTime, type DayRound, type DaySet } from './day-log.js';
import { breakdownText, loadText } from './load-text.js';
import { SetLogger, type SetDraftFields } from './set-logger.js';

type SessionCombo = Session['combos'][number];

export type DayItem =
  | { key: string; kind: 'own' | 'extra'; exerciseId: string; name: string }
  | { key: string; kind: 'combo'; combo: SessionCombo };

const nameOf = (id: string, own?: ReadonlyMap<string, string>, given?: string) => given ?? findExercise(id)?.name ?? own?.get(id) ?? 'Your own exercise';

/**
 * The day's items: own lifts in the plan's order with each combo right after
 * the lift it follows (the rest after the last own lift), then added
 * exercises; `order` (the lifter's moves) wins where it names an item.
 */
export function dayItems(session: Session, extras: string[], order: string[] | undefined, own?: ReadonlyMap<string, string>): DayItem[] {
  const items: DayItem[] = [];
  const placed = new Set<string>();
  for (const c of session.compounds) {
    items.push({ key: `own:${c.exerciseId}`, kind: 'own', exerciseId: c.exerciseId, name: nameOf(c.exerciseId, own, c.name) });
    for (const combo of session.combos) {
      if (combo.planned.after === c.exerciseId && !placed.has(combo.planned.comboId)) {
        items.push({ key: `combo:${combo.planned.comboId}`, kind: 'combo', combo });
        placed.add(combo.planned.comboId);
      }
    }
  }
  for (const combo of session.combos) if (!placed.has(combo.planned.comboId)) items.push({ key: `combo:${combo.planned.comboId}`, kind: 'combo', combo });
  for (const id of extras) if (!items.some((i) => i.kind !== 'combo' && i.exerciseId === id)) items.push({ key: `extra:${id}`, kind: 'extra', exerciseId: id, name: nameOf(id, own) });
  if (!order) return items;
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return items.map((it, i) => ({ it, i })).sort((a, b) => rank(a.it.key) - rank(b.it.key) || a.i - b.i).map((x) => x.it);
}

export interface DayListProps {
  items: DayItem[];
  unit: Unit;
  inventory: Inventory | null;
  today: string;
  /** Rounds logged today on any device. */
  rounds: DayRound[];
  /** Every set outside combos (for last time and today's). */
  sets: DaySet[];
  own: ReadonlyMap<string, string>;
  clock: Clock;
  onLogSet: (exerciseId: string, set: SetDraftFields) => Promise<void>;
  onAdd: (exerciseId: string) => void;
  onRemove: (exerciseId: string) => void;
  onMove: (key: string, by: -1 | 1) => void;
  /** A link to how the combo works, beside each combo. */
  comboLink?: (comboId: string) => preact.ComponentChildren;
}

function Moves({ name, index, count, onMove, k }: { name: string; index: number; count: number; onMove: DayListProps['onMove']; k: string }) {
  return (
    <span class="day-moves">
      <button type="button" class="btn btn-quiet" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(k, -1)}>
        ↑
      </button>
      <button type="button" class="btn btn-quiet" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(k, 1)}>
        ↓
      </button>
    </span>
  );
}

function ComboCard({ c, done, unit, moves, link }: { c: SessionCombo; done: DayRound[]; unit: Unit; moves: preact.ComponentChildren; link?: preact.ComponentChildren }) {
  const bw = findExercise(c.compound.exerciseId)?.loading === 'bodyweight';
  const how = breakdownText(c.compound.breakdown, findExercise(c.compound.exerciseId)?.unilateral);
  const complete = done.length >= c.planned.rounds;
  return (
    <section class="card day-item" data-kind="combo" data-done={complete ? "true" : undefined} aria-labelledby={`combo-${c.planned.comboId}`}>
      <div class="day-item-head">
        <h2 id={`combo-${c.planned.comboId}`}>{c.name}</h2>
        {moves}
      </div>
      <p class="runner-meta">
        {c.planned.rounds} {c.planned.rounds === 1 ? 'round' : 'rounds'} · {c.compound.name}
      </p>
      {c.substitute && <p class="notice-inline">Stand-in today: {c.substitute.reason}.</p>}
      {done.length > 0 ? (
        <>
          <p class="day-done">
            <strong>{complete ? 'Done today' : `${done.length} of ${c.planned.rounds} rounds done`}</strong>
          </p>
          <ol class="set-lines" aria-label={`${c.name}: today's rounds`}>
            {done.map((r, i) => (
              <li key={r.id}>
                Round {i + 1}: {loadText(inUnit(r.compound.load, r.unit, unit), unit, bw)} × {r.compound.reps} → shrug {r.shrug.reps}
                {r.shrug.toFailure ? ' to failure' : ' (stopped short)'}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p>
            <strong>{loadText(c.compound.load, c.compound.unit, bw)}</strong> × {c.compound.targetReps}
            {how && <span class="muted"> · {how}</span>}
          </p>
          {c.source === 'estimate' && <p class="muted">First time: a cautious starting load.</p>}
        </>
      )}
      {link}
    </section>
  );
}

function AddExercise({ own, onAdd, taken }: { own: ReadonlyMap<string, string>; onAdd: (id: string) => void; taken: Set<string> }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  if (!open) {
    return (
      <button type="button" class="btn btn-block" onClick={() => setOpen(true)}>
        Add an exercise
      </button>
    );
  }
  const all = [...CATALOG.exercises.map((e) => ({ id: e.id, name: e.name })), ...[...own].map(([id, name]) => ({ id, name }))];
  const q = query.trim().toLowerCase();
  const found = all.filter((e) => !taken.has(e.id) && (q === '' || e.name.toLowerCase().includes(q))).slice(0, 12);
  return (
    <section class="card add-exercise" aria-label="Add an exercise">
      <TextField label="Find an exercise" value={query} onValue={setQuery} autoFocus />
      <ul class="add-list">
        {found.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              class="btn btn-quiet"
              onClick={() => {
                onAdd(e.id);
                setOpen(false);
                setQuery('');
              }}
            >
              Add {e.name}
            </button>
          </li>
        ))}
        {found.length === 0 && <li class="muted">Nothing matches “{query}”.</li>}
      </ul>
      <button type="button" class="btn btn-quiet" onClick={() => setOpen(false)}>
        Close
      </button>
    </section>
  );
}

export function DayList(p: DayListProps) {
  const taken = new Set(p.items.flatMap((i) => (i.kind === 'combo' ? [] : [i.exerciseId])));
  return (
    <>
      <ol class="day-list">
        {p.items.map((item, index) => {
          const name = item.kind === 'combo' ? item.combo.name : item.name;
          const moves = <Moves name={name} index={index} count={p.items.length} onMove={p.onMove} k={item.key} />;
          if (item.kind === 'combo') {
            const done = p.rounds.filter((r) => r.combo === item.combo.planned.comboId);
            return (
              <li key={item.key}>
                <ComboCard c={item.combo} done={done} unit={p.unit} moves={moves} link={p.comboLink?.(item.combo.planned.comboId)} />
              </li>
            );
          }
          const today = p.sets.filter((s) => s.exerciseId === item.exerciseId && s.date === p.today);
          return (
            <li key={item.key}>
              <SetLogger
                exerciseId={item.exerciseId}
                name={item.name}
                unit={p.unit}
                inventory={p.inventory}
                last={lastTime(p.sets, item.exerciseId, p.today)}
                today={today}
                clock={p.clock}
                onLog={(set) => p.onLogSet(item.exerciseId, set)}
                moves={moves}
                {...(item.kind === 'extra' ? { onRemove: () => p.onRemove(item.exerciseId) } : {})}
              />
            </li>
          );
        })}
      </ol>
      <AddExercise own={p.own} onAdd={p.onAdd} taken={taken} />
    </>
  );
}
