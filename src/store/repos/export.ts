// Everything stored about one lifter, for "download my data" and for moving
// between servers. No secrets: neither the password hash nor any token.
import type { Db } from '../tx.js';
import { listCustomExercises, type CustomExercise } from './custom-exercises.js';
import { listDeletions, type Deletion } from './deletions.js';
import { programHistory, type Program } from './programs.js';
import { getProfile, type StoredProfile } from './profiles.js';
import { withContents } from './session-contents.js';
import type { StoredSession } from './training-types.js';
import { findUserById, type User } from './users.js';
import { NotFoundError } from '../errors.js';

export interface ExportDocument {
  exportedAt: string;
  user: User;
  profile: StoredProfile | null;
  customExercises: CustomExercise[];
  /** Newest first. */
  programs: Program[];
  /** Oldest first, each with its combo rounds and sets. */
  sessions: StoredSession[];
  /** Oldest first: the rounds and sets the lifter deleted. */
  deletions: Deletion[];
}

export async function exportAll(db: Db, userId: string, now: Date = new Date()): Promise<ExportDocument> {
  const user = await findUserById(db, userId);
  if (!user) throw new NotFoundError('user');
  const sessionRows = await db
    .selectFrom('training_sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    exportedAt: now.toISOString(),
    user,
    profile: (await getProfile(db, userId)) ?? null,
    customExercises: await listCustomExercises(db, userId),
    programs: await programHistory(db, userId),
    sessions: await withContents(db, userId, sessionRows, 'all'),
    deletions: await listDeletions(db, userId),
  };
}
