// Units and bodyweight. Switching units converts the bodyweight shown, so 80 kg
// becomes 176.4 lb rather than 80 lb.
import { useState } from 'preact/hooks';
import { convert } from '../../../../src/engine/units.js';
import type { ProfileView, Unit } from '../../api/types.js';
import { UnitPicker } from '../../ui/choices.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { validateStep } from '../onboarding/profile-form.js';
import { useSaveProfile } from './use-save-profile.js';

export function BodySection({ profile, onSaved }: { profile: ProfileView; onSaved: (m: string) => void }) {
  const [unit, setUnit] = useState<Unit>(profile.unit);
  const [bodyweight, setBodyweight] = useState(String(profile.bodyweight));
  const [error, setError] = useState<string | undefined>();
  const { save, busy, message } = useSaveProfile(profile, onSaved);

  const switchUnit = (next: Unit) => {
    const bw = Number(bodyweight);
    if (Number.isFinite(bw) && bodyweight.trim() !== '') setBodyweight(String(Math.round(convert(bw, unit, next) * 10) / 10));
    setUnit(next);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const errors = validateStep({ unit, bodyweight, experience: null, split: null, days: [], customDays: {}, preset: null, equipment: null }, 'body');
    setError(errors.bodyweight);
    if (!errors.bodyweight) void save({ unit, bodyweight: Number(bodyweight.replace(',', '.')) }, 'Units and bodyweight saved.');
  };

  return (
    <section class="section" aria-labelledby="body-h">
      <h2 id="body-h">Units and bodyweight</h2>
      <form class="card" onSubmit={submit} noValidate>
        <UnitPicker
          legend="Units"
          value={unit}
          onChange={switchUnit}
        />
        <TextField label={`Bodyweight (${unit})`} inputMode="decimal" value={bodyweight} onValue={setBodyweight} error={error} />
        {message && <Notice tone="danger">{message}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Saving…' : 'Save units and bodyweight'}
        </button>
      </form>
    </section>
  );
}
