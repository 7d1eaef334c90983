// Which of the six blade movements the week trains, and on which days.
import { CATALOG } from '../../../../src/engine/catalog/index.js';
import type { MovementId } from '../../../../src/engine/types.js';
import type { PlanView, Weekday } from '../../api/types.js';
import { WEEKDAY_SHORT } from '../../lib/dates.js';

export function PlanCoverage({ covered, omitted }: { covered: Record<MovementId, Weekday[]>; omitted: PlanView['omitted'] }) {
  const count = Object.values(covered).filter((d) => d.length > 0).length;
  return (
    <section class="section" aria-labelledby="coverage-h">
      <h2 id="coverage-h">
        Blade movements: {count} of 6 this week
      </h2>
      <ul class="chips">
        {CATALOG.movements.map((m) => {
          const days = covered[m.id];
          return (
            <li class="chip" key={m.id} data-on={String(days.length > 0)}>
              <span aria-hidden="true">{days.length > 0 ? '✓' : '–'}</span>
              <span>
                {m.name}
                {days.length > 0 ? ` · ${days.map((d) => WEEKDAY_SHORT[d]).join(', ')}` : ''}
                <span class="visually-hidden">{days.length > 0 ? '' : ': not this week'}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {omitted.length > 0 && (
        <ul class="muted omitted">
          {omitted.map((o) => (
            <li key={o.movement}>
              <strong>{CATALOG.movements.find((m) => m.id === o.movement)?.name}:</strong> {o.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
