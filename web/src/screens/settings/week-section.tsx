// Your week and gym, changeable at any time: experience, split and days, and
// the equipment (a preset or the details). A change that moves the week is
// previewed first — what leaves, what arrives, which day gains what — worked
// out on the phone by the same engine the server runs; on confirm the profile
// and the rebuilt week are saved together, keeping the lifter's own edits to
// the plan where they still fit. Cancel leaves everything as it was.
import { useEffect, useRef, useState } from 'preact/hooks';
import { replan, type Replan } from '../../../../src/engine/program/index.js';
import type { Inventory, ProgramInput } from '../../../../src/engine/model.js';
import { ApiError } from '../../api/client.js';
import { generatePlan, putPlan, putProfile } from '../../api/endpoints.js';
import type { PlanView, ProfileBody, ProfileView } from '../../api/types.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { ExperienceStep, EquipmentStep, WeekStep } from '../onboarding/steps.js';
import { formFromProfile, hasErrors, toProfileBody, validateStep, type FormErrors, type ProfileForm } from '../onboarding/profile-form.js';
import { editFromPlan } from '../plan/plan-edit.js';
import { profileBody } from './use-save-profile.js';

function programInput(body: ProfileBody): ProgramInput {
  const days = body.days ?? body.customDays?.map((d) => d.weekday) ?? [];
  return {
    split: body.split,
    days,
    ...(body.customDays ? { customDays: body.customDays } : {}),
    inventory: body.equipment as Inventory,
    experience: body.experience,
  };
}

interface Preview {
  body: ProfileBody;
  next: Replan;
}

export function WeekSection({ profile, plan, onSaved }: { profile: ProfileView; plan: PlanView | null; onSaved: (m: string) => void }) {
  const { data } = useServices();
  const [form, setForm] = useState<ProfileForm>(() => formFromProfile(profile));
  const [errors, setErrors] = useState<FormErrors>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The preview opens below a long form: bring it into view, where the lifter's eyes are not.
  const previewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView?.({ block: 'start' });
  }, [preview]);
  const update = (patch: Partial<ProfileForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setPreview(null);
  };

  const check = (e: Event) => {
    e.preventDefault();
    const found = { ...validateStep(form, 'experience'), ...validateStep(form, 'week'), ...validateStep(form, 'equipment') };
    setErrors(found);
    setProblem(null);
    if (hasErrors(found)) return;
    const body = toProfileBody({ ...form, unit: profile.unit, bodyweight: String(profile.bodyweight) });
    try {
      setPreview({ body, next: replan(plan, programInput(body), programInput(profileBody(profile, {}))) });
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setProblem(null);
    try {
      const saved = await putProfile(preview.body);
      let nextPlan = plan;
      if (!plan || preview.next.changes.length > 0) {
        // The server builds the new week from the saved profile; the lifter's edits kept by the preview go on top of it.
        const fresh = (await generatePlan()).plan;
        const kept = editFromPlan({ ...fresh, days: preview.next.plan.days });
        nextPlan = JSON.stringify(kept.days) === JSON.stringify(editFromPlan(fresh).days) ? fresh : (await putPlan({ ...kept, baseId: fresh.id })).plan;
      }
      await data.update({ profile: saved.profile, plan: nextPlan });
      setPreview(null);
      onSaved(preview.next.changes.length > 0 ? 'Your week is rebuilt.' : 'Saved. Your week stays as it was.');
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      setProblem(e?.offline ? 'No connection: changing your week needs the internet. Try again when you are back online.' : (e?.message ?? String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section" aria-labelledby="week-h">
      <h2 id="week-h">Your week and gym</h2>
      <form class="card" onSubmit={check} noValidate>
        <ExperienceStep form={form} errors={errors} update={update} />
        <WeekStep form={form} errors={errors} update={update} />
        <EquipmentStep form={form} errors={errors} update={update} />
        {hasErrors(errors) && <Notice tone="danger">Please check the fields marked above.</Notice>}
        <button type="submit" class="btn btn-primary btn-block">
          See what changes
        </button>
      </form>
      {preview && (
        <div class="card week-preview" role="region" aria-labelledby="week-preview-h" ref={previewRef}>
          <h3 id="week-preview-h">{preview.next.changes.length > 0 ? 'What changes in your week' : 'Your week stays as it is'}</h3>
          {preview.next.changes.length > 0 ? (
            <ul class="change-list">
              {preview.next.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">The same combos on the same days; loads from now on use what you saved.</p>
          )}
          <p class="muted">Combos you moved, and the rounds and rest you set, stay where they still fit.</p>
          <div class="row">
            <button type="button" class="btn" onClick={() => setPreview(null)} disabled={busy}>
              Cancel
            </button>
            <button type="button" class="btn btn-primary" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Saving…' : preview.next.changes.length > 0 ? 'Rebuild my week' : 'Save'}
            </button>
          </div>
        </div>
      )}
      {problem && <Notice tone="danger">{problem}</Notice>}
    </section>
  );
}
