// One HTTP/1.1 connection held by hand: the test says exactly what is on the
// wire and when (half a body now, the rest later), and sees whether the server
// keeps the connection or closes it.
import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export class RawConnection {
  private buffered = Buffer.alloc(0);
  private waiting: (() => void) | null = null;
  /** Resolves once the server has closed (or reset) the connection. */
  readonly closed: Promise<void>;
  private isClosed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, d]);
      this.wake();
    });
    // A reset after the answer is one way of closing: the test looks at what came before it.
    socket.on('error', () => {});
    this.closed = new Promise((res) =>
      socket.once('close', () => {
        this.isClosed = true;
        this.wake();
        res();
      }),
    );
  }

  static open(url: string): Promise<RawConnection> {
    const { hostname, port } = new URL(url);
    return new Promise((res, rej) => {
      const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port) });
      socket.once('connect', () => {
        socket.removeListener('error', rej);
        res(new RawConnection(socket));
      });
      socket.once('error', rej);
    });
  }

  get isOpen(): boolean {
    return !this.isClosed;
  }

  write(data: string | Buffer): Promise<void> {
    return new Promise((res, rej) => this.socket.write(data, (err) => (err ? rej(err) : res())));
  }

  private wake() {
    const w = this.waiting;
    this.waiting = null;
    w?.();
  }

  private async more(): Promise<void> {
    if (this.isClosed) throw new Error(`connection closed before a whole answer; had: ${JSON.stringify(this.buffered.toString('latin1').slice(0, 300))}`);
    await new Promise<void>((res) => (this.waiting = res));
  }

  /** The next whole answer (Content-Length framed) on this connection. */
  async response(): Promise<RawResponse> {
    let end: number;
    while ((end = this.buffered.indexOf('\r\n\r\n')) < 0) await this.more();
    const [statusLine, ...lines] = this.buffered.subarray(0, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    while (this.buffered.length < end + 4 + length) await this.more();
    const body = this.buffered.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffered = this.buffered.subarray(end + 4 + length);
    return { status: Number(statusLine!.split(' ')[1]), headers, body };
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** A request's head as it goes on the wire, keep-alive unless told otherwise. */
export function head(method: string, path: string, headers: Record<string, string | number> = {}): string {
  const all: Record<string, string | number> = { host: 'localhost', connection: 'keep-alive', ...headers };
  return `${method} ${path} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/**
 * `promise`, or a clear failure once `ms` have passed: a bound on a broken
 * build (which would hang for the 72 s keep-alive timeout), far above what a
 * working one takes, so a test never waits past its own end. Leaves no timer.
 */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`${what}: not within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
