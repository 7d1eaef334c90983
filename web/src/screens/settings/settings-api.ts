// The endpoints only Settings uses: personal tokens (the calendar link), coach
// links and the password. Answers mirror src/api/routes/auth.ts and coach.ts.
import { request } from '../../api/client.js';
import type { User } from '../../api/types.js';

export interface ApiToken {
  /** The token's hash: safe to show and to revoke by, never the secret. */
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface CoachLink {
  linkId: string;
  user: User;
  acceptedAt: string;
}

export interface Invite {
  code: string;
  linkId: string;
  expiresAt: string;
}

export const listTokens = () => request<{ tokens: ApiToken[] }>('GET', '/tokens');
/** The secret `token` is in this answer only. */
export const createToken = (name: string) => request<{ token: string; id: string; name: string }>('POST', '/tokens', { name });
export const revokeToken = (id: string) => request<void>('DELETE', `/tokens/${encodeURIComponent(id)}`);

export const acceptInvite = (code: string) => request<{ linkId: string; coachId: string; acceptedAt: string | null }>('POST', '/coach/accept', { code });
export const makeInvite = () => request<Invite>('POST', '/coach/invites', {});
export const listCoaches = () => request<{ coaches: CoachLink[] }>('GET', '/coach/coaches');
export const listAthletes = () => request<{ athletes: CoachLink[] }>('GET', '/coach/athletes');
export const endCoachLink = (linkId: string) => request<void>('DELETE', `/coach/links/${encodeURIComponent(linkId)}`);

export const changePassword = (body: { currentPassword: string; newPassword: string }) => request<void>('POST', '/auth/password', body);

/** "3 May 2026" in the phone's language. */
export const shortDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The server's message as a sentence: "invite not found" → "Invite not found." */
export function sentence(message: string): string {
  const s = `${message[0]?.toUpperCase() ?? ''}${message.slice(1)}`;
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
