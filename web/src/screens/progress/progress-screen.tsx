// Progress: strength (e1RM) and shrug trends, this week's volume per blade
// movement and muscle, records and neglected movements. Loaded as its own
// chunk; the charting library is fetched alongside the numbers, on the first
// visit, and never with the app's first paint.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import type { ScreenProps } from '../../routes.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { BlockSummarySection } from './block-summary.js';
import { RirCallsSection } from './rir-calls.js';
import { CoverageList } from './coverage-list.js';
import { E1rmSection } from './e1rm-section.js';
import { loadChartCode } from './line-chart.js';
import { RecordsList } from './records-list.js';
import { ShrugSection } from './shrug-section.js';
import { useAnalytics } from './use-analytics.js';
import { WeekVolume } from './week-volume.js';
import './progress.css';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ProgressScreen(_: ScreenProps) {
  const { db, session, data } = useServices();
  const unit = useStore(data).data?.profile?.unit;
  // The last year's series until the lifter asks for more (use-analytics.ts).
  const [all, setAll] = useState(false);
  const showAll = () => setAll(true);
  const { analytics, savedAt, loading, error } = useAnalytics(db, session.userId ?? '', unit, all);
  // The chart code on its way while the numbers are, rather than after them.
  useEffect(() => void loadChartCode().catch(() => {}), []);

  if (!analytics) {
    return (
      <Screen title="Progress">
        {loading ? (
          <p class="splash" role="status">
            Working out your progress…
          </p>
        ) : (
          <Notice tone="warning">
            <p>{error ?? 'Progress did not load.'} Your progress shows here once it has loaded online.</p>
          </Notice>
        )}
      </Screen>
    );
  }
  const intro = progressIntro(analytics);
  const empty = intro === undefined;
  return (
    <Screen title="Progress" intro={intro}>
      {savedAt && (
        <Notice tone="info">
          <p>
            {error ?? 'Offline.'} Showing your progress as of {when(savedAt)}.
          </p>
        </Notice>
      )}
      {all && analytics.from !== undefined && (loading ? (
        <p class="muted" role="status">
          Loading all your years…
        </p>
      ) : (
        <Notice tone="warning">
          <p>{error ?? 'Your earlier years did not load.'} They show here once they have loaded online; the last year is here meanwhile.</p>
        </Notice>
      ))}
      {empty && (
        <Notice tone="info">
          <p>Nothing logged yet. Once you log rounds, your loads, shrug reps and the movements you train show here.</p>
        </Notice>
      )}
      <section class="section" aria-labelledby="pg-week">
        <h2 id="pg-week">Weekly volume</h2>
        <WeekVolume analytics={analytics} onShowAll={showAll} />
      </section>
      <BlockSummarySection />
      <RirCallsSection />
      <section class="section" aria-labelledby="pg-e1rm">
        <h2 id="pg-e1rm">Estimated one-rep max</h2>
        <E1rmSection analytics={analytics} onShowAll={showAll} />
      </section>
      <section class="section" aria-labelledby="pg-shrug">
        <h2 id="pg-shrug">Shrug reps</h2>
        <ShrugSection analytics={analytics} onShowAll={showAll} />
      </section>
      <section class="section" aria-labelledby="pg-records">
        <h2 id="pg-records">Personal records</h2>
        <RecordsList analytics={analytics} />
      </section>
      <section class="section" aria-labelledby="pg-coverage">
        <h2 id="pg-coverage">Movements left out</h2>
        <CoverageList analytics={analytics} />
      </section>
    </Screen>
  );
}

/** The line under the title; undefined when there is nothing at all to show yet. */
export function progressIntro({ combos, sets }: { combos: number; sets: number }): string | undefined {
  if (combos === 0 && sets === 0) return undefined;
  const hardSets = `${sets} hard set${sets === 1 ? '' : 's'}`;
  // Imported history alone (no rounds logged here yet) still has lifts to show.
  if (combos === 0) return `${hardSets}, from the history you imported.`;
  return `${combos} round${combos === 1 ? '' : 's'} logged, ${hardSets}.`;
}
