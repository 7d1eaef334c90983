// Correcting a logged round: its numbers in a form, sent whole with PUT. The
// server's field errors show under the fields they name.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import type { Round, Warning } from '../../api/types.js';
import { Field, TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { comboName, exerciseName, longDate, num } from './format.js';
import { putCombo, toEdit } from './history-api.js';
import { ROUND, readNumber, readRoundLoad } from '../../../../src/contract/limits.js';
import { isBodyweightLift } from '../../../../src/contract/round-log.js';
import { asSentence } from '../../lib/sentence.js';
import { bandHint } from '../today/load-text.js';
import type { RoundEdit } from '../../api/types.js';

interface Props {
  log: Round;
  onSaved: (log: Round, warnings: Warning[]) => void;
  onCancel: () => void;
  save?: (id: string, body: RoundEdit) => Promise<{ log: Round; warnings: Warning[] }>;
}

type Key = 'cLoad' | 'cReps' | 'cRir' | 'sLoad' | 'sReps' | 'between';
const FIELD: Record<Key, string> = { cLoad: 'compound.load', cReps: 'compound.reps', cRir: 'compound.rir', sLoad: 'shrug.load', sReps: 'shrug.reps', between: 'secondsBetween' };

/** Each field read as the server reads it, so a number it would refuse is refused here first, in its words. */
function readField(k: Key, text: string, bodyweightLift: boolean): { value: number } | { problem: string } {
  const t = text.replace('−', '-');
  if (k === 'cLoad' || k === 'sLoad') return readRoundLoad(t, bodyweightLift);
  return readNumber(t, { cReps: ROUND.compoundReps, cRir: ROUND.rir, sReps: ROUND.shrugReps, between: ROUND.secondsBetween }[k]);
}

/**
 * The compound as edited keeps its calibration while it still reads as one (to
 * failure, at or after the call), with failure where the correction puts it;
 * corrected into an ordinary set, it is one.
 */
function compoundKept(c: RoundEdit['compound'], reps: number, rir: number): RoundEdit['compound'] {
  const { calibration, ...rest } = c;
  if (!calibration || rir !== 0 || reps < calibration.repsAtCall) return rest;
  return { ...rest, calibration: { ...calibration, repsToFailure: reps } };
}

export function ComboEditForm({ log, onSaved, onCancel, save = putCombo }: Props) {
  const [v, setV] = useState<Record<Key, string>>({
    cLoad: num(log.compound.load).replace('−', '-'),
    cReps: String(log.compound.reps),
    cRir: num(log.compound.rir),
    sLoad: num(log.shrug.load).replace('−', '-'),
    sReps: String(log.shrug.reps),
    between: String(log.secondsBetween),
  });
  const [toFailure, setToFailure] = useState(log.shrug.toFailure);
  const [notes, setNotes] = useState(log.notes ?? '');
  const [errors, setErrors] = useState<Partial<Record<Key | 'notes', string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (k: Key) => (value: string) => {
    setV((old) => ({ ...old, [k]: value }));
    // The server's word on the old value no longer applies; the field's own check speaks now.
    setErrors((old) => ({ ...old, [k]: undefined }));
  };
  const bw = isBodyweightLift(log);
  /** Refused as typed, in the server's words, before Save. */
  const live = (k: Key) => {
    const r = readField(k, v[k], bw);
    return 'problem' in r ? asSentence(r.problem) : errors[k];
  };
  const anyLive = (Object.keys(v) as Key[]).some((k) => 'problem' in readField(k, v[k], bw));

  const submit = async (e: Event) => {
    e.preventDefault();
    const bodyweightLift = isBodyweightLift(log);
    const read = (Object.keys(v) as Key[]).map((k) => [k, readField(k, v[k], bodyweightLift)] as const);
    const bad = read.flatMap(([k, r]) => ('problem' in r ? [[k, asSentence(r.problem)]] : []));
    if (bad.length > 0) return setErrors(Object.fromEntries(bad));
    const n = Object.fromEntries(read.map(([k, r]) => [k, 'value' in r ? r.value : 0])) as Record<Key, number>;
    const base = toEdit(log);
    const { notes: _old, ...rest } = base;
    const body: RoundEdit = {
      ...rest,
      compound: { ...compoundKept(base.compound, n.cReps, n.cRir), load: n.cLoad, reps: n.cReps, rir: n.cRir },
      shrug: { ...base.shrug, load: n.sLoad, reps: n.sReps, toFailure },
      secondsBetween: n.between,
      ...(notes.trim() ? { notes: notes.trim() } : {}),
    };
    setSaving(true);
    setProblem(null);
    try {
      const res = await save(log.id, body);
      onSaved(res.log, res.warnings);
    } catch (err) {
      const a = err instanceof ApiError ? err : null;
      const said = (field: string) => {
        const m = a?.field(field);
        return m ? asSentence(m) : undefined;
      };
      const found = Object.fromEntries((Object.keys(FIELD) as Key[]).map((k) => [k, said(FIELD[k])]).filter(([, m]) => m));
      setErrors({ ...found, ...(said('notes') ? { notes: said('notes') } : {}) });
      setProblem(a?.offline ? 'No connection: the change was not saved. Try again when you are online.' : (a?.message ?? 'The change was not saved.'));
    } finally {
      setSaving(false);
    }
  };

  const numeric = { type: 'text', inputMode: 'decimal', autoComplete: 'off' } as const;
  return (
    <form onSubmit={submit} noValidate>
      <Screen
        title="Correct a round"
        intro={`${comboName(log.combo)} · ${longDate(log.date)}`}
        actions={
          <>
            <button type="button" class="btn" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" class="btn btn-primary" disabled={saving || anyLive}>
              {saving ? 'Saving…' : 'Save'}
            </button>
          </>
        }
      >
        {problem && <Notice tone="danger">{problem}</Notice>}
        <fieldset>
          <legend>{exerciseName(log.compound.exercise)}</legend>
          <div class="hist-edit-grid">
            <TextField {...numeric} label={`Load (${log.unit})`} {...(bw ? { hint: bandHint(v.cLoad, log.unit) } : {})} value={v.cLoad} onValue={set('cLoad')} error={live('cLoad')} />
            <TextField {...numeric} inputMode="numeric" label="Reps" value={v.cReps} onValue={set('cReps')} error={live('cReps')} />
            <TextField {...numeric} label="Reps in reserve" value={v.cRir} onValue={set('cRir')} error={live('cRir')} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{exerciseName(log.shrug.exercise)}</legend>
          <div class="hist-edit-grid">
            <TextField {...numeric} label={`Load (${log.unit})`} {...(bw ? { hint: bandHint(v.sLoad, log.unit) } : {})} value={v.sLoad} onValue={set('sLoad')} error={live('sLoad')} />
            <TextField {...numeric} inputMode="numeric" label="Reps" value={v.sReps} onValue={set('sReps')} error={live('sReps')} />
          </div>
          <label class="choice">
            <input type="checkbox" checked={toFailure} onChange={(e) => setToFailure(e.currentTarget.checked)} />
            <span class="choice-text">
              <span>Taken to failure</span>
              <span class="choice-hint">Untick if you stopped the shrug with reps left.</span>
            </span>
          </label>
        </fieldset>
        <TextField {...numeric} inputMode="numeric" label="Seconds between compound and shrug" value={v.between} onValue={set('between')} error={live('between')} />
        <Field label="Notes" error={errors.notes}>
          {(ids) => <textarea {...ids} value={notes} maxLength={2000} onInput={(e) => setNotes(e.currentTarget.value)} />}
        </Field>
      </Screen>
    </form>
  );
}
