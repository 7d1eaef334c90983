// Saving a changed profile from a Settings section: PUT, then keep the phone's copy in step.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { putProfile } from '../../api/endpoints.js';
import type { ProfileBody, ProfileView } from '../../api/types.js';
import { useServices } from '../../services.js';

/** The whole PUT /api/v1/profile body from the stored profile, with some fields changed. */
export function profileBody(p: ProfileView, patch: Partial<ProfileBody>): ProfileBody {
  return {
    unit: p.unit,
    bodyweight: p.bodyweight,
    experience: p.experience,
    split: p.split,
    ...(p.split === 'custom' ? { customDays: p.customDays ?? [] } : { days: p.days }),
    equipment: p.inventory,
    ...patch,
  };
}

export function useSaveProfile(profile: ProfileView, onSaved: (message: string) => void) {
  const { data } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const save = async (patch: Partial<ProfileBody>, message: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const res = await putProfile(profileBody(profile, patch));
      await data.update({ profile: res.profile });
      onSaved(message);
      return true;
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'offline', String(err)));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** The error to show above the Save button, worded for no connection. */
  const message = error && (error.offline ? 'No connection: changing settings needs the internet. Try again when you are back online.' : error.message);
  return { save, busy, error, message };
}
