// Changing the password. The server logs out every other session, so the
// lifter is told; errors sit under the field the server named.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { changePassword, sentence } from './settings-api.js';

type Errors = { currentPassword?: string; newPassword?: string };

const NAMES = { currentPassword: 'Your current password', newPassword: 'The new password' } as const;

function check(current: string, next: string): Errors {
  const e: Errors = {};
  if (!current) e.currentPassword = 'Enter your current password.';
  if (next.length < 8) e.newPassword = 'Use at least 8 characters.';
  else if (next.length > 200) e.newPassword = 'Use at most 200 characters.';
  return e;
}

export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    setFailure(null);
    const found = check(current, next);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (err) {
      if (!(err instanceof ApiError) || err.offline) return setFailure('No connection right now; try again when you are back online.');
      const byField: Errors = {};
      for (const k of ['currentPassword', 'newPassword'] as const) {
        const m = err.field(k);
        if (m) byField[k] = sentence(`${NAMES[k]} ${m}`);
      }
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="password-h">
      <h3 id="password-h">Change password</h3>
      <TextField label="Current password" type="password" autoComplete="current-password" value={current} onValue={setCurrent} error={errors.currentPassword} />
      <TextField label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." value={next} onValue={setNext} error={errors.newPassword} />
      {failure && <Notice tone="danger">{failure}</Notice>}
      {done && <Notice tone="ok">Password changed. You stay logged in here; other phones and browsers need the new password, and calendar links and personal tokens made before stop working: make new ones.</Notice>}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
