// Ids derived from content instead of drawn at random, so importing the same
// file twice lands on the same rows and the second import skips them.
import { hash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A name-based UUID (version 5, RFC 9562 section 5.5): SHA-1 of the namespace's
 * 16 bytes and the name. The lifter's id is the namespace, so two lifters
 * importing the same file get different ids and never meet.
 */
export function derivedId(namespace: string, name: string): string {
  const name8 = Buffer.from(name, 'utf8');
  const digest = hash('sha1', Buffer.concat([namespaceBytes(namespace), name8], 16 + name8.length), 'buffer');
  digest[6] = (digest[6]! & 0x0f) | 0x50; // version 5
  digest[8] = (digest[8]! & 0x3f) | 0x80; // RFC variant
  const hex = digest.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// An import derives an id for each of up to 100,000 sets, nearly all under the
// same session: the namespace is checked and decoded once per run of the same one.
let lastNamespace = '';
let lastBytes = Buffer.alloc(16);

function namespaceBytes(namespace: string): Buffer {
  if (namespace !== lastNamespace) {
    if (!UUID.test(namespace)) throw new RangeError(`derivedId: namespace "${namespace}" is not a UUID`);
    lastBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    lastNamespace = namespace;
  }
  return lastBytes;
}
