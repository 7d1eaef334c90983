// Settings: units and bodyweight, equipment (the set-up editor), rounds the
// server would not take, and the account. Each section saves on its own.
import { useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { AccountSection } from './account-section.js';
import { BodySection } from './body-section.js';
import { EquipmentSection } from './equipment-section.js';
import { SyncSection } from './sync-section.js';

export function SettingsScreen() {
  const { data } = useServices();
  const { data: local } = useStore(data);
  const [saved, setSaved] = useState('');
  const profile = local?.profile ?? null;
  return (
    <Screen title="Settings">
      <p class="visually-hidden" aria-live="polite">
        {saved}
      </p>
      {profile ? (
        <>
          <BodySection profile={profile} onSaved={setSaved} />
          <EquipmentSection profile={profile} onSaved={setSaved} />
        </>
      ) : (
        <Notice>
          <p>
            Your profile is not set up yet. <a href="#/welcome">Set it up</a>.
          </p>
        </Notice>
      )}
      <SyncSection />
      <AccountSection />
      <section class="section" aria-labelledby="soon-h">
        <h2 id="soon-h">Coming here soon</h2>
        <p class="muted">Linking a coach, importing from Strong, Hevy or FitNotes, exporting JSON and CSV, and a calendar link for your training days.</p>
      </section>
    </Screen>
  );
}
