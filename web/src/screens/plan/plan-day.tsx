// One training day of the plan: the lifter's own lifts first, then the combos
// placed after them, each with its variant and day choosers.
import { findCombo, findExercise, movement } from '../../../../src/engine/catalog/index.js';
import type { DayCompound, PlannedDay, Weekday } from '../../api/types.js';
import { WEEKDAY_NAMES } from '../../lib/dates.js';
import { HowItWorksLink } from '../learn/how-it-works-link.js';
import { Field } from '../../ui/field.js';
import type { EditCombo, EditDay } from './plan-edit.js';

export const exerciseName = (id: string) => findExercise(id)?.name ?? id;
const liftName = (c: DayCompound) => c.name ?? exerciseName(c.exerciseId);
const minutes = (s: number) => (s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`);

interface DayProps {
  day: EditDay;
  /** The stored day, for the generator's reasons. */
  stored: PlannedDay | undefined;
  targets: (comboId: string) => Weekday[];
  onSwap: (comboId: string, compoundId: string) => void;
  onMove: (comboId: string, to: Weekday) => void;
}

export function PlanDay({ day, stored, targets, onSwap, onMove }: DayProps) {
  const headingId = `day-${day.weekday}`;
  return (
    <section class="card plan-day" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {WEEKDAY_NAMES[day.weekday]} <span class="muted">· {day.label}</span>
      </h2>
      <p class="muted">
        {day.compounds.length > 0 ? <>Your lifts first: {day.compounds.map(liftName).join(', ')}.</> : 'No lifts of your own on this day.'}
      </p>
      {day.combos.length === 0 ? (
        <p>No combos on this day.</p>
      ) : (
        <ol class="combo-list">
          {day.combos.map((c) => (
            <PlanCombo key={c.comboId} combo={c} day={day} reason={stored?.combos.find((p) => p.comboId === c.comboId && p.compoundId === c.compoundId)?.reason} targets={targets(c.comboId)} onSwap={onSwap} onMove={onMove} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface ComboProps {
  combo: EditCombo;
  day: EditDay;
  reason: string | undefined;
  targets: Weekday[];
  onSwap: (comboId: string, compoundId: string) => void;
  onMove: (comboId: string, to: Weekday) => void;
}

function PlanCombo({ combo, day, reason, targets, onSwap, onMove }: ComboProps) {
  const def = findCombo(combo.comboId);
  if (!def) return null;
  const after = day.compounds.find((c) => c.exerciseId === combo.after);
  return (
    <li class="combo">
      <h3>
        {exerciseName(combo.compoundId)} <span aria-hidden="true">→</span>
        <span class="visually-hidden">, then at once the</span> {movement(def.movement).name.toLowerCase()} shrug
      </h3>
      <p class="combo-how">
        {def.repRange.min}-{def.repRange.max} reps stopped with {def.targetRir.min}-{def.targetRir.max} in reserve, then at once the shrug to failure, holding each rep at full
        contraction ({movement(def.movement).fullContraction}).
      </p>
      <p class="muted">
        {after ? `After ${liftName(after).toLowerCase()}` : 'On its own'} · {combo.rounds} {combo.rounds === 1 ? 'round' : 'rounds'} · {minutes(combo.restSeconds)} rest
      </p>
      {reason && <p class="reason">{reason}</p>}
      <div class="combo-controls">
        {def.compounds.length > 1 && (
          <Field label="Variant">
            {(ids) => (
              <select {...ids} value={combo.compoundId} onChange={(e) => onSwap(combo.comboId, e.currentTarget.value)}>
                {def.compounds.map((id) => (
                  <option key={id} value={id}>
                    {exerciseName(id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Day">
          {(ids) => (
            <select {...ids} value={day.weekday} disabled={targets.length === 0} onChange={(e) => onMove(combo.comboId, e.currentTarget.value as Weekday)}>
              <option value={day.weekday}>{WEEKDAY_NAMES[day.weekday]}</option>
              {targets.map((d) => (
                <option key={d} value={d}>
                  Move to {WEEKDAY_NAMES[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <HowItWorksLink comboId={combo.comboId} />
    </li>
  );
}
