// Who is logged in, changing the password, and logging out. Rounds not yet synced stay on the phone
// and go up the next time this lifter logs in; the lifter is told so first. "Log out everywhere
// else" is for a lost phone or a token that may have leaked: this phone stays logged in.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { logoutEverywhere } from '../../api/endpoints.js';
import { useStore } from '../../lib/store.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { PasswordForm } from './password-form.js';

export function AccountSection() {
  const { session, outbox } = useServices();
  const state = useStore(session);
  const [pending, setPending] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const user = state.status === 'signed-in' ? state.user : null;

  useEffect(() => {
    if (user) void outbox.counts(user.id).then((c) => setPending(c.pending));
  }, [user?.id, confirming]);

  const logout = async () => {
    if (pending > 0 && !confirming) return setConfirming(true);
    try {
      await session.logout();
    } catch (err) {
      setError(err instanceof ApiError && err.offline ? 'Logging out needs a connection. Try again when you are back online.' : 'Could not log out; try again.');
    }
  };

  if (!user) return null;
  return (
    <section class="section" aria-labelledby="account-h">
      <h2 id="account-h">Account</h2>
      <div class="card">
        <p>
          Logged in as <strong>{user.displayName}</strong> ({user.email}).
        </p>
        {confirming && (
          <Notice tone="warning">
            {pending} {pending === 1 ? 'round has' : 'rounds have'} not synced yet. They stay on this phone and sync the next time you log in here.
          </Notice>
        )}
        {error && <Notice tone="danger">{error}</Notice>}
        <button type="button" class="btn btn-danger btn-block" onClick={() => void logout()}>
          {confirming ? 'Log out anyway' : 'Log out'}
        </button>
        <EverywhereElse />
      </div>
      <PasswordForm />
    </section>
  );
}

/** Ends every other session and personal token, after a second tap; says how many. */
function EverywhereElse() {
  const [sure, setSure] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { sessionsEnded, tokensRevoked } = await logoutEverywhere();
      const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
      const parts = [sessionsEnded > 0 ? `${n(sessionsEnded, 'other device was', 'other devices were')} logged out` : 'No other device was logged in'];
      if (tokensRevoked > 0) parts.push(`${n(tokensRevoked, 'personal token was', 'personal tokens were')} revoked`);
      setDone(`${parts.join(' and ')}. This phone stays logged in.`);
      setSure(false);
    } catch (err) {
      setError(err instanceof ApiError && err.offline ? 'This needs a connection. Try again when you are back online.' : 'Could not log out the other devices; try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="stack everywhere-else">
      {done && <Notice tone="ok">{done}</Notice>}
      {error && <Notice tone="danger">{error}</Notice>}
      {sure ? (
        <>
          <p class="muted">Every other phone, browser and personal token stops working at once; they need a new log-in or a new token.</p>
          <div class="row">
            <button type="button" class="btn" onClick={() => setSure(false)}>
              Cancel
            </button>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={() => void run()}>
              {busy ? 'Logging out…' : 'Yes, log them all out'}
            </button>
          </div>
        </>
      ) : (
        <button type="button" class="btn btn-quiet btn-block" onClick={() => setSure(true)}>
          Log out everywhere else…
        </button>
      )}
    </div>
  );
}
