// Ids derived from content instead of drawn at random, so importing the same
// file twice lands on the same rows and the second import skips them.
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A name-based UUID (version 5, RFC 9562 section 5.5): SHA-1 of the namespace's
 * 16 bytes and the name. The lifter's id is the namespace, so two lifters
 * importing the same file get different ids and never meet.
 */
export function derivedId(namespace: string, name: string): string {
  if (!UUID.test(namespace)) throw new RangeError(`derivedId: namespace "${namespace}" is not a UUID`);
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
