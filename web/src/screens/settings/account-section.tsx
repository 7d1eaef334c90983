// Who is logged in, changing the password, and logging out. Rounds not yet synced stay on the phone
// and go up the next time this lifter logs in; the lifter is told so first.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
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
      </div>
      <PasswordForm />
    </section>
  );
}
