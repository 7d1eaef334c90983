import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../src/store/errors.js';
import { acceptInvite, athletesOf, coachesOf, createInvite, INVITE_TTL_MS, isCoachOf, revokeLink } from '../../src/store/repos/coach-links.js';
import { hashSecret } from '../../src/store/secrets.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { newUser } from '../support/store-fixtures.js';

describe.each(backends)('coach links on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('links a coach and an athlete through a one-time code, until one of them revokes it', async () => {
    const { db } = store();
    const coach = await newUser(db, 'Coach');
    const ana = await newUser(db, 'Ana');
    const { code, link } = await createInvite(db, coach.id);
    const row = await db.selectFrom('coach_links').selectAll().where('id', '=', link.id).executeTakeFirstOrThrow();
    expect(row.code_hash).toBe(hashSecret(code));
    expect(await isCoachOf(db, coach.id, ana.id)).toBe(false);

    const accepted = await acceptInvite(db, code, ana.id);
    expect(accepted).toMatchObject({ status: 'active', coachId: coach.id, athleteId: ana.id });
    expect(await isCoachOf(db, coach.id, ana.id)).toBe(true);
    expect(await isCoachOf(db, ana.id, coach.id)).toBe(false);
    expect((await athletesOf(db, coach.id)).map((a) => a.user.id)).toEqual([ana.id]);
    expect((await coachesOf(db, ana.id)).map((c) => c.user.id)).toEqual([coach.id]);

    await expect(acceptInvite(db, code, (await newUser(db)).id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeLink(db, ana.id, link.id);
    expect(await isCoachOf(db, coach.id, ana.id)).toBe(false);
    expect(await athletesOf(db, coach.id)).toEqual([]);
    await expect(revokeLink(db, coach.id, link.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets nobody outside a link revoke it', async () => {
    const { db } = store();
    const coach = await newUser(db);
    const ana = await newUser(db);
    const { code, link } = await createInvite(db, coach.id);
    await acceptInvite(db, code, ana.id);
    await expect(revokeLink(db, (await newUser(db)).id, link.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await isCoachOf(db, coach.id, ana.id)).toBe(true);
  });

  it('refuses an expired code, a coach accepting their own code, and a second link to the same coach', async () => {
    const { db } = store();
    const coach = await newUser(db);
    const ana = await newUser(db);
    const created = new Date('2025-01-01T00:00:00Z');
    const old = await createInvite(db, coach.id, created);
    await expect(acceptInvite(db, old.code, ana.id, new Date(created.getTime() + INVITE_TTL_MS))).rejects.toBeInstanceOf(NotFoundError);
    const own = await createInvite(db, coach.id);
    await expect(acceptInvite(db, own.code, coach.id)).rejects.toBeInstanceOf(ConflictError);
    await acceptInvite(db, own.code, ana.id);
    const again = await createInvite(db, coach.id);
    await expect(acceptInvite(db, again.code, ana.id)).rejects.toBeInstanceOf(ConflictError);
  });
});
