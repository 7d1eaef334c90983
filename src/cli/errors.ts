/** A problem with what the user typed or gave us: printed as one line, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
