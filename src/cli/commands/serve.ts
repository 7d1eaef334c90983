import type { Command } from 'commander';
import { loadConfig, type ServerConfig } from '../../services/config.js';

/** Runs the HTTP server until a signal stops it; src/main.ts plugs in the API's, so the CLI never imports it. */
export type RunServer = (config: ServerConfig) => Promise<void>;

export function registerServeCommand(program: Command, runServer: RunServer): void {
  program
    .command('serve')
    .description('start the bladework server (embedded SQLite in ./data unless DATABASE_URL is a postgres:// URL)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('-H, --host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--data <dir>', 'data folder for the embedded database (env BLADEWORK_DATA, default ./data)')
    .action(async (o: { port?: string; host?: string; data?: string }) => {
      const flags: Partial<Record<'port' | 'host' | 'data', string>> = {};
      if (o.port !== undefined) flags.port = o.port;
      if (o.host !== undefined) flags.host = o.host;
      if (o.data !== undefined) flags.data = o.data;
      await runServer(loadConfig(process.env, flags));
    });
}
