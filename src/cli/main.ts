// The `bladework` command: a thin shell over the engine. Errors the user can fix
// print one line naming what is wrong and exit 1.
import { Command, CommanderError } from 'commander';
import { PlanInputError } from '../engine/program/validate.js';
import { SessionInputError } from '../engine/session.js';
import { registerBackupCommand } from './commands/backup.js';
import { registerBlockCommand } from './commands/block.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerLandmineCommand } from './commands/landmine.js';
import { registerNextCommand } from './commands/next.js';
import { registerPlanCommand } from './commands/plan.js';
import { registerServeCommand, type RunServer } from './commands/serve.js';
import { registerTodayCommand } from './commands/today.js';
import { registerUserCommand } from './commands/user.js';
import { planInputMessage, sessionInputMessage } from './engine-errors.js';
import { CliError } from './errors.js';

const USER_ERRORS = new Set(['CliError', 'ConfigError', 'PlanInputError', 'SessionInputError', 'RangeError', 'ImportFormatError']);

/** Commander's "error: unknown option '--x'\n(Did you mean --y?)" as one line. */
function oneLine(str: string): string {
  return str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
}

function userMessage(e: Error): string {
  if (e instanceof PlanInputError) return planInputMessage(e);
  if (e instanceof SessionInputError) return sessionInputMessage(e);
  return e.message;
}

export interface CliDeps {
  /** What `bladework serve` starts. */
  runServer: RunServer;
}

const NO_SERVER: CliDeps = {
  runServer: () => Promise.reject(new Error('this build of the command has no server')),
};

export function buildProgram(deps: CliDeps = NO_SERVER): Command {
  const program = new Command('bladework')
    .description('Post-exhaustion scapular training: a compound lift stopped 2-3 reps short of failure, then at once a shoulder-blade shrug to failure.')
    // One line per mistake, as for our own errors; help itself still prints in full.
    .configureOutput({ outputError: (str, write) => write(`bladework: ${oneLine(str)} (add --help for usage)\n`) })
    .exitOverride();
  registerPlanCommand(program);
  registerTodayCommand(program);
  registerNextCommand(program);
  registerBlockCommand(program);
  registerServeCommand(program, deps.runServer);
  registerUserCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerBackupCommand(program);
  registerLandmineCommand(program);
  return program;
}

export async function main(argv: string[], deps: CliDeps = NO_SERVER): Promise<number> {
  try {
    await buildProgram(deps).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode; // commander already printed it (or the help): 0 for help, 1 for a mistake
    if (e instanceof CliError || (e instanceof Error && USER_ERRORS.has(e.name))) {
      process.stderr.write(`bladework: ${userMessage(e)}\n`);
      return 1;
    }
    process.stderr.write(`bladework: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}
