// What an import did: rows taken and skipped (with why), sessions added, and
// exercise names kept as the lifter's own. Long lists show their first few.
import type { ImportReport } from './upload-csv.js';

const SHOWN = 10;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Skipped({ report }: { report: ImportReport }) {
  const more = report.skippedCount - Math.min(report.skipped.length, SHOWN);
  return (
    <>
      <h4>{count(report.skippedCount, 'row')} skipped</h4>
      <ul class="import-skipped">
        {report.skipped.slice(0, SHOWN).map((s) => (
          <li key={s.row}>
            <strong>Row {s.row}:</strong> {s.reason}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="muted">…and {count(more, 'more row')} skipped for similar reasons.</p>}
    </>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const own = report.customExercises;
  return (
    <section class="import-report" aria-labelledby="import-report-h">
      <h3 id="import-report-h">Import finished</h3>
      <p class="muted">Read as an export from {report.formatLabel}.</p>
      <ul class="import-facts">
        <li>
          <strong>{report.rowsImported}</strong> of {count(report.rowsRead, 'row')} imported
        </li>
        {report.restsKept > 0 && (
          <li>
            <strong>{count(report.restsKept, 'rest time')}</strong> kept with the sets they followed
          </li>
        )}
        <li>
          <strong>{count(report.sessionsInserted, 'session')}</strong> added to your history
          {report.sessionsAlreadyThere > 0 && `; ${count(report.sessionsAlreadyThere, 'session was', 'sessions were')} already there`}
        </li>
        {own.length > 0 && (
          <li>
            <strong>{count(own.length, 'exercise')}</strong> kept as your own (not in our catalog)
            {report.customExercisesCreated < own.length && `, ${report.customExercisesCreated} of them new`}:{' '}
            {own.slice(0, SHOWN).join(', ')}
            {own.length > SHOWN && ` and ${own.length - SHOWN} more`}
          </li>
        )}
      </ul>
      {report.skippedCount > 0 && <Skipped report={report} />}
      {report.sessionsInserted > 0 && (
        <p>
          See them in <a href="#/history">History</a> and <a href="#/progress">Progress</a>.
        </p>
      )}
    </section>
  );
}
