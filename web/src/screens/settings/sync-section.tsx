// What is not on the server yet, truthfully: rounds and sets waiting for a
// connection are counted (they go up by themselves); ones the server refused
// or holds differently are listed with why, in words, and stay on the phone
// until the lifter corrects and re-sends them or, after a second tap,
// discards them. What the lifter had deleted on another device before this
// phone sent it is said once, until dismissed: it is not sent and not in the log.
// The sync badge opens this list at its first entry (#/settings?show=sync).
import { useEffect, useRef, useState } from 'preact/hooks';
import { findCombo, findExercise } from '../../../../src/engine/catalog/index.js';
import { LOOSE_SET, ROUND, readLoad, readNumber } from '../../../../src/contract/limits.js';
import type { LooseSetBody, RoundBody } from '../../api/types.js';
import { problemInWords } from '../../offline/problem-words.js';
import { isSet, type OutboxEntry, type SetEntry } from '../../offline/outbox.js';
import { useOutboxRead } from '../../offline/use-outbox.js';
import { readLocation } from '../../router.js';
import { useServices } from '../../services.js';
import { TextField } from '../../ui/field.js';
import { loadText } from '../today/load-text.js';
import { shortDate } from './settings-api.js';

type Entry = OutboxEntry | SetEntry;

type Read = { value: number } | { problem: string };
const problemOf = (r: Read) => ('problem' in r ? r.problem : undefined);

/** The numbers of a refused round or set, editable, each refused at entry with the server's words. */
function Correction({ entry, onSave, onCancel }: { entry: Entry; onSave: (body: RoundBody | LooseSetBody) => Promise<void>; onCancel: () => void }) {
  const round = isSet(entry) ? null : entry.body;
  const set = isSet(entry) ? entry.body : null;
  const exerciseId = round ? (round.compound.exercise ?? findCombo(round.combo)?.compounds[0] ?? '') : set!.exerciseId;
  const bodyweightLift = findExercise(exerciseId)?.loading === 'bodyweight';
  const [load, setLoad] = useState(String(round ? round.compound.load : set!.load));
  const [reps, setReps] = useState(String(round ? round.compound.reps : set!.reps));
  const [rir, setRir] = useState(String(round ? round.compound.rir : (set!.rir ?? '')));
  const [shrug, setShrug] = useState(String(round ? round.shrug.reps : 0));
  const [busy, setBusy] = useState(false);
  const reads = {
    load: readLoad(load, round ? ROUND.load : LOOSE_SET.load, bodyweightLift),
    reps: readNumber(reps, round ? ROUND.compoundReps : LOOSE_SET.reps),
    rir: rir.trim() === '' && set ? ({ value: Number.NaN } as Read) : readNumber(rir, ROUND.rir),
    shrug: readNumber(shrug, ROUND.shrugReps),
  };
  const bad = problemOf(reads.load) ?? problemOf(reads.reps) ?? problemOf(reads.rir) ?? (round ? problemOf(reads.shrug) : undefined);
  const v = (r: Read) => ('value' in r ? r.value : 0);
  const save = async (e: Event) => {
    e.preventDefault();
    if (bad) return;
    setBusy(true);
    try {
      if (round) {
        // The shrug carries the compound's load unless it was done with its own.
        const same = round.shrug.load === round.compound.load;
        await onSave({ ...round, compound: { ...round.compound, load: v(reads.load), reps: v(reads.reps), rir: v(reads.rir) }, shrug: { ...round.shrug, reps: v(reads.shrug), ...(same ? { load: v(reads.load) } : {}) } });
      } else {
        const r = v(reads.rir);
        await onSave({ ...set!, load: v(reads.load), reps: v(reads.reps), ...(Number.isNaN(r) ? { rir: null } : { rir: r }) });
      }
    } finally {
      setBusy(false);
    }
  };
  const unit = round?.unit ?? set?.unit ?? 'kg';
  return (
    <form class="correction" onSubmit={save} noValidate aria-label="Correct and send again">
      <TextField label={bodyweightLift ? `Added load (${unit}; negative for band help)` : `Load (${unit})`} inputMode="decimal" value={load} onValue={setLoad} error={problemOf(reads.load)} />
      <TextField label={round ? 'Compound reps' : 'Reps'} inputMode="numeric" value={reps} onValue={setReps} error={problemOf(reads.reps)} />
      <TextField label={round ? 'Reps left on the compound' : 'Reps left (optional)'} inputMode="decimal" value={rir} onValue={setRir} error={problemOf(reads.rir)} />
      {round && <TextField label="Shrug reps" inputMode="numeric" value={shrug} onValue={setShrug} error={problemOf(reads.shrug)} />}
      <div class="row">
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary" disabled={busy || bad !== undefined}>
          {busy ? 'Sending…' : 'Send again'}
        </button>
      </div>
    </form>
  );
}

