// Random secrets handed to people (tokens, invite codes) and the hashes we keep
// instead. A SHA-256 of 256 random bits needs no salt or slow hash: it cannot be guessed.
import { hash, randomBytes } from 'node:crypto';

/** A URL-safe random token of `bytes` bytes (32 = 256 bits). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Every request hashes its token: the one-shot crypto.hash takes a third of createHash's time. */
export function hashSecret(secret: string): string {
  return hash('sha256', secret, 'hex');
}
