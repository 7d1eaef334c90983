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
  /** Resolves with the first line of output (already printed or still to come) that `match` accepts. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(resolve(ROOT, 'dist/src/cli/main.js'))) throw new Error('run `npm run build` first (npm test does)');
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const watchers = new Set<(line: string) => void>();
  const heard = (line: string) => {
    output.push(line);
    for (const w of watchers) w(line);
  };
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  child.stderr!.on('data', (d: Buffer) => heard(d.toString()));
  const lines = createInterface({ input: child.stdout! });
  let timer: NodeJS.Timeout | undefined;
  try {
    const url = await new Promise<string>((res, rej) => {
      timer = setTimeout(() => rej(new Error(`server did not start: ${output.join('')}`)), 20_000);
      lines.once('line', (line) => res(line.trim()));
      void exited.then((code) => rej(new Error(`server exited with ${code}: ${output.join('')}`)));
    });
    lines.on('line', heard);
    const waitForLine = (match: (line: string) => boolean, timeoutMs = 20_000) =>
      new Promise<string>((res, rej) => {
        const seen = output.find(match);
        if (seen !== undefined) return res(seen);
        const done = () => {
          clearTimeout(giveUp);
          watchers.delete(watch);
        };
        const watch = (line: string) => {
          if (!match(line)) return;
          done();
          res(line);
        };
        const giveUp = setTimeout(() => {
          done();
          rej(new Error(`no such line from the server within ${timeoutMs} ms: ${output.join('\n')}`));
        }, timeoutMs);
        watchers.add(watch);
      });
    return { url, child, exited, output, waitForLine };
  } catch (err) {
    // A server that did not start must not outlive the test that asked for it.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

export async function stopServerProcess(p: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  return p.exited;
}
