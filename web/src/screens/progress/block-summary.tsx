// Progress for the training block so far: per blade movement the hard sets,
// how the compound's estimated 1RM and the shrug's reps moved, and where the
// next block starts; and whether soreness built up late (as a block means it
// to) or came early.
import { useMemo } from 'preact/hooks';
import type { BlockSummary } from '../../../../src/engine/block/index.js';
import { movement as movementOf } from '../../../../src/engine/catalog/index.js';
import type { Unit } from '../../../../src/engine/types.js';
import { localDate } from '../../lib/dates.js';
import { useStore } from '../../lib/store.js';
import { allLogs } from '../../offline/training.js';
import { useOutboxEntries } from '../../offline/use-outbox.js';
import { useServices } from '../../services.js';
import { blockToday } from '../plan/block-data.js';

const kg = (v: number, unit: Unit) => `${Math.round(v * 10) / 10} ${unit}`;

export function BlockSummaryList({ summary, week, of, unit }: { summary: BlockSummary; week: number; of: number; unit: Unit }) {
  const trained = summary.movements.filter((m) => m.sets > 0);
  return (
    <>
      <p class="muted">
        Week {week} of {of}. {trained.length === 0 ? 'Nothing logged in this block yet.' : summary.trend.sentence}
      </p>
      {trained.length > 0 && (
        <ul class="block-summary">
          {trained.map((m) => (
            <li key={m.movement}>
              <strong>{movementOf(m.movement).name}</strong>: {m.sets} hard sets
              {m.e1rm && ` · estimated 1RM ${kg(m.e1rm.first, unit)} → ${kg(m.e1rm.last, unit)}`}
              {m.shrug && ` · shrug ${m.shrug.first.reps} → ${m.shrug.last.reps} reps`}
              {` · the next block starts at ${m.nextStartRounds} round${m.nextStartRounds === 1 ? '' : 's'}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The section on the Progress screen, worked out on the phone from everything logged. */
export function BlockSummarySection() {
  const { data, outbox, session } = useServices();
  const local = useStore(data).data;
  const entries = useOutboxEntries(outbox, session.userId ?? '');
  const now = useMemo(() => (local && entries ? blockToday(local, allLogs(local, entries.rounds, entries.ratings), localDate()) : null), [local, entries]);
  if (!now || !local?.profile) return null;
  return (
    <section class="section" aria-labelledby="pg-block">
      <h2 id="pg-block">This block</h2>
      <BlockSummaryList summary={now.summary} week={now.thisWeek} of={now.block.weeks.length} unit={local.profile.unit} />
    </section>
  );
}
