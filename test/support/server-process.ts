// Runs the real `bladework serve` in a child process, as a user would, and
// reads the URL from its first line of output. Needs the build (npm test builds).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/bladework.js');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  output: string[];
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(resolve(ROOT, 'dist/src/cli/main.js'))) throw new Error('run `npm run build` first (npm test does)');
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start: ${output.join('')}`)), 20_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      res(line.trim());
    });
    void exited.then((code) => rej(new Error(`server exited with ${code}: ${output.join('')}`)));
  });
  lines.on('line', (l) => output.push(l));
  return { url, child, exited, output };
}

export async function stopServerProcess(p: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  return p.exited;
}
