import { describe, expect, it } from 'vitest';
import { hashCost, hashPassword, needsRehash, PASSWORD_COST, unmatchableHash, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it("hashes at OWASP's floor for scrypt (N=2^17, r=8, p=1), which needs more than Node's default memory ceiling", async () => {
    expect(PASSWORD_COST).toEqual({ N: 131072, r: 8, p: 1 });
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery!', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('still verifies a hash made at the old cost (N=2^14), and asks for it to be made again', async () => {
    const old = await hashPassword('long enough pw', { N: 16384, r: 8, p: 1 });
    expect(old.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(await verifyPassword('long enough pw', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, { N: 16384, r: 8, p: 1 })).toBe(false);
    // Never a downgrade: a stronger hash than asked for is kept.
    expect(needsRehash(old, { N: 1024, r: 8, p: 1 })).toBe(false);
  });

  it('refuses stored hashes that are not ours or ask for absurd costs, without deriving anything', async () => {
    for (const bad of ['', 'bcrypt$x', 'scrypt$1000$8$1$AAAA$AAAA', 'scrypt$4294967296$8$1$AAAA$AAAA', 'scrypt$16384$8$1$$AAAA', 'scrypt$16384$0$1$AAAA$AAAA']) {
      expect(hashCost(bad)).toBeNull();
      expect(await verifyPassword('anything at all', bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });

  it('has an unmatchable hash at the given cost, for emails with no account', async () => {
    const cost = { N: 1024, r: 8, p: 1 };
    expect(hashCost(unmatchableHash(cost))).toEqual(cost);
    expect(await verifyPassword('', unmatchableHash(cost))).toBe(false);
  });
});
