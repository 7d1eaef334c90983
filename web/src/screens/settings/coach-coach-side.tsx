// As a coach: make a one-time invite code to pass on, and see who you coach.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { Notice } from '../../ui/notice.js';
import { CopyField } from './copy-field.js';
import { LinkedPeople } from './linked-people.js';
import { endCoachLink, listAthletes, makeInvite, sentence, type CoachLink, type Invite } from './settings-api.js';

const OFFLINE = 'No connection right now; try again when you are back online.';
const problem = (err: unknown) => (err instanceof ApiError && !err.offline ? sentence(err.message) : OFFLINE);

const expiry = (iso: string) => new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function CoachCoachSide() {
  const [invite, setInvite] = useState<Invite | null>(null);
  const [athletes, setAthletes] = useState<CoachLink[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listAthletes().then((r) => setAthletes(r.athletes), (err) => setError(problem(err)));
  }, []);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      setInvite(await makeInvite());
    } catch (err) {
      setError(problem(err));
    } finally {
      setBusy(false);
    }
  };

  const end = async (link: CoachLink) => {
    try {
      await endCoachLink(link.linkId);
      setAthletes((all) => all.filter((l) => l.linkId !== link.linkId));
    } catch (err) {
      setError(problem(err));
    }
  };

  return (
    <div class="stack">
      <h3>Athletes you coach</h3>
      {athletes.length > 0 ? <LinkedPeople links={athletes} endLabel="Stop coaching" onEnd={(l) => void end(l)} /> : <p class="muted">Nobody yet.</p>}
      {invite && (
        <>
          <CopyField label="Code for your athlete" value={invite.code} code hint="They enter it under Settings → Coach." />
          <p class="muted">Works once, until {expiry(invite.expiresAt)}.</p>
        </>
      )}
      {error && <Notice tone="danger">{error}</Notice>}
      <button type="button" class="btn btn-block" disabled={busy} onClick={() => void make()}>
        {busy ? 'Making a code…' : invite ? 'Make another invite code' : 'Make an invite code'}
      </button>
    </div>
  );
}
