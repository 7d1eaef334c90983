// The lifter's personal tokens (calendar links, the command line), each with
// Revoke: a revoked token stops working at once, wherever it was pasted.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { Notice } from '../../ui/notice.js';
import { listTokens, revokeToken, shortDate, type ApiToken } from './settings-api.js';

const failure = (err: unknown) => (err instanceof ApiError && !err.offline ? err.message : 'No connection right now; try again when you are back online.');

export function TokenList({ refresh }: { refresh: number }) {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    listTokens().then(
      (r) => live && (setTokens(r.tokens), setError(null)),
      (err) => live && setError(failure(err)),
    );
    return () => {
      live = false;
    };
  }, [refresh]);

  const revoke = async (t: ApiToken) => {
    try {
      await revokeToken(t.id);
      setTokens((all) => all?.filter((x) => x.id !== t.id) ?? null);
    } catch (err) {
      setError(failure(err));
    }
  };

  return (
    <div class="token-list">
      <h3>Links and tokens in use</h3>
      {error && <Notice tone="danger">{error}</Notice>}
      {tokens === null && !error && <p class="muted">Loading…</p>}
      {tokens?.length === 0 && <p class="muted">None yet.</p>}
      {tokens && tokens.length > 0 && (
        <ul class="item-list">
          {tokens.map((t) => (
            <li key={t.id}>
              <div>
                <strong>{t.name || 'Unnamed'}</strong>
                <span class="muted">
                  Made {shortDate(t.createdAt)} · {t.lastUsedAt ? `last used ${shortDate(t.lastUsedAt)}` : 'not used yet'}
                  {t.expiresAt && ` · works until ${shortDate(t.expiresAt)}`}
                </span>
              </div>
              <button type="button" class="btn btn-danger" aria-label={`Revoke ${t.name || 'unnamed'} link made ${shortDate(t.createdAt)}`} onClick={() => void revoke(t)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
