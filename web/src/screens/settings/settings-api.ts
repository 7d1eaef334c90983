// The endpoints only Settings uses: personal tokens (the calendar link), coach
// links and the password. Shapes are the server's (src/contract/account.ts).
import { request } from '../../api/client.js';
import type { Accepted, ApiToken, CoachLink, Invite, NewToken, PasswordChange } from '../../api/types.js';

export type { ApiToken, CoachLink, Invite };

export const listTokens = () => request<{ tokens: ApiToken[] }>('GET', '/tokens');
/** The secret `token` is in this answer only. */
export const createToken = (name: string) => request<NewToken>('POST', '/tokens', { name });
export const revokeToken = (id: string) => request<void>('DELETE', `/tokens/${encodeURIComponent(id)}`);

export const acceptInvite = (code: string) => request<Accepted>('POST', '/coach/accept', { code });
export const makeInvite = () => request<Invite>('POST', '/coach/invites', {});
export const listCoaches = () => request<{ coaches: CoachLink[] }>('GET', '/coach/coaches');
export const listAthletes = () => request<{ athletes: CoachLink[] }>('GET', '/coach/athletes');
export const endCoachLink = (linkId: string) => request<void>('DELETE', `/coach/links/${encodeURIComponent(linkId)}`);

export const changePassword = (body: PasswordChange) => request<void>('POST', '/auth/password', body);

/** "3 May 2026" in the phone's language. */
export const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The server's message as a sentence: "invite not found" → "Invite not found." */
export { asSentence as sentence } from '../../lib/sentence.js';
