// Rounds the server would not take (a conflict or a refusal), with why; the
// lifter may discard them. Rounds waiting to sync are only counted: they go up by themselves.
import { useEffect, useState } from 'preact/hooks';
import { findCombo } from '../../../../src/engine/catalog/index.js';
import type { OutboxEntry } from '../../offline/outbox.js';
import { useServices } from '../../services.js';

export function SyncSection() {
  const { outbox, sync, session } = useServices();
  const userId = session.userId;
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    const load = () => void outbox.list(userId).then((all) => live && setEntries(all));
    load();
    const stop = outbox.subscribe(load);
    return () => {
      live = false;
      stop();
    };
  }, [outbox, userId]);

  const pending = entries.filter((e) => e.status === 'pending').length;
  const problems = entries.filter((e) => e.status === 'conflict' || e.status === 'rejected');
  return (
    <section class="section" aria-labelledby="sync-h">
      <h2 id="sync-h">Sync</h2>
      <div class="card">
        <p>{pending === 0 ? 'Everything you logged is on the server.' : `${pending} ${pending === 1 ? 'round is' : 'rounds are'} saved on this phone and will sync when there is a connection.`}</p>
        {problems.length > 0 && (
          <ul class="problems">
            {problems.map((e) => (
              <li key={e.id}>
                <p>
                  <strong>
                    {findCombo(e.body.combo)?.name ?? e.body.combo}, {e.body.date}
                  </strong>
                  : {e.body.compound.load} × {e.body.compound.reps}, then {e.body.shrug.reps} shrugs.
                </p>
                <p class="muted">{e.status === 'conflict' ? 'The server already has a different round with this id. ' : 'The server did not accept it. '}{e.problem}</p>
                <button type="button" class="btn btn-danger" onClick={() => void outbox.discard(e.id)}>
                  Discard this round
                </button>
              </li>
            ))}
          </ul>
        )}
        {pending > 0 && (
          <button type="button" class="btn btn-block" onClick={() => void sync.syncNow()}>
            Sync now
          </button>
        )}
      </div>
    </section>
  );
}
