// Units and bodyweight. Switching units converts the bodyweight shown, so 80 kg
// becomes 176.4 lb rather than 80 lb.
import { useState } from 'preact/hooks';
import { convert } from '../../../../src/engine/units.js';
import type { ProfileView, Unit } from '../../api/types.js';
import { RadioCards, UnitPicker } from '../../ui/choices.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';
import { validateStep } from '../onboarding/profile-form.js';
import { useSaveProfile } from './use-save-profile.js';

export function BodySection({ profile, onSaved }: { profile: ProfileView; onSaved: (m: string) => void }) {
  const [unit, setUnit] = useState<Unit>(profile.unit);
  const [bodyweight, setBodyweight] = useState(String(profile.bodyweight));
  const [error, setError] = useState<string | undefined>();
  // Asked once, when the unit changes: the same gym weighed in the new unit, or the new unit's standard set.
  const [gear, setGear] = useState<'convert' | 'standard' | null>(null);
  const [gearError, setGearError] = useState<string | undefined>();
  const switching = unit !== profile.unit;
  const other = unit === 'lb' ? { bar: '45 lb bar and lb plates', was: `a ${profile.inventory.barWeight} kg bar reads ${Math.round(convert(profile.inventory.barWeight, 'kg', 'lb') * 10) / 10} lb` } : { bar: '20 kg bar and kg plates', was: `a ${profile.inventory.barWeight} lb bar reads ${Math.round(convert(profile.inventory.barWeight, 'lb', 'kg') * 10) / 10} kg` };
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
    const needsGear = switching && gear === null;
    setGearError(needsGear ? 'Pick one: keep your equipment or take the standard set.' : undefined);
    if (!errors.bodyweight && !needsGear) {
      void save({ unit, bodyweight: Number(bodyweight.replace(',', '.')), ...(switching && gear ? { equipmentOnUnitChange: gear } : {}) }, 'Units and bodyweight saved.').then((ok) => ok && setGear(null));
    }
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
        {switching && (
          <RadioCards
            legend={`Your equipment in ${unit}`}
            options={[
              { value: 'convert', label: 'Keep my equipment', hint: `The same bar and plates, weighed in ${unit}: ${other.was}.` },
              { value: 'standard', label: `The standard ${unit} set`, hint: `A ${other.bar}, keeping which kinds of equipment you have.` },
            ]}
            value={gear}
            onChange={setGear}
            error={gearError}
          />
        )}
        <TextField label={`Bodyweight (${unit})`} inputMode="decimal" value={bodyweight} onValue={setBodyweight} error={error} />
        {message && <Notice tone="danger">{message}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Saving…' : 'Save units and bodyweight'}
        </button>
      </form>
    </section>
  );
}
