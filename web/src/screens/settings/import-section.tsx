// Bringing training in from another app (Strong, Hevy, FitNotes…: the server
// says which): pick the CSV export, watch it upload, then read what was
// imported and what was skipped. The phone's copy of the log is refreshed
// after, so Today's progression, History and Progress include the imported sessions.
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import type { Unit } from '../../api/types.js';
import { useServices } from '../../services.js';
import { UnitPicker } from '../../ui/choices.js';
import { Field } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { ImportReportView } from './import-report.js';
import { UploadProgress, type Phase } from './upload-progress.js';
import { getImportFormats, uploadCsv, type ImportFormatInfo } from './upload-csv.js';

const LIMIT = 50 * 1024 * 1024;

function checkFile(file: File | null): string | undefined {
  if (!file) return 'Choose the CSV file to import.';
  if (file.size === 0) return 'This file is empty.';
  if (file.size > LIMIT) return 'This file is larger than 50 MB, the most we take at once.';
  return undefined;
}

/** "Strong, Hevy or FitNotes"; "another app" until the server has said. */
function appList(formats: ImportFormatInfo[]): string {
  const apps = [...new Set(formats.map((f) => f.app))];
  return apps.length < 2 ? (apps[0] ?? 'another app') : `${apps.slice(0, -1).join(', ')} or ${apps.at(-1)}`;
}

export function ImportSection({ unit: profileUnit }: { unit: Unit }) {
  const { data } = useServices();
  const [file, setFile] = useState<File | null>(null);
  const [formats, setFormats] = useState<ImportFormatInfo[]>([]);
  const [format, setFormat] = useState('');
  const [unit, setUnit] = useState<Unit>(profileUnit);
  const [fileError, setFileError] = useState<string | undefined>();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  // The profile may arrive after the screen: follow it until the lifter picks.
  useEffect(() => setUnit(profileUnit), [profileUnit]);
  // Without them (offline) only "Tell from the file" is offered; importing needs the server anyway.
  useEffect(() => {
    const stop = new AbortController();
    getImportFormats(stop.signal).then(
      (answer) => setFormats(answer.formats),
      () => {},
    );
    return () => stop.abort();
  }, []);

  const start = async (e: Event) => {
    e.preventDefault();
    const problem = checkFile(file);
    setFileError(problem);
    if (problem || !file) return;
    setPhase({ kind: 'uploading', sent: 0, total: file.size });
    try {
      const report = await uploadCsv(file, {
        ...(format ? { format } : {}),
        unit,
        onProgress: (sent, total) => setPhase({ kind: 'uploading', sent, total }),
        onUploaded: () => setPhase({ kind: 'processing' }),
      });
      setPhase({ kind: 'done', report });
      if (report.sessionsInserted > 0) void data.refresh();
    } catch (err) {
      const message = err instanceof ApiError && !err.offline ? err.message : 'No connection right now: importing needs the internet. Try again when you are back online.';
      setPhase({ kind: 'failed', message });
    }
  };

  const busy = phase.kind === 'uploading' || phase.kind === 'processing';
  return (
    <section class="section" aria-labelledby="import-h">
      <h2 id="import-h">Import training</h2>
      <form class="card" onSubmit={(e) => void start(e)} noValidate>
        <p class="muted">Bring your past sessions from {appList(formats)}: export them there as CSV, then pick the file here. Importing the same file again adds nothing twice.</p>
        <Field label="CSV file" error={fileError}>
          {(ids) => (
            <input
              {...ids}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setFileError(undefined);
              }}
            />
          )}
        </Field>
        <Field label="Which app made it">
          {(ids) => (
            <select {...ids} value={format} disabled={busy} onChange={(e) => setFormat(e.currentTarget.value)}>
              <option value="">Tell from the file</option>
              {formats.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <UnitPicker
          legend="Unit for files that do not say"
          value={unit}
          onChange={setUnit}
        />
        <UploadProgress phase={phase} />
        {phase.kind === 'failed' && (
          <Notice tone="danger" title="This file was not imported">
            <p>{phase.message}</p>
          </Notice>
        )}
        {phase.kind === 'done' && <ImportReportView report={phase.report} />}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
    </section>
  );
}
