// The equipment editor from set-up, on the stored inventory.
import { useState } from 'preact/hooks';
import type { ProfileView } from '../../api/types.js';
import { EquipmentEditor } from '../../equipment/equipment-editor.js';
import { fromDraft, toDraft, type DraftErrors } from '../../equipment/inventory-draft.js';
import { Notice } from '../../ui/notice.js';
import { useSaveProfile } from './use-save-profile.js';

export function EquipmentSection({ profile, onSaved }: { profile: ProfileView; onSaved: (m: string) => void }) {
  const [draft, setDraft] = useState(() => toDraft(profile.inventory));
  const [errors, setErrors] = useState<DraftErrors>({});
  const { save, busy, message } = useSaveProfile(profile, onSaved);

  const submit = (e: Event) => {
    e.preventDefault();
    const { inventory, errors: found } = fromDraft(draft);
    setErrors(found);
    if (inventory) void save({ equipment: inventory }, 'Equipment saved. Loads from now on use it.');
  };

  return (
    <section class="section" aria-labelledby="equipment-h">
      <h2 id="equipment-h">Equipment</h2>
      <form class="card" onSubmit={submit} noValidate>
        <EquipmentEditor draft={draft} onChange={setDraft} errors={errors} />
        {Object.keys(errors).length > 0 && <Notice tone="danger">Please check the fields marked above.</Notice>}
        {message && <Notice tone="danger">{message}</Notice>}
        <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
          {busy ? 'Saving…' : 'Save equipment'}
        </button>
      </form>
    </section>
  );
}