function what(e: Entry): string {
  if (isSet(e)) {
    const b = e.body;
    const bw = findExercise(b.exerciseId)?.loading === 'bodyweight';
    return `${findExercise(b.exerciseId)?.name ?? 'Your own exercise'}, ${b.date}: ${loadText(b.load, b.unit ?? 'kg', bw)} × ${b.reps}`;
  }
  const b = e.body;
  const bw = findExercise(b.compound.exercise ?? '')?.loading === 'bodyweight';
  return `${findCombo(b.combo)?.name ?? b.combo}, ${b.date}: ${loadText(b.compound.load, b.unit ?? 'kg', bw)} × ${b.compound.reps}, then ${b.shrug.reps} shrugs`;
}

/** Opened from the sync badge (?show=sync): the first entry to look at is scrolled to and focused. */
function useShownFirst(first: boolean) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (first && readLocation().query.get('show') === 'sync') {
      ref.current?.scrollIntoView({ block: 'center' });
      ref.current?.focus();
    }
  }, []);
  return ref;
}

function Problem({ entry, first }: { entry: Entry; first: boolean }) {
  const { outbox, sync } = useServices();
  const [editing, setEditing] = useState(false);
  const [sure, setSure] = useState(false);
  const ref = useShownFirst(first);
  const why = entry.status === 'conflict' ? 'The server already holds something different under this id.' : problemInWords(entry.problem, entry.fields);
  return (
    <li ref={ref} tabIndex={-1} class="problem" aria-label={`Not on the server: ${what(entry)}`}>
      <p>
        <strong>{what(entry)}</strong>
      </p>
      <p class="field-error">{why}</p>
      {editing ? (
        <Correction
          entry={entry}
          onCancel={() => setEditing(false)}
          onSave={async (body) => {
            await outbox.edit(entry.id, body);
            setEditing(false);
            void sync.syncNow();
          }}
        />
      ) : (
        <div class="row">
          <button type="button" class="btn btn-primary" onClick={() => setEditing(true)}>
            Correct and send again
          </button>
          {sure ? (
            <button type="button" class="btn btn-danger" onClick={() => void outbox.discard(entry.id)}>
              Yes, discard it for good
            </button>
          ) : (
            <button type="button" class="btn btn-quiet" onClick={() => setSure(true)}>
              Discard…
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** Deleted on another device before this phone sent it: said, then dismissed. */
function DeletedElsewhere({ entry, first }: { entry: Entry; first: boolean }) {
  const { outbox } = useServices();
  const ref = useShownFirst(first);
  return (
    <li ref={ref} tabIndex={-1} class="problem" aria-label={`Deleted on another device: ${what(entry)}`}>
      <p>
        <strong>{what(entry)}</strong>
      </p>
      <p>
        You deleted this {isSet(entry) ? 'set' : 'round'} on another device{entry.deletedAt ? ` on ${shortDate(entry.deletedAt)}` : ''}, so this phone did not send it again. It is not in
        your log.
      </p>
      <button type="button" class="btn" onClick={() => void outbox.discard(entry.id)}>
        OK
      </button>
    </li>
  );
}

export function SyncSection() {
  const { outbox, sync, session } = useServices();
  const userId = session.userId;
  const { entries, deleted } = useOutboxRead(
    outbox,
    async () => {
      if (!userId) return { entries: [] as Entry[], deleted: [] as Entry[] };
      const [r, s, d] = await Promise.all([outbox.list(userId), outbox.listSets(userId), outbox.listDeleted(userId)]);
      return { entries: [...r, ...s], deleted: d };
    },
    { entries: [] as Entry[], deleted: [] as Entry[] },
    userId,
  );

  const pending = entries.filter((e) => e.status === 'pending').length;
  const problems = entries.filter((e) => e.status === 'conflict' || e.status === 'rejected');
  let line: string;
  if (pending === 0 && problems.length === 0) line = 'Everything you logged is on the server.';
  else {
    const parts: string[] = [];
    if (pending > 0) parts.push(`${pending} ${pending === 1 ? 'entry is' : 'entries are'} saved on this phone and will sync when there is a connection`);
    if (problems.length > 0) parts.push(`${problems.length} the server would not take ${problems.length === 1 ? 'needs' : 'need'} a look below; ${problems.length === 1 ? 'it stays' : 'they stay'} on this phone until you correct or discard ${problems.length === 1 ? 'it' : 'them'}`);
    line = `${parts.join('; ')}.`;
    line = line[0]!.toUpperCase() + line.slice(1);
  }
  return (
    <section class="section" id="sync" aria-labelledby="sync-h">
      <h2 id="sync-h">Sync</h2>
      <div class="card">
        <p>{line}</p>
        {problems.length > 0 && (
          <ul class="problems">
            {problems.map((e, i) => (
              <Problem key={e.id} entry={e} first={i === 0} />
            ))}
          </ul>
        )}
        {deleted.length > 0 && (
          <ul class="problems" aria-label="Deleted on another device">
            {deleted.map((e, i) => (
              <DeletedElsewhere key={e.id} entry={e} first={problems.length === 0 && i === 0} />
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
