// Group commit on the embedded database: writes sent together share one
// commit, none is answered before it, and one write's failure is its own.
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { users, type Db, type Store } from '../../src/store/index.js';
import { backends, useMigratedStore } from '../support/backends.js';

const sqliteOnly = backends.filter((b) => b.name === 'sqlite');

/** Users committed, as another connection (another process) sees them. */
function committedEmails(store: Store): () => string[] {
  if (store.kind !== 'sqlite') throw new Error('group commit is SQLite’s');
  const other = new SqliteDatabase(store.sqlite.name, { readonly: true });
  const query = other.prepare('select email from users order by email').pluck();
  return () => query.all() as string[];
}

const addUser = (db: Db, name: string) => users.createUser(db, { email: `${name}@example.org`, passwordHash: 'x', displayName: name });

for (const backend of sqliteOnly) {
  describe(`group commit on ${backend.name}`, () => {
    const ctx = useMigratedStore(backend);

    it('commits writes sent together in one transaction, and answers none before it', async () => {
      const store = ctx();
      const committed = committedEmails(store);
      const seenBefore: string[][] = [];
      const names = Array.from({ length: 10 }, (_, i) => `together-${i}`);
      const answered = await Promise.all(
        names.map((name) =>
          store.write(async (trx) => {
            const user = await addUser(trx, name);
            // Had the writes before this one been committed on their own, another connection would see them now.
            seenBefore.push(committed().filter((e) => e.startsWith('together-')));
            return user.email;
          }),
        ),
      );
      expect(seenBefore).toEqual(names.map(() => []));
      expect(answered).toEqual(names.map((n) => `${n}@example.org`));
      expect(committed().filter((e) => e.startsWith('together-'))).toEqual(answered.sort());
    });

    it('undoes a failing write alone: the others in its group are kept', async () => {
      const store = ctx();
      const committed = committedEmails(store);
      const outcomes = await Promise.allSettled(
        ['alone-0', 'alone-1', 'alone-2', 'alone-3'].map((name) =>
          store.write(async (trx) => {
            await addUser(trx, name);
            if (name === 'alone-2') throw new Error('the lifter’s round does not fit');
            return name;
          }),
        ),
      );
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[2] as PromiseRejectedResult).reason.message).toBe('the lifter’s round does not fit');
      expect(committed().filter((e) => e.startsWith('alone-'))).toEqual(['alone-0@example.org', 'alone-1@example.org', 'alone-3@example.org']);
    });

    it('runs a group again, each write on its own, only after one of its writes failed; a lone write runs once', async () => {
      const store = ctx();
      const committed = committedEmails(store);
      const runs = new Map<string, number>();
      const write = (name: string, fail = false) =>
        store.write(async (trx) => {
          runs.set(name, (runs.get(name) ?? 0) + 1);
          await addUser(trx, name);
          if (fail) throw new Error(`${name} refused`);
          return name;
        });
      // All succeed: one run each, no second pass.
      await Promise.all(['ok-0', 'ok-1', 'ok-2'].map((n) => write(n)));
      expect([...runs.values()]).toEqual([1, 1, 1]);
      // A lone write that fails is undone by rolling its transaction back: it is not run again.
      await expect(write('lone', true)).rejects.toThrow('lone refused');
      expect(runs.get('lone')).toBe(1);
      // One failure in a group of three: the first pass stops there and is rolled back,
      // then all three run under savepoints; the failing write's work is kept nowhere.
      runs.clear();
      const outcomes = await Promise.allSettled([write('grp-0'), write('grp-1', true), write('grp-2')]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(Object.fromEntries(runs)).toEqual({ 'grp-0': 2, 'grp-1': 2, 'grp-2': 1 });
      expect(committed().filter((e) => /^(ok|lone|grp)-?/.test(e))).toEqual(['grp-0@example.org', 'grp-2@example.org', 'ok-0@example.org', 'ok-1@example.org', 'ok-2@example.org']);
    });

    it('answers every write of a group with the error when its commit fails, and keeps none', async () => {
      const store = ctx();
      const committed = committedEmails(store);
      const outcomes = await Promise.allSettled([
        store.write((trx) => addUser(trx, 'doomed-0')),
        store.write(async (trx) => {
          // A deferred foreign key is checked only at COMMIT, so the whole group's commit fails.
          await sql`pragma defer_foreign_keys = on`.execute(trx);
          await trx.insertInto('profiles').values({ user_id: 'nobody', document: '{}', updated_at: new Date().toISOString() }).execute();
        }),
        store.write((trx) => addUser(trx, 'doomed-2')),
        store.write(async () => {
          throw new Error('this round was refused on its own');
        }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
      expect(String((outcomes[2] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
      // A write refused on its own keeps its own answer (a 409 stays a 409).
      expect((outcomes[3] as PromiseRejectedResult).reason.message).toBe('this round was refused on its own');
      expect(committed().filter((e) => e.startsWith('doomed-'))).toEqual([]);
      // The store goes on: the next write commits.
      await store.write((trx) => addUser(trx, 'after-doomed'));
      expect(committed()).toContain('after-doomed@example.org');
    });

    it('holds the write lock from its first read, so another process committing meanwhile fails none of the group', async () => {
      const store = ctx();
      if (store.kind !== 'sqlite') throw new Error('group commit is SQLite’s');
      // Another process (a CLI import), refusing to wait for the lock.
      const other = new SqliteDatabase(store.sqlite.name, { timeout: 0 });
      let outsider: unknown = 'not tried';
      const outcomes = await Promise.allSettled(
        ['locked-0', 'locked-1', 'locked-2'].map((name, i) =>
          store.write(async (trx) => {
            await trx.selectFrom('users').select('id').execute(); // a read first, as logCombo's lookups are
            if (i === 0) {
              try {
                other.prepare("insert into users (id, email, password_hash, display_name, created_at) values ('outsider', 'outsider@example.org', 'x', 'x', '2026-01-01')").run();
                outsider = 'committed';
              } catch (err) {
                outsider = (err as { code?: string }).code;
              }
            }
            return addUser(trx, name);
          }),
        ),
      );
      other.close();
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(outsider).toBe('SQLITE_BUSY');
    });

    it('commits a write sent while a group is committing in the next group', async () => {
      const store = ctx();
      const committed = committedEmails(store);
      let late: Promise<unknown> | undefined;
      await store.write(async (trx) => {
        await addUser(trx, 'first');
        late = store.write((t) => addUser(t, 'late'));
      });
      expect(committed()).toContain('first@example.org');
      await late;
      expect(committed()).toContain('late@example.org');
    });
  });
}
