// Taking everything out: plain links to the export endpoints. Same origin, so
// the session cookie goes along and the browser saves the file by itself.
export function ExportSection() {
  return (
    <section class="section" aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <div class="card stack">
        <p class="muted">Your data is yours. Downloads need a connection.</p>
        <div>
          <a class="btn btn-block" href="/api/v1/export.json" download>
            Download everything (JSON)
          </a>
          <p class="field-hint">Profile, plans and every session, complete enough to bring back into bladework.</p>
        </div>
        <div>
          <a class="btn btn-block" href="/api/v1/export.csv" download>
            Download every set (CSV)
          </a>
          <p class="field-hint">One row per set, for a spreadsheet.</p>
        </div>
      </div>
    </section>
  );
}
