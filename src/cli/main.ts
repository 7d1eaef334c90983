// The `bladework` command: a thin shell over the engine. Errors the user can fix
// print one line naming what is wrong and exit 1.
import { Command, CommanderError } from 'commander';
import { registerBackupCommand } from './commands/backup.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerNextCommand } from './commands/next.js';
import { registerPlanCommand } from './commands/plan.js';
import { registerServeCommand } from './commands/serve.js';
import { registerTodayCommand } from './commands/today.js';
import { registerUserCommand } from './commands/user.js';
import { CliError } from './errors.js';

const USER_ERRORS = new Set(['CliError', 'ConfigError', 'PlanInputError', 'SessionInputError', 'RangeError', 'ImportFormatError']);

export function buildProgram(): Command {
  const program = new Command('bladework')
    .description('Post-exhaustion scapular training: a compound lift stopped 2-3 reps short of failure, then at once a shoulder-blade shrug to failure.')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerPlanCommand(program);
  registerTodayCommand(program);
  registerNextCommand(program);
  registerServeCommand(program);
  registerUserCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerBackupCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // commander already printed it (or the help)
    if (e instanceof CliError || (e instanceof Error && USER_ERRORS.has(e.name))) {
      process.stderr.write(`bladework: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`bladework: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
