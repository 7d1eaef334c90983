// Accounts and coaching on the wire: who is signed in, signing up and in,
// personal tokens, and the links between a coach and an athlete.
import { z } from 'zod';
import { ONE_LINE, ONE_LINE_MESSAGE } from './limits.js';

export const userSchema = z.object({ id: z.string(), email: z.string(), displayName: z.string(), createdAt: z.string() });
/**
 * The logged-in user, and the revision of their training data: it changes
 * with every write to their profile, plan, rounds, sets or imports, so the
 * app fetches its offline copy again only when it has changed.
 */
export const meSchema = z.object({
  user: userSchema,
  revision: z.number().int().describe('Changes whenever anything of your training data does (profile, plan, rounds, sets, imports); equal revisions mean nothing changed.'),
});

export const email = z.email({ error: 'must be an email address' }).max(254);
export const newPassword = z.string().min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters');

export const registerBodySchema = z.strictObject({ email, password: newPassword, displayName: z.string().trim().min(1).max(80).regex(ONE_LINE, ONE_LINE_MESSAGE).optional() });
export const loginBodySchema = z.strictObject({ email, password: z.string().min(1).max(200) });
export const passwordChangeSchema = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword });

export const tokenBodySchema = z.strictObject({ name: z.string().trim().min(1).max(80).regex(ONE_LINE, ONE_LINE_MESSAGE) });
export const newTokenSchema = z.object({ token: z.string(), id: z.string(), name: z.string() });
export const tokenSchema = z.object({
  id: z.string().describe('The token’s hash: safe to show and to revoke by, never the secret.'),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable().describe('When it stops working (a year after it was made); null for tokens made before tokens expired.'),
});

export const inviteSchema = z.object({ code: z.string(), linkId: z.string(), expiresAt: z.string() });
export const acceptBodySchema = z.strictObject({ code: z.string().trim().min(8, 'is too short to be an invite code').max(100) });
export const acceptedSchema = z.object({ linkId: z.string(), coachId: z.string(), acceptedAt: z.string().nullable() });
export const coachLinkSchema = z.object({ linkId: z.string(), user: userSchema, acceptedAt: z.string() });

export type User = z.infer<typeof userSchema>;
export type Me = z.infer<typeof meSchema>;
export type RegisterBody = z.input<typeof registerBodySchema>;
export type LoginBody = z.input<typeof loginBodySchema>;
export type PasswordChange = z.input<typeof passwordChangeSchema>;
export type ApiToken = z.infer<typeof tokenSchema>;
export type NewToken = z.infer<typeof newTokenSchema>;
export type Invite = z.infer<typeof inviteSchema>;
export type Accepted = z.infer<typeof acceptedSchema>;
export type CoachLink = z.infer<typeof coachLinkSchema>;
