// Setting up, one question at a time: units and bodyweight, experience, the
// week, the gym. Ends by saving the profile, building the week plan and
// showing it. Back and Next sit at the bottom, under the thumb.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { generatePlan, putProfile } from '../../api/endpoints.js';
import { navigate } from '../../router.js';
import { useServices } from '../../services.js';
import { Notice } from '../../ui/notice.js';
import { Screen } from '../../ui/screen.js';
import { EMPTY_FORM, hasErrors, serverErrors, STEPS, toProfileBody, validateForm, validateStep, type FormErrors, type ProfileForm } from './profile-form.js';
import { BodyStep, EquipmentStep, ExperienceStep, WeekStep } from './steps.js';

const TITLES = { body: 'About you', experience: 'Your experience', week: 'Your week', equipment: 'Your gym' } as const;

export function OnboardingScreen() {
  const { data } = useServices();
  const [form, setForm] = useState<ProfileForm>(EMPTY_FORM);
  const [index, setIndex] = useState(0);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const step = STEPS[index]!;
  const last = index === STEPS.length - 1;

  const update = (patch: Partial<ProfileForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setErrors({});
  };

  const finish = async () => {
    const all = validateForm(form);
    if (hasErrors(all)) return setErrors(all);
    setBusy(true);
    setFailure(null);
    try {
      const { profile } = await putProfile(toProfileBody(form));
      const { plan } = await generatePlan();
      await data.update({ profile, plan });
      navigate('/plan?welcome=1', { replace: true });
    } catch (err) {
      setBusy(false);
      const e = err instanceof ApiError ? err : new ApiError(0, 'offline', String(err));
      const located = serverErrors(e, form);
      if (located) {
        setIndex(STEPS.indexOf(located.step));
        setErrors(located.errors);
      } else setFailure(e.offline ? 'No connection right now. Your answers are still here: try again when you are back online.' : e.message);
    }
  };

  const next = (e: Event) => {
    e.preventDefault();
    const found = validateStep(form, step);
    if (hasErrors(found)) return setErrors(found);
    if (last) return void finish();
    setIndex(index + 1);
  };

  return (
    <Screen title={TITLES[step]} intro={`Step ${index + 1} of ${STEPS.length}`}>
      <ol class="steps" aria-hidden="true">
        {STEPS.map((s, i) => (
          <li key={s} data-done={String(i <= index)} />
        ))}
      </ol>
      <form onSubmit={next} noValidate>
        {step === 'body' && <BodyStep form={form} errors={errors} update={update} />}
        {step === 'experience' && <ExperienceStep form={form} errors={errors} update={update} />}
        {step === 'week' && <WeekStep form={form} errors={errors} update={update} />}
        {step === 'equipment' && <EquipmentStep form={form} errors={errors} update={update} />}
        {hasErrors(errors) && <Notice tone="danger">Please check the answers marked above.</Notice>}
        {failure && <Notice tone="danger">{failure}</Notice>}
        <div class="action-bar">
          {index > 0 && (
            <button type="button" class="btn" onClick={() => (setIndex(index - 1), setErrors({}))}>
              Back
            </button>
          )}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Building your week…' : last ? 'Build my week' : 'Next'}
          </button>
        </div>
      </form>
    </Screen>
  );
}
