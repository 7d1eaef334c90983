// Sends a CSV export to POST /api/v1/import with XMLHttpRequest rather than
// fetch: only XHR reports upload progress, which a file of a few MB on a phone
// connection needs. Failures become the same ApiError the rest of the app uses.
// Which exports the server reads comes from GET /api/v1/import/formats.
import { ApiError, request } from '../../api/client.js';
import type { CsvImportReport, Unit } from '../../api/types.js';
import type { ImportFormatInfo, ImportFormatList } from '../../../../src/contract/interop.js';

/** The answer's `report` (src/contract/interop.ts). */
export type ImportReport = CsvImportReport;
export type { ImportFormatInfo };

/** The exports the server reads, in the order to offer them: the app keeps no list of its own. */
export const getImportFormats = (signal?: AbortSignal) => request<ImportFormatList>('GET', '/import/formats', undefined, signal ? { signal } : {});

export interface UploadOptions {
  /** A format id from getImportFormats; omitted, the server tells the format from the header line. */
  format?: string;
  /** For files that do not name a unit. */
  unit: Unit;
  /** Bytes sent so far, of total (total 0 when the browser cannot tell). */
  onProgress: (sent: number, total: number) => void;
  /** Every byte is sent; the server is reading the file now. */
  onUploaded: () => void;
  signal?: AbortSignal;
}

function errorFrom(status: number, text: string): ApiError {
  try {
    const e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
    if (e?.code && e.message) return new ApiError(status, e.code, e.message);
  } catch {
    // Not our JSON (a proxy's page): fall through to a plain message.
  }
  if (status === 413) return new ApiError(status, 'payload_too_large', 'That file is too large to import (the limit is 50 MB).');
  return new ApiError(status, status >= 500 ? 'internal' : 'bad_request', `The server answered ${status}; try again in a moment.`);
}

export function uploadCsv(file: Blob, opts: UploadOptions): Promise<ImportReport> {
  const query = new URLSearchParams({ ...(opts.format ? { format: opts.format } : {}), unit: opts.unit });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/import?${query}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => opts.onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    xhr.upload.onload = () => opts.onUploaded();
    xhr.onerror = () => reject(new ApiError(0, 'offline', 'No connection to the server right now.'));
    xhr.onabort = () => reject(new DOMException('The upload was stopped.', 'AbortError'));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((JSON.parse(xhr.responseText) as { report: ImportReport }).report);
        } catch {
          reject(new ApiError(xhr.status, 'internal', 'The server’s answer could not be read; try again.'));
        }
      } else reject(errorFrom(xhr.status, xhr.responseText));
    };
    // Only while the request runs: a signal that outlives it must not keep this XHR.
    const abort = () => xhr.abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    xhr.onloadend = () => opts.signal?.removeEventListener('abort', abort);
    xhr.send(file);
  });
}
