// Personal records: each compound's best e1RM and heaviest set, and each
// shrug's most reps at its heaviest loads.
import { exerciseName, num, shortDate } from '../history/format.js';
import type { Analytics } from './use-analytics.js';

const SHOWN_LOADS = 4;

export function RecordsList({ analytics }: { analytics: Analytics }) {
  const { compounds, shrugs } = analytics.records;
  const u = analytics.unit;
  if (compounds.length === 0 && shrugs.length === 0) return <p class="muted">Your records show here after your first round.</p>;
  return (
    <ul class="records">
      {compounds.map((r) => (
        <li key={r.exerciseId} class="card">
          <strong>{exerciseName(r.exerciseId)}</strong>
          {r.bestE1rm && (
            <span>
              Best e1RM <b>{Math.round(r.bestE1rm.value)} {u}</b> <span class="muted">({shortDate(r.bestE1rm.date)})</span>
            </span>
          )}
          <span>
            Heaviest {num(r.heaviestLoad.load)} {u} × {r.heaviestLoad.reps} <span class="muted">({shortDate(r.heaviestLoad.date)})</span>
          </span>
        </li>
      ))}
      {shrugs.map((r) => {
        // Lightest first from the engine; the heaviest few are the ones worth seeing.
        const top = r.atLoad.slice(-SHOWN_LOADS).reverse();
        return (
          <li key={r.exerciseId} class="card">
            <strong>{exerciseName(r.exerciseId)}</strong>
            {top.map((p) => (
              <span key={p.load}>
                Most reps at {num(p.load)} {u}: <b>{p.reps}</b> <span class="muted">({shortDate(p.date)})</span>
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
