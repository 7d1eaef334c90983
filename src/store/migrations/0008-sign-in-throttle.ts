// Sign-in throttling by account *and* address, so a stranger cannot lock an
// owner out (see src/services/sign-in-throttle.ts):
// - login_failures gains the address each wrong password came from. Rows from
//   before have the empty address, which no client has.
// - sign_in_known_addresses: where each account has signed in before; such an
//   address is not held back by other addresses' failures.
// - sign_in_waits: when an address was first told to wait because the account
//   as a whole has had many failures lately; once that short wait is over the
//   address's next attempt is checked.
import { atomically, type AnyDb } from './helpers.js';

export async function up(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.alterTable('login_failures').addColumn('address', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.createIndex('login_failures_email_address_at').on('login_failures').columns(['email', 'address', 'at']).execute();

    await db.schema
      .createTable('sign_in_known_addresses')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('signed_in_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_known_addresses_pk', ['email', 'address'])
      .execute();
    await db.schema.createIndex('sign_in_known_addresses_signed_in_at').on('sign_in_known_addresses').column('signed_in_at').execute();

    await db.schema
      .createTable('sign_in_waits')
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('since', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_waits_pk', ['email', 'address'])
      .execute();
    await db.schema.createIndex('sign_in_waits_since').on('sign_in_waits').column('since').execute();
  });
}

export async function down(db: AnyDb): Promise<void> {
  await atomically(db, async (db) => {
    await db.schema.dropTable('sign_in_waits').execute();
    await db.schema.dropTable('sign_in_known_addresses').execute();
    await db.schema.dropIndex('login_failures_email_address_at').execute();
    await db.schema.alterTable('login_failures').dropColumn('address').execute();
  });
}
