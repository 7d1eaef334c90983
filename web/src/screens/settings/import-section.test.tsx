// @vitest-environment happy-dom
// Importing a CSV from Settings: the file goes up with a real progress bar,
// "processing" follows, then the report; the phone's copy of the log is
// refreshed; a refused file shows the server's reason. XHR is faked so the
// test drives each progress event itself; fetch answers GET /import/formats.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesContext, type Services } from '../../services.js';
import { ImportSection } from './import-section.js';
import type { ImportReport } from './upload-csv.js';

class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress?: (e: { loaded: number; total: number; lengthComputable: boolean }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, json: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(json);
    this.onload?.();
  }
}

const REPORT: ImportReport = {
  format: 'strong',
  formatLabel: 'Strong (unit in the weight column’s name)',
  rowsRead: 14,
  rowsImported: 12,
  restsKept: 0,
  skipped: Array.from({ length: 12 }, (_, i) => ({ row: i + 2, reason: `Reason ${i + 1}` })),
  skippedCount: 25,
  sessions: 2,
  sessionsInserted: 2,
  sessionsAlreadyThere: 0,
  customExercises: ['Cable fly'],
  customExercisesCreated: 1,
};

const FORMATS = {
  formats: [
    { id: 'strong', app: 'Strong', label: 'Strong (unit in the weight column’s name)' },
    { id: 'hevy', app: 'Hevy', label: 'Hevy' },
    { id: 'fitnotes', app: 'FitNotes', label: 'FitNotes' },
  ],
};
const fetchFormats = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(FORMATS), { status: 200, headers: { 'content-type': 'application/json' } }));

const refresh = vi.fn(async () => {});
const services = { data: { refresh } } as unknown as Services;

beforeEach(() => {
  FakeXhr.last = null;
  refresh.mockClear();
  fetchFormats.mockClear();
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('fetch', fetchFormats);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Renders the section and waits for the server's list of formats. */
async function pickAndImport(format?: string) {
  render(
    <ServicesContext.Provider value={services}>
      <ImportSection unit="lb" />
    </ServicesContext.Provider>,
  );
  await screen.findByRole('option', { name: 'FitNotes' });
  const file = new File(['Date;Workout Name\n'.repeat(50)], 'strong.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
  if (format) fireEvent.change(screen.getByLabelText('Which app made it'), { target: { value: format } });
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  return { file, xhr: FakeXhr.last! };
}

describe('import from Settings', () => {
  it('offers the formats the server reads, names their apps, and asks for that list once', async () => {
    await pickAndImport();
    expect(fetchFormats).toHaveBeenCalledTimes(1);
    expect(fetchFormats.mock.calls[0]![0]).toBe('/api/v1/import/formats');
    const options = (screen.getByLabelText('Which app made it') as HTMLSelectElement).options;
    expect([...options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Tell from the file'],
      ['strong', 'Strong (unit in the weight column’s name)'],
      ['hevy', 'Hevy'],
      ['fitnotes', 'FitNotes'],
    ]);
    expect(screen.getByText(/Bring your past sessions from/).textContent).toContain('from Strong, Hevy or FitNotes:');
  });

  it('uploads the file as text/csv with the chosen format and unit', async () => {
    const { file, xhr } = await pickAndImport('hevy');
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/import?format=hevy&unit=lb');
    expect(xhr.headers['content-type']).toBe('text/csv');
    expect(xhr.body).toBe(file);
  });

  it('leaves the format to the server when asked to tell it from the file', async () => {
    const { xhr } = await pickAndImport();
    expect(xhr.url).toBe('/api/v1/import?unit=lb');
  });

  it('shows upload progress, then processing, then the report, and refreshes the phone’s copy', async () => {
    const { xhr } = await pickAndImport();
    act(() => xhr.upload.onprogress?.({ loaded: 450, total: 1000, lengthComputable: true }));
    const bar = screen.getByRole('progressbar', { name: 'Upload progress' });
    expect(bar.getAttribute('value')).toBe('45');
    expect(screen.getByText('45%')).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(true);

    act(() => xhr.upload.onload?.());
    expect(screen.queryByRole('progressbar', { name: 'Upload progress' })).toBeNull();
    expect(screen.getByText('Processing…')).toBeTruthy();

    await act(async () => xhr.respond(200, { report: REPORT }));
    expect(screen.getByRole('heading', { name: 'Import finished' })).toBeTruthy();
    expect(screen.getByText(/Read as an export from/).textContent).toBe('Read as an export from Strong (unit in the weight column’s name).');
    expect(screen.getByText(/of 14 rows imported/).textContent).toBe('12 of 14 rows imported');
    expect(screen.getByText(/added to your history/).textContent).toBe('2 sessions added to your history');
    expect(screen.getByText(/kept as your own/).textContent).toContain('Cable fly');
    // The first 10 skipped rows, and a count of the rest.
    expect(screen.getByRole('heading', { name: '25 rows skipped' })).toBeTruthy();
    expect(screen.getAllByText(/^Row \d+:/)).toHaveLength(10);
    expect(screen.getByText('Reason 10')).toBeTruthy();
    expect(screen.queryByText('Reason 11')).toBeNull();
    expect(screen.getByText(/and 15 more rows skipped/)).toBeTruthy();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s reason when the file is refused', async () => {
    const { xhr } = await pickAndImport();
    const message = 'This does not look like an export from Strong, Hevy or FitNotes.';
    await act(async () => xhr.respond(400, { error: { code: 'bad_request', message } }));
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('asks for a file before uploading', () => {
    render(
      <ServicesContext.Provider value={services}>
        <ImportSection unit="kg" />
      </ServicesContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(FakeXhr.last).toBeNull();
    expect(screen.getByLabelText('CSV file').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Choose the CSV file to import.')).toBeTruthy();
  });
});
