// Calendar apps subscribe to a URL and cannot send a cookie or header, so the
// calendar feed also takes a personal API token in the query (?token=...).
// Session tokens are refused there: a URL ends up in histories and logs.
import type { FastifyRequest } from 'fastify';
import { hashSecret, tokens, type Db } from '../../store/index.js';
import type { User } from '../../store/repos/users.js';
import { requireUser } from '../auth.js';
import { ApiError } from '../errors.js';

export async function calendarUser(req: FastifyRequest, db: Db, token: string | undefined, now: Date): Promise<User> {
  if (token === undefined) return requireUser(req);
  const found = await tokens.findValidToken(db, hashSecret(token), now);
  if (!found || found.kind !== 'api') {
    throw new ApiError('unauthorized', 'That calendar link holds a token that is not valid (revoked or mistyped); make a new personal token and subscribe again.');
  }
  return found.user;
}
