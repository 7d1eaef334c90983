// Moves SQLite's WAL checkpoints off the thread that answers requests. By
// default the commit that takes the WAL past 1,000 pages copies them into the
// database file (and syncs both) before it returns, so every so often one
// lifter's logged round waits for everyone's pages: two thirds of what a
// group's commit cost here (80 against 29 µs a round without it). A worker
// thread with its own connection checkpoints instead; in WAL mode that runs
// beside the writer and its readers without blocking either
// (https://www.sqlite.org/wal.html#ckpt, "PASSIVE"), on the other core.
//
// The writer checkpoints nothing itself. Its automatic checkpoint would run
// inside a COMMIT on this thread, and after a 50 MB import that meant copying
// the import's whole WAL while every other lifter waited (1.9 s). Should the
// worker fail, the writer takes its automatic checkpoint back (onFailure), so
// the WAL still cannot grow without end.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** SQLite's own default: what the writer goes back to should the worker fail. */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 1000;

/** Write statements between two asks of the worker: about 50 logged rounds. */
export const WRITES_PER_CHECKPOINT = 256;

// Plain CommonJS run by the worker: no build step, so it loads the same under
// the compiled server and under the test runner's TypeScript.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const checkpoint = db.prepare('pragma wal_checkpoint(PASSIVE)');
parentPort.on('message', (m) => {
  if (m === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let result;
  try {
    result = checkpoint.get();
  } catch (err) {
    result = { error: String(err && err.message || err) };
  }
  parentPort.postMessage(result);
});
`;

export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
  error?: string;
}

/**
 * Counts the writer's write statements and asks the worker for a checkpoint
 * every `every` of them; one at a time, asks coalescing while one runs. The
 * worker starts on the first ask, so a store that writes little (a CLI
 * command, most tests) never starts a thread.
 */
export class Checkpointer {
  #worker: Worker | undefined;
  #running = false;
  #writes = 0;
  #closed = false;
  #failed = false;
  #onDone: ((r: CheckpointResult) => void)[] = [];

  constructor(
    private readonly file: string,
    private readonly every = WRITES_PER_CHECKPOINT,
    /** Told once if the worker cannot run: the writer then checkpoints itself again. */
    private readonly onFailure: () => void = () => {},
  ) {}

  /** Whether the worker is checkpointing now. */
  get running(): boolean {
    return this.#running;
  }

  /** Called before each write statement of the writer. */
  wrote(): void {
    if (++this.#writes >= this.every && !this.#running && !this.#closed && !this.#failed) this.checkpoint();
  }

  /** Asks for a checkpoint now; resolves with SQLite's answer (for tests and the bench). */
  checkpoint(): Promise<CheckpointResult> {
    const done = new Promise<CheckpointResult>((resolve) => this.#onDone.push(resolve));
    if (this.#closed || this.#failed) {
      this.#settle({ busy: 0, log: 0, checkpointed: 0, error: this.#closed ? 'the store is closed' : 'the checkpoint worker stopped' });
      return done;
    }
    if (!this.#running) {
      this.#running = true;
      this.#writes = 0;
      this.#start().postMessage('checkpoint');
    }
    return done;
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: this.file, driver } });
    worker.on('message', (r: CheckpointResult) => {
      this.#running = false;
      this.#settle(r);
      // Writes that came while it ran (an import's, say) may want another.
      if (this.#writes >= this.every && !this.#closed) this.checkpoint();
    });
    // A worker that fails (it could not open the file, or load the driver)
    // hands checkpoints back to the writer for good.
    worker.on('error', () => {
      this.#running = false;
      this.#worker = undefined;
      if (!this.#failed) {
        this.#failed = true;
        this.onFailure();
      }
      this.#settle({ busy: 0, log: 0, checkpointed: 0, error: 'the checkpoint worker stopped' });
    });
    // Never what keeps the process alive: the server's socket or the CLI's work does that.
    worker.unref();
    this.#worker = worker;
    return worker;
  }

  #settle(r: CheckpointResult): void {
    const waiting = this.#onDone;
    this.#onDone = [];
    for (const resolve of waiting) resolve(r);
  }

  /** Stops the worker, after a checkpoint it is running; before the writer closes. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref(); // a close being awaited keeps the process until the worker is gone
    worker.postMessage('close');
    await exited;
    this.#settle({ busy: 0, log: 0, checkpointed: 0, error: 'the store is closed' });
  }
}
