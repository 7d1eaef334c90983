// Plates as a compact table: each size and how many pairs, one row each, with
// column headings shown once. Every input still has its own accessible name.
import type { DraftErrors, InventoryDraft } from './inventory-draft.js';

interface Props {
  draft: InventoryDraft;
  onChange: (d: InventoryDraft) => void;
  errors: DraftErrors;
}

export function PlateRows({ draft, onChange, errors }: Props) {
  const u = draft.unit;
  const setPlate = (i: number, patch: Partial<InventoryDraft['plates'][number]>) =>
    onChange({ ...draft, plates: draft.plates.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <fieldset aria-describedby="plates-hint">
      <legend>Plates</legend>
      <span class="field-hint" id="plates-hint">
        Each size, and how many pairs you have (one plate for each side of a bar).
      </span>
      <div class="plate-row plate-head" aria-hidden="true">
        <span>Weight ({u})</span>
        <span>Pairs</span>
        <span />
      </div>
      {draft.plates.map((p, i) => {
        const wErr = errors[`plates.${i}.weight`];
        const pErr = errors[`plates.${i}.pairs`];
        const errId = `plate-${i}-error`;
        return (
          <div key={i}>
            <div class="plate-row">
              <input
                aria-label={`Plate ${i + 1}: weight in ${u}`}
                inputMode="decimal"
                value={p.weight}
                aria-invalid={wErr ? 'true' : undefined}
                aria-describedby={wErr || pErr ? errId : undefined}
                onInput={(e) => setPlate(i, { weight: e.currentTarget.value })}
              />
              <input
                aria-label={`Plate ${i + 1}: pairs`}
                inputMode="numeric"
                value={p.pairs}
                aria-invalid={pErr ? 'true' : undefined}
                aria-describedby={wErr || pErr ? errId : undefined}
                onInput={(e) => setPlate(i, { pairs: e.currentTarget.value })}
              />
              <button type="button" class="btn btn-quiet" aria-label={`Remove plate ${i + 1}${p.weight ? ` (${p.weight} ${u})` : ''}`} onClick={() => onChange({ ...draft, plates: draft.plates.filter((_, j) => j !== i) })}>
                Remove
              </button>
            </div>
            {(wErr || pErr) && (
              <span class="field-error" id={errId}>
                {[wErr && `Weight: ${wErr}`, pErr && `Pairs: ${pErr}`].filter(Boolean).join(' ')}
              </span>
            )}
          </div>
        );
      })}
      <button type="button" class="btn" onClick={() => onChange({ ...draft, plates: [...draft.plates, { weight: '', pairs: '1' }] })}>
        Add a plate size
      </button>
    </fieldset>
  );
}
