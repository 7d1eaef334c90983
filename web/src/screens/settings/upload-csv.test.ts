// The upload's abort signal holds on to the request only while it runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uploadCsv } from './upload-csv.js';

class FakeXhr {
  static last: FakeXhr;
  aborts = 0;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload = {};
  onload?: () => void;
  onabort?: () => void;
  onloadend?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open() {}
  setRequestHeader() {}
  send() {}
  abort() {
    this.aborts++;
    this.onabort?.();
    this.onloadend?.();
  }
  respond(status: number, json: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(json);
    this.onload?.();
    this.onloadend?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

const options = (signal: AbortSignal) => ({ unit: 'kg' as const, onProgress: () => {}, onUploaded: () => {}, signal });

describe('uploadCsv and its abort signal', () => {
  it('stops the upload when the signal fires while it runs', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const stop = new AbortController();
    const upload = uploadCsv(new Blob(['a,b\n']), options(stop.signal));
    stop.abort();
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeXhr.last.aborts).toBe(1);
  });

  it('lets go of the request once it is answered', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const stop = new AbortController();
    const upload = uploadCsv(new Blob(['a,b\n']), options(stop.signal));
    FakeXhr.last.respond(200, { report: { rowsImported: 1 } });
    await expect(upload).resolves.toEqual({ rowsImported: 1 });
    stop.abort();
    expect(FakeXhr.last.aborts).toBe(0);
  });
});
