// Coach <-> athlete links. A coach makes an invite and passes its one-time code
// on; the athlete redeems it. Either side may end the link at any time.
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '../errors.js';
import type { CoachLinkStatus, CoachLinksTable } from '../schema.js';
import { hashSecret, newSecret } from '../secrets.js';
import { inTransaction, type Db } from '../tx.js';
import { toUser, type User } from './users.js';

/** An unredeemed invite stops working after a week. */
export const INVITE_TTL_MS = 7 * 24 * 3600 * 1000;

export interface CoachLink {
  id: string;
  coachId: string;
  athleteId: string | null;
  status: CoachLinkStatus;
  createdAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
}

export interface LinkedUser {
  linkId: string;
  user: User;
  acceptedAt: string;
}

function toLink(row: CoachLinksTable): CoachLink {
  return {
    id: row.id,
    coachId: row.coach_id,
    athleteId: row.athlete_id,
    status: row.status,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
  };
}

/** `code` is shown to the coach once; only its hash is kept. */
export async function createInvite(db: Db, coachId: string, now: Date = new Date()): Promise<{ code: string; link: CoachLink }> {
  const code = newSecret(15);
  const row: CoachLinksTable = {
    id: randomUUID(),
    coach_id: coachId,
    athlete_id: null,
    code_hash: hashSecret(code),
    status: 'pending',
    created_at: now.toISOString(),
    accepted_at: null,
    revoked_at: null,
  };
  await db.insertInto('coach_links').values(row).execute();
  return { code, link: toLink(row) };
}

/** Redeems an invite. Unknown, used, revoked or expired codes are all NotFoundError. */
export async function acceptInvite(db: Db, code: string, athleteId: string, now: Date = new Date()): Promise<CoachLink> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('coach_links')
      .selectAll()
      .where('code_hash', '=', hashSecret(code))
      .where('status', '=', 'pending')
      .where('created_at', '>', new Date(now.getTime() - INVITE_TTL_MS).toISOString())
      .executeTakeFirst();
    if (!row) throw new NotFoundError('invite');
    if (row.coach_id === athleteId) throw new ConflictError('coach link', 'a coach cannot accept their own invite');
    if (await isCoachOf(trx, row.coach_id, athleteId)) throw new ConflictError('coach link', 'this coach already coaches you');
    const accepted = { athlete_id: athleteId, status: 'active' as const, accepted_at: now.toISOString() };
    // status = 'pending' again here: of two racing redemptions only one wins.
    const res = await trx.updateTable('coach_links').set(accepted).where('id', '=', row.id).where('status', '=', 'pending').executeTakeFirst();
    if (res.numUpdatedRows === 0n) throw new NotFoundError('invite');
    return toLink({ ...row, ...accepted });
  });
}

/** Ends a link (or cancels a pending invite); userId must be its coach or athlete. */
export async function revokeLink(db: Db, userId: string, linkId: string, now: Date = new Date()): Promise<void> {
  const res = await db
    .updateTable('coach_links')
    .set({ status: 'revoked', revoked_at: now.toISOString() })
    .where('id', '=', linkId)
    .where('status', '!=', 'revoked')
    .where((eb) => eb.or([eb('coach_id', '=', userId), eb('athlete_id', '=', userId)]))
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw new NotFoundError('coach link');
}

export async function isCoachOf(db: Db, coachId: string, athleteId: string): Promise<boolean> {
  const row = await db
    .selectFrom('coach_links')
    .select('id')
    .where('coach_id', '=', coachId)
    .where('athlete_id', '=', athleteId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

export async function athletesOf(db: Db, coachId: string): Promise<LinkedUser[]> {
  return linked(db, 'coach_id', coachId, 'athlete_id');
}

export async function coachesOf(db: Db, athleteId: string): Promise<LinkedUser[]> {
  return linked(db, 'athlete_id', athleteId, 'coach_id');
}

async function linked(db: Db, side: 'coach_id' | 'athlete_id', userId: string, other: 'coach_id' | 'athlete_id'): Promise<LinkedUser[]> {
  const rows = await db
    .selectFrom('coach_links as l')
    .innerJoin('users as u', 'u.id', `l.${other}`)
    .select(['l.id as link_id', 'l.accepted_at', 'u.id', 'u.email', 'u.display_name', 'u.created_at'])
    .where(`l.${side}`, '=', userId)
    .where('l.status', '=', 'active')
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({ linkId: r.link_id, user: toUser(r), acceptedAt: r.accepted_at ?? '' }));
}
