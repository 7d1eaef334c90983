// Settings: units and bodyweight, the week and the gym, rounds the server would not take,
// bringing training in and out, a calendar link, coaching and the account.
// Each section is its own component and saves on its own.
import { useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { AccountSection } from './account-section.js';
import { BodySection } from './body-section.js';
import { CalendarSection } from './calendar-section.js';
import { CoachSection } from './coach-section.js';
import { WeekSection } from './week-section.js';
import { ExportSection } from './export-section.js';
import { ImportSection } from './import-section.js';
import { SyncSection } from './sync-section.js';
import './settings.css';

export function SettingsScreen() {
  const { data } = useServices();
  const { data: local } = useStore(data);
  const [saved, setSaved] = useState('');
  const profile = local?.profile ?? null;
  return (
    <Screen title="Settings">
      <div class="settings">
        <p class="visually-hidden" aria-live="polite">
          {saved}
        </p>
        {profile ? (
          <>
            <BodySection profile={profile} onSaved={setSaved} />
            <WeekSection key={profile.updatedAt} profile={profile} plan={local?.plan ?? null} onSaved={setSaved} />
          </>
        ) : (
          <Notice>
            <p>
              Your profile is not set up yet. <a href="#/welcome">Set it up</a>.
            </p>
          </Notice>
        )}
        <SyncSection />
        <ImportSection unit={profile?.unit ?? 'kg'} />
        <ExportSection />
        <CalendarSection />
        <CoachSection />
        <AccountSection />
      </div>
    </Screen>
  );
}
