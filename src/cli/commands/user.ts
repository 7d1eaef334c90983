// Accounts made from the server's shell: the first account on a fresh server,
// or one for a lifter who cannot use the sign-up page.
import type { Command } from 'commander';
import { email, newPassword } from '../../contract/account.js';
import { hashPassword } from '../../services/passwords.js';
import { ConflictError, users } from '../../store/index.js';
import { CliError } from '../errors.js';
import { DATA_OPTION, withStore, type DataFlags } from '../with-store.js';

interface UserAddOptions extends DataFlags {
  password?: string;
  passwordStdin?: boolean;
  name?: string;
}

/** The first line of stdin, so `echo pw | bladework user add …` and a typed line both work. */
async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage the accounts of this server');
  user
    .command('add')
    .description('create an account (the password is hashed; it is never stored as typed)')
    .argument('<email>', 'the email the lifter logs in with')
    .option('--password-stdin', 'read the password from the first line of standard input (keeps it out of shell history)')
    .option('--password <password>', 'the password (visible in shell history and process lists; prefer --password-stdin)')
    .option('--name <name>', 'display name (default: the part of the email before @)')
    .option(...DATA_OPTION)
    .action(async (address: string, o: UserAddOptions) => {
      if (!email.safeParse(address).success) throw new CliError(`"${address}" is not an email address`);
      if (o.password !== undefined && o.passwordStdin) throw new CliError('give the password one way: --password-stdin or --password, not both');
      if (o.password === undefined && !o.passwordStdin) throw new CliError('give a password with --password-stdin (or --password)');
      const password = o.passwordStdin ? await readStdinLine() : o.password!;
      // The sign-up page's rule and words.
      const checked = newPassword.safeParse(password);
      if (!checked.success) throw new CliError(`the password ${checked.error.issues[0]!.message}`);
      const displayName = (o.name ?? address.split('@')[0]!).trim();
      if (displayName === '' || displayName.length > 80) throw new CliError('--name must be 1 to 80 characters');
      const passwordHash = await hashPassword(password);
      await withStore(o, async (store) => {
        try {
          const created = await users.createUser(store.db, { email: address, passwordHash, displayName });
          console.log(`Created the account ${created.email} (${created.displayName}), id ${created.id}.`);
        } catch (e) {
          if (e instanceof ConflictError) throw new CliError(`an account with the email ${address} already exists`);
          throw e;
        }
      });
    });
}
