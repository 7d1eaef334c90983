// An uploaded file kept on disk until it is imported. The import reads it
// inside one transaction; reading it straight from the socket would hold that
// transaction (and SQLite's write lock) for as long as a slow phone takes to
// send it. On disk it is read at the disk's pace, and memory holds none of it.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Spooled {
  path: string;
  bytes: number;
  remove(): Promise<void>;
}

/** Writes `chunks` to a private temporary file; on any failure nothing is left behind. */
export async function spool(chunks: AsyncIterable<Buffer>): Promise<Spooled> {
  const dir = await mkdtemp(join(tmpdir(), 'bladework-upload-'));
  const path = join(dir, 'upload');
  const remove = () => rm(dir, { recursive: true, force: true });
  let bytes = 0;
  try {
    await pipeline(
      Readable.from(chunks),
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          bytes += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(path, { mode: 0o600 }),
    );
  } catch (err) {
    await remove();
    throw err;
  }
  return { path, bytes, remove };
}
