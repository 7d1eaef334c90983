// The `bladework` command as installed: the CLI with the HTTP server plugged
// in. The one place that sees both, so the CLI itself never imports src/api.
import { runUntilSignalled } from './api/server.js';
import { main as cli } from './cli/main.js';

export function main(argv: string[]): Promise<number> {
  return cli(argv, { runServer: runUntilSignalled });
}
