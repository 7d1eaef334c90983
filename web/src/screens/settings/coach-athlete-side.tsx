// As an athlete: enter the invite code a coach gave you, see your coaches and
// end a link. A wrong, used or expired code answers 404; we show why in the
// server's words with what to do next.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { LinkedPeople } from './linked-people.js';
import { acceptInvite, endCoachLink, listCoaches, sentence, type CoachLink } from './settings-api.js';

const OFFLINE = 'No connection right now; try again when you are back online.';

function codeProblem(err: unknown): string {
  if (!(err instanceof ApiError) || err.offline) return OFFLINE;
  const field = err.field('code');
  if (field) return sentence(`The code ${field}`);
  if (err.status === 404) return `${sentence(err.message)} Check the code with your coach: each code works once, within 7 days.`;
  return sentence(err.message);
}

export function CoachAthleteSide() {
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [coaches, setCoaches] = useState<CoachLink[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = () => listCoaches().then((r) => setCoaches(r.coaches), () => setError(OFFLINE));
  useEffect(() => void load(), []);

  const accept = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    if (code.trim() === '') return setCodeError('Enter the code your coach gave you.');
    setBusy(true);
    try {
      await acceptInvite(code.trim());
      setCode('');
      setCodeError(undefined);
      setDone(true);
      await load();
    } catch (err) {
      setCodeError(codeProblem(err));
    } finally {
      setBusy(false);
    }
  };

  const end = async (link: CoachLink) => {
    try {
      await endCoachLink(link.linkId);
      setCoaches((all) => all.filter((l) => l.linkId !== link.linkId));
    } catch (err) {
      setError(err instanceof ApiError && !err.offline ? sentence(err.message) : OFFLINE);
    }
  };

  return (
    <div class="stack">
      <h3>Your coaches</h3>
      {coaches.length > 0 ? <LinkedPeople links={coaches} endLabel="End coaching" onEnd={(l) => void end(l)} /> : <p class="muted">No coach is linked.</p>}
      {error && <Notice tone="danger">{error}</Notice>}
      <form onSubmit={(e) => void accept(e)} noValidate>
        <TextField
          label="Invite code"
          hint="From your coach."
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          value={code}
          onValue={setCode}
          error={codeError}
        />
        {done && <Notice tone="ok">Linked. Your coach can now see your plan and logs.</Notice>}
        <button type="submit" class="btn btn-block" disabled={busy}>
          {busy ? 'Linking…' : 'Link my coach'}
        </button>
      </form>
    </div>
  );
}
