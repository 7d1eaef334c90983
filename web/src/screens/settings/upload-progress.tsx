// The import's progress: a bar with the percentage while the file goes up,
// then a moving bar while the server reads it. Screen readers hear each phase
// once (a polite status), not every percent.
import { useId } from 'preact/hooks';
import type { ImportReport } from './upload-csv.js';

export type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; sent: number; total: number }
  | { kind: 'processing' }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string };

const STATUS: Partial<Record<Phase['kind'], string>> = {
  uploading: 'Uploading the file…',
  processing: 'Uploaded. Reading the rows and saving your sessions…',
  done: 'Import finished.',
  failed: 'The file was not imported.',
};

export function UploadProgress({ phase }: { phase: Phase }) {
  const id = useId();
  const pct = phase.kind === 'uploading' && phase.total > 0 ? Math.min(100, Math.round((phase.sent / phase.total) * 100)) : null;
  return (
    <div class="upload">
      <p class="visually-hidden" role="status">
        {STATUS[phase.kind] ?? ''}
      </p>
      {phase.kind === 'uploading' && (
        <div class="upload-bar">
          <label for={id}>Upload progress</label>
          {pct === null ? <progress id={id} /> : <progress id={id} max={100} value={pct} />}
          <span class="upload-pct" aria-hidden="true">
            {pct === null ? '…' : `${pct}%`}
          </span>
        </div>
      )}
      {phase.kind === 'processing' && (
        <div class="upload-bar">
          <label for={id}>Processing the file</label>
          <progress id={id} />
          <span class="upload-pct">Processing…</span>
        </div>
      )}
    </div>
  );
}
