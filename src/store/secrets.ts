// Random secrets handed to people (tokens, invite codes) and the hashes we keep
// instead. A SHA-256 of 256 random bits needs no salt or slow hash: it cannot be guessed.
import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random token of `bytes` bytes (32 = 256 bits). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
