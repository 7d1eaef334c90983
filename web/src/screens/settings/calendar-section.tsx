// A calendar link: calendar apps cannot log in, so the feed URL carries a
// personal token. The token is shown once, when made; the list below lets the
// lifter revoke any token (a link they shared, the CLI's) at any time.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { Notice } from '../../ui/notice.js';
import { CopyField } from './copy-field.js';
import { createToken } from './settings-api.js';
import { TokenList } from './token-list.js';

export const feedUrl = (token: string) => `${location.origin}/api/v1/calendar.ics?token=${encodeURIComponent(token)}&weeks=8`;

export function CalendarSection() {
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Bumped after a new token, so the list below shows it.
  const [made, setMade] = useState(0);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const { token } = await createToken('Calendar');
      setUrl(feedUrl(token));
      setMade((n) => n + 1);
    } catch (err) {
      setError(err instanceof ApiError && !err.offline ? err.message : 'No connection right now: making a link needs the internet.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section" aria-labelledby="calendar-h">
      <h2 id="calendar-h">Calendar link</h2>
      <div class="card">
        <p class="muted">See your next 8 weeks of training days in Google Calendar, Apple Calendar or Outlook: subscribe to a link made for you.</p>
        {url ? (
          <>
            <CopyField label="Calendar link" value={url} hint="Paste it where your calendar app asks for a calendar by URL (“subscribe” or “from URL”)." />
            <Notice tone="warning">
              <p>Anyone with this link can see your plan. It is shown only now: if you lose it, make a new one and revoke the old one below.</p>
            </Notice>
          </>
        ) : (
          <button type="button" class="btn btn-primary btn-block" disabled={busy} onClick={() => void make()}>
            {busy ? 'Making the link…' : 'Make a calendar link'}
          </button>
        )}
        {error && <Notice tone="danger">{error}</Notice>}
        <TokenList refresh={made} />
      </div>
    </section>
  );
}
