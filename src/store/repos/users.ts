// Accounts. Emails are stored lowercased so "Ana@x.org" and "ana@x.org" are one account.
import { randomUUID } from 'node:crypto';
import { ConflictError, isUniqueViolation } from '../errors.js';
import { PostgresAdapter, type Insertable } from 'kysely';
import type { UsersTable } from '../schema.js';
import type { Db } from '../tx.js';

export interface User {
  id: string;
  email: string;
  displayName: string;
  createdAt: string;
}

/** A user with the password hash, only for checking a sign-in. */
export interface UserWithPassword extends User {
  passwordHash: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUser(row: Pick<UsersTable, 'id' | 'email' | 'display_name' | 'created_at'>): User {
  return { id: row.id, email: row.email, displayName: row.display_name, createdAt: row.created_at };
}

export async function createUser(
  db: Db,
  input: { email: string; passwordHash: string; displayName: string },
  now: Date = new Date(),
): Promise<User> {
  const row: Insertable<UsersTable> & Pick<UsersTable, 'id' | 'email' | 'display_name' | 'created_at'> = {
    id: randomUUID(),
    email: normalizeEmail(input.email),
    password_hash: input.passwordHash,
    display_name: input.displayName,
    created_at: now.toISOString(),
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('user', 'an account with this email already exists');
    throw err;
  }
  return toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<UserWithPassword | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** Returns false when no such user exists. */
/**
 * Swaps a stored hash for a stronger one of the same password, only while the
 * old one is still in place: a password changed meanwhile is not undone.
 */
export async function upgradePasswordHash(db: Db, userId: string, oldHash: string, newHash: string): Promise<boolean> {
  const res = await db.updateTable('users').set({ password_hash: newHash }).where('id', '=', userId).where('password_hash', '=', oldHash).executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function setPassword(db: Db, userId: string, passwordHash: string): Promise<boolean> {
  const res = await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/**
 * The lifter's secret namespace for derived import ids (migration 0007): others
 * know the user id, never this, so nobody can take an id an import will use.
 * Every account gets its key on first use; two imports racing
 * to create it both read back the one that was stored.
 */
export async function importKey(db: Db, userId: string): Promise<string> {
  const row = await db.selectFrom('users').select('import_key').where('id', '=', userId).executeTakeFirst();
  if (row?.import_key) return row.import_key;
  await db.updateTable('users').set({ import_key: randomUUID() }).where('id', '=', userId).where('import_key', 'is', null).execute();
  const stored = await db.selectFrom('users').select('import_key').where('id', '=', userId).executeTakeFirstOrThrow();
  return stored.import_key!;
}

/**
 * Locks the lifter's row until the transaction ends, on PostgreSQL: writes that
 * check something about the whole account first (the current plan, how many own
 * exercises) then take turns across connections and server processes. SQLite
 * runs one write transaction at a time already.
 */
export async function lockUserRow(trx: Db, userId: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}
