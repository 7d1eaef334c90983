// Wrong passwords slow guessing without letting a stranger lock an owner out
// (services/sign-in-throttle). The app's clock is the test's, so no test waits.
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../src/api/auth.js';
import { hashPassword } from '../../src/services/passwords.js';
import { addressKey, pruneSignInThrottle } from '../../src/services/sign-in-throttle.js';
import { loginFailures, users } from '../../src/store/index.js';
import { newClient, TEST_PASSWORD_COST, useApp } from '../support/api.js';
import { backends } from '../support/backends.js';

const RIGHT = 'correct horse battery';
const WRONG = 'wrong password';
/** newClient signs up from inject's default address, which makes it the owner's known one. */
const HOME = '127.0.0.1';

for (const backend of backends) {
  describe(`sign-in backoff on ${backend.name}`, () => {
    let clock = Date.parse('2026-03-02T09:00:00.000Z');
    const tick = (seconds: number) => {
      clock += seconds * 1000;
    };
    const ctx = useApp(backend, { now: () => new Date(clock) });
    const login = (email: string, password: string, from: string) =>
      ctx().app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: from, payload: { email, password } });
    const wait = (res: { headers: Record<string, unknown> }) => Number(res.headers['retry-after']);

    it("a stranger's wrong passwords from one address do not keep the owner out from another", async () => {
      const u = await newClient(ctx().app, 'owner');
      const stranger = '203.0.113.5';
      const codes = [];
      for (let i = 0; i < 8; i++) codes.push((await login(u.email, WRONG, stranger)).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const held = await login(u.email, RIGHT, stranger);
      expect(held.statusCode).toBe(429);
      expect(held.json().error.message).toMatch(/from your address; wait 1 second and try again/);

      // From home (where the account was made), at once.
      const home = await login(u.email, RIGHT, HOME);
      expect(home.statusCode).toBe(200);
      expect(home.cookies.some((c) => c.name === SESSION_COOKIE)).toBe(true);
      // From a new address: a short wait, then in.
      const cafe = await login(u.email, RIGHT, '198.51.100.7');
      expect(cafe.statusCode).toBe(429);
      expect(cafe.json().error.message).toMatch(/^This account has had many wrong passwords lately.*wait 1 second and try again/);
      expect(wait(cafe)).toBe(1);
      tick(1);
      expect((await login(u.email, RIGHT, '198.51.100.7')).statusCode).toBe(200);
      // The owner's sign-ins clear only their own addresses' counts: the stranger's stays.
      expect((await loginFailures.addressFailuresSince(ctx().store.db, u.email, stranger, new Date(0))).count).toBe(5);
      expect((await login(u.email, WRONG, stranger)).statusCode).toBe(429);
    });

    it('the owner from a known good address gets in however many addresses are guessing', async () => {
      const u = await newClient(ctx().app, 'known');
      // A guesser with many addresses gets a few passwords checked, each costing it a wait.
      let checked = 0;
      for (let a = 1; a <= 12; a++) {
        const from = `192.0.2.${a}`;
        let res = await login(u.email, WRONG, from);
        if (res.statusCode === 429) {
          tick(wait(res));
          res = await login(u.email, WRONG, from);
        }
        expect(res.statusCode).toBe(401);
        checked++;
      }
      expect(checked).toBe(12);
      // The account-wide wait tops out at 30 s.
      const fresh = await login(u.email, WRONG, '192.0.2.200');
      expect(fresh.statusCode).toBe(429);
      expect(wait(fresh)).toBe(30);
      // Home is not held back at all.
      expect((await login(u.email, RIGHT, HOME)).statusCode).toBe(200);
    });

    it('an owner on a new address waits at most 30 s, and others guessing meanwhile cannot restart the wait', async () => {
      const u = await newClient(ctx().app, 'travelling');
      // Twenty wrong passwords from twenty addresses, with each address's waits served.
      for (let a = 1; a <= 20; a++) {
        const from = `100.64.0.${a}`;
        let res = await login(u.email, WRONG, from);
        if (res.statusCode === 429) {
          tick(wait(res));
          res = await login(u.email, WRONG, from);
        }
        expect(res.statusCode).toBe(401);
      }
      const phone = '2001:db8:1:2:aaaa::1';
      const first = await login(u.email, RIGHT, phone);
      expect(first.statusCode).toBe(429);
      expect(wait(first)).toBeLessThanOrEqual(30);
      // While the owner waits, the guesser keeps going from addresses it readied earlier.
      const readied = ['100.64.1.1', '100.64.1.2', '100.64.1.3', '100.64.1.4', '100.64.1.5'];
      for (const from of readied) expect((await login(u.email, WRONG, from)).statusCode).toBe(429);
      let left = wait(first);
      while (left > 0) {
        tick(1);
        left--;
        for (const from of readied) await login(u.email, WRONG, from);
      }
      // The owner's phone moved within its /64 meanwhile: still the same address to us.
      const back = await login(u.email, RIGHT, '2001:db8:1:2:bbbb::9');
      expect(back.statusCode).toBe(200);
    });

    it('repeated failures from one address get growing waits, up to 15 minutes, and the right password after the wait gets in', async () => {
      const u = await newClient(ctx().app, 'typist');
      for (let i = 0; i < 5; i++) expect((await login(u.email, WRONG, HOME)).statusCode).toBe(401);
      const waits = [];
      for (let i = 0; i < 12; i++) {
        const held = await login(u.email, WRONG, HOME);
        expect(held.statusCode).toBe(429);
        waits.push(wait(held));
        // Even the right password is not checked before the wait is over.
        if (i === 11) expect((await login(u.email, RIGHT, HOME)).statusCode).toBe(429);
        tick(wait(held) - 1);
        expect((await login(u.email, WRONG, HOME)).statusCode).toBe(429);
        tick(1);
        if (i < 11) expect((await login(u.email, WRONG, HOME)).statusCode).toBe(401);
      }
      expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
      expect((await login(u.email, RIGHT, HOME)).statusCode).toBe(200);
      // The right password clears this address's count: a typo now is just a typo.
      expect((await login(u.email, WRONG, HOME)).statusCode).toBe(401);
      expect((await login(u.email, RIGHT, HOME)).statusCode).toBe(200);
    });

    it('checks at most five guesses from one address when many arrive at once', async () => {
      const u = await newClient(ctx().app, 'burst');
      const from = '203.0.113.77';
      const burst = await Promise.all(Array.from({ length: 15 }, () => login(u.email, WRONG, from)));
      const codes = burst.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
      expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
      // The owner at home is not held back by the burst.
      expect((await login(u.email, RIGHT, HOME)).statusCode).toBe(200);
    });

    it('treats an email with no account the same way, so waits do not tell which emails exist', async () => {
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push((await login('nobody-here@example.org', WRONG, '203.0.113.9')).statusCode);
      expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it('forgets failures once they are an hour old (the hourly prune), and the stored rows carry the address', async () => {
      const { store } = ctx();
      const u = await newClient(ctx().app, 'pruned');
      const from = '203.0.113.200';
      for (let i = 0; i < 5; i++) await login(u.email, WRONG, from);
      expect((await login(u.email, WRONG, from)).statusCode).toBe(429);
      const mine = await loginFailures.addressFailuresSince(store.db, u.email, from, new Date(0));
      expect(mine.count).toBe(5);
      tick(3601);
      await pruneSignInThrottle(store.db, new Date(clock));
      expect((await loginFailures.addressFailuresSince(store.db, u.email, from, new Date(0))).count).toBe(0);
      expect((await login(u.email, WRONG, from)).statusCode).toBe(401);
      // Known addresses stay far longer than failures.
      expect(await loginFailures.isKnownAddress(store.db, u.email, HOME, new Date(0))).toBe(true);
    });
  });

  describe(`stronger password hashes on ${backend.name}`, () => {
    const stronger = { ...TEST_PASSWORD_COST, N: TEST_PASSWORD_COST.N * 2 };
    const ctx = useApp(backend, { passwordCost: stronger });

    it('rehashes a password stored at a lower cost on the next successful log-in, and never on a wrong one', async () => {
      const { app, store } = ctx();
      const weak = await hashPassword(RIGHT, TEST_PASSWORD_COST);
      const user = await users.createUser(store.db, { email: 'old-hash@example.org', passwordHash: weak, displayName: 'old' });
      const stored = async () => (await users.findUserByEmail(store.db, user.email))!.passwordHash;
      const login = (password: string) => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password } });

      expect((await login(WRONG)).statusCode).toBe(401);
      expect(await stored()).toBe(weak);
      expect((await login(RIGHT)).statusCode).toBe(200);
      const rehashed = await stored();
      expect(rehashed).toMatch(new RegExp(`^scrypt\\$${stronger.N}\\$8\\$1\\$`));
      expect((await login(RIGHT)).statusCode).toBe(200);
      expect(await stored()).toBe(rehashed);
      // A password changed meanwhile is not undone by a late upgrade of the old one.
      expect(await users.upgradePasswordHash(store.db, user.id, weak, 'scrypt$1$1$1$x$y')).toBe(false);
      expect(await stored()).toBe(rehashed);
    });
  });
}

describe('addressKey', () => {
  it('counts IPv4 as it is, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(addressKey('203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('::ffff:203.0.113.5')).toBe('203.0.113.5');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:0000:0000:0000:0001')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
