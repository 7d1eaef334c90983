// How the lifter's reps-in-reserve calls compare with failure, from their
// calibration sets: the estimate with its uncertainty and trend, and the calls
// it rests on. Worked out on the phone (rir-bias.ts), so it shows offline.
import { useMemo } from 'preact/hooks';
import { findCombo } from '../../../../src/engine/catalog/index.js';
import type { ComboLog } from '../../../../src/engine/model.js';
import { CALIBRATION_CALL, rirBiasOf, type RirBias } from '../../../../src/engine/rir-bias.js';
import { useStore } from '../../lib/store.js';
import { allLogs } from '../../offline/training.js';
import { useOutboxEntries } from '../../offline/use-outbox.js';
import { useServices } from '../../services.js';

/** The calls shown under the estimate: the latest first. */
const SHOWN = 5;

const reps = (n: number) => `${n} rep${n === 1 ? '' : 's'}`;
const oneDecimal = (x: number) => String(Math.round(Math.abs(x) * 10) / 10);

function trendWords(b: RirBias): string {
  if (b.trend === 'improving') return 'Your calls are getting closer to the truth.';
  if (b.trend === 'drifting') return 'Your calls are moving further from the truth than before.';
  if (b.trend === 'steady') return 'Your calls have held steady.';
  return 'A trend shows from 4 calibration sets.';
}

function howRead(b: RirBias): string {
  if (Math.abs(b.bias) < 0.05) return 'Your loads take each call as you say it.';
  const way = b.bias > 0 ? 'more' : 'fewer';
  return `Your loads read each call as about ${oneDecimal(b.bias)} ${Math.abs(b.bias) < 1.05 ? 'rep' : 'reps'} ${way} left than you say.`;
}

export function RirCalls({ logs }: { logs: readonly ComboLog[] }) {
  const bias = useMemo(() => rirBiasOf(logs, CALIBRATION_CALL), [logs]);
  const calls = logs.filter((l) => l.compound.calibration).slice(-SHOWN).reverse();
  if (bias.n === 0) {
    return (
      <p class="muted">
        No calibration sets yet. Once a block for each combo the runner offers one: stop where you believe {CALIBRATION_CALL} reps are left, then carry on to failure.
        Until then your calls are read as you say them.
      </p>
    );
  }
  return (
    <>
      <p class="rir-sentence">
        <strong>{bias.sentence.charAt(0).toUpperCase() + bias.sentence.slice(1)}.</strong>
      </p>
      <p class="muted">
        From {bias.n} calibration set{bias.n === 1 ? '' : 's'}, pulled towards “as you say” while they are few. {howRead(bias)} {trendWords(bias)}
      </p>
      <ul class="rir-calls">
        {calls.map((l, i) => {
          const c = l.compound.calibration!;
          const left = c.repsToFailure - c.repsAtCall;
          return (
            <li key={`${l.date}-${i}`}>
              {l.date} · {findCombo(l.comboId)?.name ?? l.comboId}: called {c.calledRir} left at {reps(c.repsAtCall)}, failure at {c.repsToFailure}, so {left} {left === 1 ? 'was' : 'were'} left
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The section on the Progress screen. */
export function RirCallsSection() {
  const { data, outbox, session } = useServices();
  const local = useStore(data).data;
  const entries = useOutboxEntries(outbox, session.userId ?? '');
  const logs = useMemo(() => (local && entries ? allLogs(local, entries.rounds) : null), [local, entries]);
  if (!logs || !local?.profile) return null;
  return (
    <section class="section" aria-labelledby="pg-rir">
      <h2 id="pg-rir">Your reps-in-reserve calls</h2>
      <RirCalls logs={logs} />
    </section>
  );
}
