// One row of the history list: a session's heading, a combo round with its
// numbers, an imported exercise with its sets, or the list's end.
import type { Round } from '../../api/types.js';
import type { OutboxStatus } from '../../offline/outbox.js';
import type { HistorySession, HistorySet } from '../../api/types.js';
import { findExercise } from '../../../../src/engine/catalog/index.js';
import { convert, formatLoad } from '../../../../src/engine/units.js';
import type { Unit } from '../../api/types.js';
import { loadText } from '../today/load-text.js';
import { comboName, exerciseName, longDate, num } from './format.js';
import { compoundNote, loadLinesWrap } from './history-rows.js';
import type { LoadState } from './use-history.js';

export function SessionHeading({ session }: { session: HistorySession }) {
  // The server names where a session came from; sessions the app builds from its own rounds carry no label.
  const from = session.sourceLabel ?? (session.source === 'app' ? 'Logged in bladework' : 'Imported');
  return (
    <div class="hist-session">
      <h2>{longDate(session.date)}</h2>
      <p class="muted">{session.name ? `${session.name} · ${from}` : from}</p>
    </div>
  );
}

const NOT_SYNCED: Record<Exclude<OutboxStatus, 'synced'>, string> = {
  pending: 'Not synced yet',
  conflict: 'Not synced — see Settings',
  rejected: 'Not synced — see Settings',
  deleted: 'Deleted on another device',
};

interface ComboRowProps {
  log: Round;
  /** The lifter's unit: loads logged in the other one are shown converted. */
  unit: Unit;
  status: OutboxStatus | null;
  onEdit: (log: Round) => void;
  onDelete: (log: Round) => void;
}

/** A load in the lifter's unit as Today says it ("bodyweight − 20 kg band"); the original when it was logged in the other unit. */
function loadIn(load: number, from: Unit, to: Unit, exerciseId: string): { text: string; original?: string } {
  const bw = findExercise(exerciseId)?.loading === 'bodyweight';
  const text = loadText(convert(load, from, to), to, bw);
  return from === to ? { text } : { text, original: `logged as ${loadText(load, from, bw)}` };
}

export function ComboRow({ log, status, unit, onEdit, onDelete }: ComboRowProps) {
  const name = comboName(log.combo);
  const local = status !== null && status !== 'synced';
  const what = `${name} on ${longDate(log.date)}`;
  const compound = loadIn(log.compound.load, log.unit, unit, log.compound.exercise);
  const shrug = loadIn(log.shrug.load, log.unit, unit, log.compound.exercise);
  const note = compoundNote(log);
  return (
    <article class="hist-combo card" aria-label={what} {...(loadLinesWrap(log) ? { 'data-wrap': 'true' } : {})}>
      <p class="hist-combo-name">
        <strong>{name}</strong>
        {local &&
          (status === 'pending' ? (
            <span class="hist-tag">{NOT_SYNCED[status]}</span>
          ) : (
            <a class="hist-tag" href="#/settings?show=sync">
              {NOT_SYNCED[status]}
            </a>
          ))}
      </p>
      <p class="hist-line" title={exerciseName(log.compound.exercise)}>
        <span class="hist-nums" title={compound.original}>
          {compound.text} × {log.compound.reps} @ RIR {num(log.compound.rir)}
        </span>{' '}
        <span class="muted">{exerciseName(log.compound.exercise)}</span>
      </p>
      {note && <p class="hist-note muted">{note}</p>}
      <p class="hist-line" title={exerciseName(log.shrug.exercise)}>
        <span class="hist-nums" title={shrug.original}>
          {shrug.text} × {log.shrug.reps}
        </span>{' '}
        <span class={log.shrug.toFailure ? 'muted' : 'hist-short'}>{log.shrug.toFailure ? 'shrug to failure' : 'shrug stopped short of failure'}</span>
      </p>
      <div class="hist-combo-foot">
        <span class="muted">{log.secondsBetween} s between</span>
        {!local && (
          <span class="row">
            <button type="button" class="btn btn-quiet" onClick={() => onEdit(log)} aria-label={`Edit ${what}`}>
              Edit
            </button>
            <button type="button" class="btn btn-quiet hist-delete" onClick={() => onDelete(log)} aria-label={`Delete ${what}`}>
              Delete
            </button>
          </span>
        )}
      </div>
    </article>
  );
}

const KIND_MARK: Record<string, string> = { warmup: 'warm-up', failure: 'to failure', dropset: 'drop set' };

function setText(s: HistorySet, unit: Unit): string {
  if (s.reps === 0 && s.seconds !== null) return `${s.seconds} s`;
  if (s.reps === 0 && s.distance !== null) return `${num(s.distance)} m`;
  if (s.load === 0) return `${s.reps} reps`;
  const bw = findExercise(s.exerciseId)?.loading === 'bodyweight';
  const load = convert(s.load, s.unit, unit);
  return bw ? `${loadText(load, unit, true).replace(/^bodyweight /, 'bw ')} × ${s.reps}` : `${num(Math.round(load * 10) / 10)} × ${s.reps}`;
}

export function ExerciseRow({ name, sets, unit }: { name: string; sets: HistorySet[]; unit: Unit }) {
  return (
    <section class="hist-exercise card" aria-label={name}>
      <h3 class="hist-line">
        {name} <span class="muted">({unit})</span>
      </h3>
      <ul class="hist-sets">
        {sets.map((s) => {
          const mark = KIND_MARK[s.kind];
          return (
            <li key={s.id} class="hist-set" data-kind={s.kind} title={[mark, s.unit !== unit ? `logged as ${formatLoad(s.load, s.unit)}` : ''].filter(Boolean).join(' · ') || undefined}>
              {setText(s, unit)}
              {s.rir !== null && <small> @{num(s.rir)}</small>}
              {mark && <span class="visually-hidden">, {mark}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function EndRow({ state, error, empty, onMore }: { state: LoadState; error: string | null; empty: boolean; onMore: () => void }) {
  if (state === 'loading') return <p class="hist-end muted" role="status">Loading sessions…</p>;
  if (state === 'error') {
    return (
      <div class="hist-end">
        <p role="alert">{error ?? 'Older sessions did not load.'}</p>
        <button type="button" class="btn" onClick={onMore}>
          Try again
        </button>
      </div>
    );
  }
  if (state === 'idle') {
    return (
      <div class="hist-end">
        <button type="button" class="btn" onClick={onMore}>
          Show older sessions
        </button>
      </div>
    );
  }
  if (state === 'offline') return <p class="hist-end muted">You are offline: this is the log saved on this phone. Older sessions and imports show when you are back online.</p>;
  return <p class="hist-end muted">{empty ? 'Nothing logged yet. Rounds you log, and workouts you import in Settings, show up here.' : 'That is everything you have logged.'}</p>;
}
