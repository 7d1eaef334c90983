// Which of the six blade movements the last weeks left out, in the engine's words.
import { MOVEMENTS } from '../../../../src/engine/catalog/movements.js';
import { Notice } from '../../ui/notice.js';
import { shortDate } from '../history/format.js';
import type { Analytics } from './use-analytics.js';

const nameOf = (id: string) => MOVEMENTS.find((m) => m.id === id)?.name ?? id;

export function CoverageList({ analytics }: { analytics: Analytics }) {
  const { coverage } = analytics;
  const span = `${shortDate(coverage.from)} – ${shortDate(coverage.to)}`;
  if (coverage.neglected.length === 0) {
    return (
      <Notice tone="ok">
        <p>
          All six movements were trained in the last {coverage.weeks} weeks ({span}).
        </p>
      </Notice>
    );
  }
  return (
    <>
      <p class="muted">
        Last {coverage.weeks} weeks ({span}):
      </p>
      <ul class="coverage">
        {coverage.neglected.map((m) => (
          <li key={m.movement}>
            <Notice tone="warning" title={nameOf(m.movement)}>
              <p>{m.message}</p>
            </Notice>
          </li>
        ))}
      </ul>
    </>
  );
}
