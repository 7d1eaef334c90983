// What the lifter owns, in detail: the tools, the bar, plates counted in
// pairs, dumbbells, machine steps and bands. Used by set-up and by Settings.
// Only the details the ticked tools need are shown.
import { CATALOG } from '../../../src/engine/catalog/index.js';
import { commercialGym, homeGym } from '../../../src/engine/inventory-presets.js';
import type { EquipmentId } from '../../../src/engine/types.js';
import type { Unit } from '../api/types.js';
import { CheckCards, UnitPicker } from '../ui/choices.js';
import { TextField } from '../ui/field.js';
import { toDraft, type DraftErrors, type InventoryDraft } from './inventory-draft.js';
import { PlateRows } from './plate-rows.js';

export type Preset = 'commercial' | 'home';

export const PRESETS: { value: Preset; label: string; hint: string }[] = [
  { value: 'commercial', label: 'A commercial gym', hint: 'Racks, plenty of plates, a dumbbell rack, lat pulldown, dip station and landmine.' },
  { value: 'home', label: 'A home or garage gym', hint: 'A bar with a modest plate set, a rack, bench, some dumbbells, a pull-up bar and bands.' },
];

export function presetDraft(preset: Preset, unit: Unit): InventoryDraft {
  return toDraft(preset === 'commercial' ? commercialGym(unit) : homeGym(unit));
}

const EQUIPMENT = CATALOG.equipment.map((e) => ({ value: e.id, label: e.name }));
const has = (d: InventoryDraft, ...ids: EquipmentId[]) => ids.some((id) => d.has.includes(id));

function weightSummary(d: InventoryDraft): string {
  const count = (text: string) => text.split(',').filter((x) => x.trim()).length;
  const parts = [
    has(d, 'barbell') ? `${d.barWeight} ${d.unit} bar` : '',
    has(d, 'barbell', 'landmine', 'dip_belt') ? `${d.plates.length} plate sizes` : '',
    has(d, 'dumbbells') && d.dumbbells.trim() ? (d.dumbbells.includes(' to ') ? 'a dumbbell rack' : `${count(d.dumbbells)} dumbbells`) : '',
  ];
  return parts.filter(Boolean).join(', ') || 'none needed';
}

interface Props {
  draft: InventoryDraft;
  onChange: (d: InventoryDraft) => void;
  errors?: DraftErrors | undefined;
}

export function EquipmentEditor({ draft, onChange, errors = {} }: Props) {
  const set = (patch: Partial<InventoryDraft>) => onChange({ ...draft, ...patch });
  const u = draft.unit;
  // Collapsed for a quick set-up from a preset; opened when something inside needs fixing.
  const bad = Object.keys(errors);
  const toolsOpen = draft.has.length === 0;
  const weightsOpen = bad.length > 0;

  return (
    <div class="equipment">
      <UnitPicker
        legend="Your weights are marked in"
        value={u}
        onChange={(unit) => set({ unit })}
      />
      <details class="disclosure" open={toolsOpen}>
        <summary>
          <span>
            What you have
            <span class="summary-sub">
              {draft.has.length} of {EQUIPMENT.length} ticked
            </span>
          </span>
        </summary>
        <CheckCards legend="Tick everything you can use" compact options={EQUIPMENT} values={draft.has} onChange={(v) => set({ has: v })} />
      </details>
      <details class="disclosure" open={weightsOpen}>
        <summary>
          <span>
            Weights
            <span class="summary-sub">{weightSummary(draft)}</span>
          </span>
        </summary>
      {has(draft, 'barbell') && (
        <TextField label={`Bar weight (${u})`} inputMode="decimal" value={draft.barWeight} onValue={(barWeight) => set({ barWeight })} error={errors['barWeight']} />
      )}

      {has(draft, 'barbell', 'landmine', 'dip_belt') && <PlateRows draft={draft} onChange={onChange} errors={errors} />}

      {has(draft, 'dumbbells') && (
        <TextField
          label={`Dumbbells (${u})`}
          hint="Each weight you have a pair of, e.g. 5, 7.5, 10 or 5 to 30 by 2.5."
          value={draft.dumbbells}
          onValue={(dumbbells) => set({ dumbbells })}
          error={errors['dumbbells']}
        />
      )}
      {has(draft, 'lat_pulldown') && (
        <TextField
          label={`Lat pulldown stack (${u})`}
          hint="The weights the pin can select, e.g. 5 to 120 by 5."
          value={draft.machineSteps}
          onValue={(machineSteps) => set({ machineSteps })}
          error={errors['machineSteps']}
        />
      )}
      {has(draft, 'landmine') && (
        <TextField
          label={`Resistance bands for the landmine press (${u})`}
          hint="Each band's pull as its maker lists it, e.g. 10, 15, 25. Leave empty if you have none."
          value={draft.resistanceBands}
          onValue={(resistanceBands) => set({ resistanceBands })}
          error={errors['resistanceBands']}
        />
      )}
      {has(draft, 'assistance_band') && (
        <TextField
          label={`Assistance bands (${u})`}
          hint="Roughly how much of your bodyweight each band takes off, e.g. 10, 20, 30."
          value={draft.bands}
          onValue={(bands) => set({ bands })}
          error={errors['bands']}
        />
      )}
      </details>
    </div>
  );
}
