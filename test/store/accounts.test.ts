import { describe, expect, it } from 'vitest';
import type { ProgramInput, WeekPlan } from '../../src/engine/model.js';
import { ConflictError } from '../../src/store/errors.js';
import { createCustomExercise, listCustomExercises } from '../../src/store/repos/custom-exercises.js';
import { countLoginFailuresSince, recordLoginFailure } from '../../src/store/repos/login-failures.js';
import { getProfile, putProfile, type ProfileDocument } from '../../src/store/repos/profiles.js';
import { currentProgram, insertProgram, programHistory } from '../../src/store/repos/programs.js';
import * as tokens from '../../src/store/repos/tokens.js';
import { createUser, findUserByEmail, findUserById, setPassword } from '../../src/store/repos/users.js';
import { hashSecret } from '../../src/store/secrets.js';
import { backends, useMigratedStore } from '../support/backends.js';
import { newUser } from '../support/store-fixtures.js';

const inventory = { unit: 'kg' as const, has: [], barWeight: 20, plates: [{ weight: 20, pairs: 2 }], dumbbells: [], machineSteps: [], bands: [] };

describe.each(backends)('accounts on $name', (backend) => {
  const store = useMigratedStore(backend);

  it('finds a user by email whatever its case, and refuses a second account for it', async () => {
    const { db } = store();
    const ana = await createUser(db, { email: ' Ana.Lima@Example.org', passwordHash: 'h1', displayName: 'Ana' });
    expect(ana.email).toBe('ana.lima@example.org');
    expect((await findUserByEmail(db, 'ANA.LIMA@example.org'))?.passwordHash).toBe('h1');
    await expect(createUser(db, { email: 'ana.lima@EXAMPLE.org', passwordHash: 'h2', displayName: 'x' })).rejects.toBeInstanceOf(ConflictError);
    expect(await setPassword(db, ana.id, 'h3')).toBe(true);
    expect((await findUserByEmail(db, ana.email))?.passwordHash).toBe('h3');
    expect(await findUserById(db, ana.id)).toEqual(ana);
    expect(await setPassword(db, 'no-such-user', 'h')).toBe(false);
  });

  it('keeps only the hash of a token, and stops accepting it once expired', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const now = new Date('2025-05-01T10:00:00Z');
    const { token, record } = await tokens.createToken(db, { userId: ana.id, kind: 'session', expiresAt: new Date('2025-05-02T10:00:00Z') }, now);
    expect(record.tokenHash).toBe(hashSecret(token));
    const stored = await db.selectFrom('auth_tokens').selectAll().where('user_id', '=', ana.id).execute();
    expect(JSON.stringify(stored)).not.toContain(token);
    const found = await tokens.findValidToken(db, hashSecret(token), now);
    expect(found?.user.id).toBe(ana.id);
    expect(found?.lastUsedAt).toBe(now.toISOString());
    expect(await tokens.findValidToken(db, hashSecret(token), new Date('2025-05-02T10:00:00Z'))).toBeUndefined();
    expect(await tokens.findValidToken(db, hashSecret('guess'), now)).toBeUndefined();
  });

  it('signs out every session but keeps API tokens, which are listed and revoked on their own', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const s1 = await tokens.createToken(db, { userId: ana.id, kind: 'session' });
    const s2 = await tokens.createToken(db, { userId: ana.id, kind: 'session' });
    const api = await tokens.createToken(db, { userId: ana.id, kind: 'api', name: 'spreadsheet' });
    expect(await tokens.revokeAllSessions(db, ana.id, s2.record.tokenHash)).toBe(1);
    const now = new Date();
    expect(await tokens.findValidToken(db, s1.record.tokenHash, now)).toBeUndefined();
    expect(await tokens.findValidToken(db, s2.record.tokenHash, now)).toBeDefined();
    expect((await tokens.listApiTokens(db, ana.id)).map((t) => t.name)).toEqual(['spreadsheet']);
    expect(await tokens.revokeApiToken(db, ana.id, s2.record.tokenHash)).toBe(false);
    expect(await tokens.revokeApiToken(db, ana.id, api.record.tokenHash)).toBe(true);
    expect(await tokens.listApiTokens(db, ana.id)).toEqual([]);
  });

  it('counts failed sign-ins per email inside the window only', async () => {
    const { db } = store();
    const email = `Rate-${Date.now()}@example.org`;
    for (const minute of [0, 5, 10]) await recordLoginFailure(db, email, new Date(Date.UTC(2025, 0, 1, 12, minute)));
    expect(await countLoginFailuresSince(db, email.toLowerCase(), new Date(Date.UTC(2025, 0, 1, 12, 5)))).toBe(2);
    expect(await countLoginFailuresSince(db, 'someone@else.org', new Date(0))).toBe(0);
  });

  it('replaces the profile document on put', async () => {
    const { db } = store();
    const ana = await newUser(db);
    expect(await getProfile(db, ana.id)).toBeUndefined();
    const doc: ProfileDocument = { unit: 'kg', bodyweight: 70, experience: 'beginner', split: 'full_body', days: ['mon'], inventory };
    await putProfile(db, ana.id, doc);
    await putProfile(db, ana.id, { ...doc, bodyweight: 71.5 });
    expect((await getProfile(db, ana.id))?.document.bodyweight).toBe(71.5);
  });

  it('makes the newest program current even when two are saved in the same millisecond', async () => {
    const { db } = store();
    const ana = await newUser(db);
    const input: ProgramInput = { split: 'full_body', days: ['mon'], inventory, experience: 'beginner' };
    const plan = (drillWeeks: number): WeekPlan => ({ split: 'full_body', experience: 'beginner', days: [], omitted: [], drillWeeks, warnings: [] });
    const at = new Date('2025-06-01T00:00:00Z');
    const first = await insertProgram(db, { userId: ana.id, createdBy: ana.id, kind: 'generated', input, plan: plan(2) }, at);
    const edit = await insertProgram(db, { userId: ana.id, createdBy: ana.id, kind: 'edited', input, plan: plan(1), parentId: first.id }, at);
    expect((await currentProgram(db, ana.id))?.id).toBe(edit.id);
    expect((await programHistory(db, ana.id)).map((p) => p.plan.drillWeeks)).toEqual([1, 2]);
  });

  it("refuses a custom exercise named like one of the lifter's own, ignoring case", async () => {
    const { db } = store();
    const ana = await newUser(db);
    const ben = await newUser(db);
    const mine = await createCustomExercise(db, ana.id, { name: 'Hammer Strength Row', pattern: 'horizontal_pull' });
    expect(mine.id).toMatch(/^custom:/);
    await expect(createCustomExercise(db, ana.id, { name: 'hammer strength row' })).rejects.toBeInstanceOf(ConflictError);
    await createCustomExercise(db, ben.id, { name: 'hammer strength row' });
    expect(await listCustomExercises(db, ana.id)).toEqual([mine]);
  });
});
